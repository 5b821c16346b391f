import path from 'node:path';
import { buildSite } from '../site/build-site.js';
import { countWords, parseOptions, type Command } from './command.js';
import { showPath } from '../load/load-portfolio.js';

const help = `Usage: planfolio build [--plans DIR] [--out DIR] [--drafts] [--no-pdf]

Validates every plan below DIR (default: plans) and builds the site, with a
PDF of every plan, into the output folder (default: _site). A plan with a
problem stops the build and leaves the previous output untouched.

  --plans DIR   the folder of plans (default: plans)
  --out DIR     where the site goes (default: _site)
  --drafts      include draft plans (they are left out by default)
  --no-pdf      skip PDFs for a quicker, site-only build`;

/** `planfolio build`: validate, then build the site and PDFs into a fresh output folder. */
export const runBuild: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    plans: { type: 'string', default: 'plans' },
    out: { type: 'string', default: '_site' },
    drafts: { type: 'boolean', default: false },
    pdf: { type: 'boolean', default: true },
    'no-pdf': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const started = performance.now();
  const result = await buildSite({
    plansDir: values.plans,
    outDir: values.out,
    drafts: values.drafts,
    pdf: values.pdf && !values['no-pdf'],
  });
  for (const note of result.portfolio.notes) io.err.write(`note: ${note}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pdfs = result.pdfs.length ? `, ${countWords(result.pdfs.length, 'PDF')}` : '';
  io.out.write(
    `Built ${countWords(result.portfolio.plans.length, 'plan')} into ${showPath(path.resolve(values.out))}/ ` +
      `(${countWords(result.pages, 'page')}${pdfs}) in ${seconds} s.\n`,
  );
  return 0;
};
