import { formatProblem } from '../errors/problem.js';
import { loadPortfolio } from '../load/load-portfolio.js';
import { countWords, parseOptions, type Command } from './command.js';

const help = `Usage: planfolio check [--plans DIR]

Validates every plan below DIR (default: plans) and prints one line per
problem: file:line:column field: what is wrong; what would be right.
Exits 1 when any plan has a problem.`;

/** `planfolio check`: validate every plan and print every problem at once. */
export const runCheck: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    plans: { type: 'string', default: 'plans' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const started = performance.now();
  const portfolio = await loadPortfolio({ plansDir: values.plans, includeDrafts: true });
  const elapsed = Math.round(performance.now() - started);
  for (const note of portfolio.notes) io.err.write(`note: ${note}\n`);
  const valid = countWords(portfolio.plans.length, 'plan');
  if (portfolio.problems.length > 0) {
    for (const problem of portfolio.problems) io.err.write(`${formatProblem(problem)}\n`);
    const files = new Set(portfolio.problems.map((p) => p.file)).size;
    io.err.write(
      `\n${countWords(portfolio.problems.length, 'problem')} in ${countWords(files, 'file')}; ${valid} valid.\n`,
    );
    return 1;
  }
  const drafts = portfolio.plans.filter((p) => p.plan.status === 'draft').length;
  const draftNote = drafts ? ` (${countWords(drafts, 'draft')}, left out of published builds)` : '';
  io.out.write(`${valid} valid in ${values.plans}${draftNote}; checked in ${elapsed} ms.\n`);
  return 0;
};
