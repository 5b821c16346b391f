import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PlanfolioError, PlanProblemsError, UsageError } from '../errors/errors.js';
import { parseOptions, type Command } from './command.js';

const help = `Usage: planfolio pdf <plan file> [-o file.pdf] [--page-size A4|LETTER]

Writes the PDF of one plan: by default into the working folder, named after
its owner and file (e.g. ana-garcia-2026-data-lead.pdf), on the paper of
"pdf.pageSize" in planfolio.config.json (default A4) unless --page-size says.`;

/** `planfolio pdf`: one plan's PDF on its own, without building the site. */
export const runPdf: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(
    argv,
    {
      output: { type: 'string', short: 'o' },
      'page-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`give exactly one plan file\n\n${help}`);
  const given = values['page-size']?.toUpperCase();
  if (given !== undefined && given !== 'A4' && given !== 'LETTER') throw new UsageError(`--page-size ${values['page-size']}: use A4 or LETTER`);
  // Loaded only now, like pdfkit below: `pdf --help` needs none of them.
  const [{ loadConfig }, { resolveToday }, { loadPlan }, { showPath }] = await Promise.all([
    import('../config/load-config.js'),
    import('../dates/today.js'),
    import('../load/load-plan.js'),
    import('../load/load-portfolio.js'),
  ]);
  const config = loadConfig();
  const pageSize = given ?? config.pdfPageSize;

  const absolutePath = path.resolve(file);
  const bytes = await readFile(absolutePath).catch((error: NodeJS.ErrnoException) => {
    throw new PlanfolioError(`${file}: cannot be read (${error.code ?? error.message})`, { cause: error });
  });
  // The page slug (and so the file name) is made from the path below plans/ when the file is in one.
  const parts = absolutePath.split(path.sep);
  const plansAt = parts.lastIndexOf('plans');
  const relativePath = plansAt >= 0 ? parts.slice(plansAt + 1).join('/') : path.basename(absolutePath);
  const result = loadPlan(bytes, { file: showPath(absolutePath), absolutePath, relativePath }, resolveToday());
  if (!result.ok) throw new PlanProblemsError(result.problems);

  // Loaded only now: `pdf --help` and a broken plan should not pay for pdfkit and fontkit.
  const [{ makePdfFileName, renderPlanPdf }, { saveShapingCache }] = await Promise.all([import('../pdf/index.js'), import('../pdf/layout/shaping-cache.js')]);
  const output = path.resolve(values.output ?? makePdfFileName(result.plan));
  await writeFile(output, await renderPlanPdf(result.plan, { pageSize, language: config.language, theme: config.theme }));
  saveShapingCache();
  io.out.write(`Wrote ${showPath(output)}\n`);
  return 0;
};
