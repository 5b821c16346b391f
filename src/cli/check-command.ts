import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { resolveToday } from '../dates/today.js';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError, PlanProblemsError } from '../errors/errors.js';
import { formatProblem, type Problem } from '../errors/problem.js';
import { readPlanFile } from '../load/load-plan.js';
import { loadPortfolio, showPath } from '../load/load-portfolio.js';
import type { Portfolio } from '../load/types.js';
import { countWords, parseOptions, type Command } from './command.js';

const help = `Usage: planfolio check [--plans DIR] [FILE...]

Validates every plan below DIR (default: plans), or only the plan files
named (as a pre-commit hook or lint-staged passes them), and the portfolio's
configuration (planfolio.config.json or .yaml), and prints one line per
problem: file:line:column field: what is wrong; what would be right.
Exits 1 when anything has a problem.`;

/** `planfolio check`: validate the plans (all, or the files named) and the configuration, and print every problem at once. */
export const runCheck: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(
    argv,
    {
      plans: { type: 'string', default: 'plans' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const started = performance.now();
  const portfolio = positionals.length ? checkFiles(positionals, values.plans) : await loadPortfolio({ plansDir: values.plans, includeDrafts: true });
  const problems = [...checkConfig(), ...portfolio.problems];
  const elapsed = Math.round(performance.now() - started);
  for (const note of portfolio.notes) io.err.write(`note: ${note}\n`);
  const valid = countWords(portfolio.plans.length, 'plan');
  if (problems.length > 0) {
    for (const problem of problems) io.err.write(`${formatProblem(problem)}\n`);
    const files = new Set(problems.map((p) => p.file)).size;
    io.err.write(`\n${countWords(problems.length, 'problem')} in ${countWords(files, 'file')}; ${valid} valid.\n`);
    return 1;
  }
  const drafts = portfolio.plans.filter((p) => p.plan.status === 'draft').length;
  const draftNote = drafts ? ` (${countWords(drafts, 'draft')}, left out of published builds)` : '';
  const where = positionals.length ? '' : ` in ${values.plans}`;
  io.out.write(`${valid} valid${where}${draftNote}; checked in ${elapsed} ms.\n`);
  return 0;
};

/** The configuration's problems, in the same lines as a plan's (none when it is fine or absent). */
function checkConfig(): Problem[] {
  try {
    loadConfig();
    return [];
  } catch (error) {
    if (error instanceof PlanProblemsError) return error.problems;
    if (error instanceof PlanfolioError) return [{ file: 'planfolio.config', line: 1, column: 1, message: error.message }];
    throw error;
  }
}

/** Checks only the named files, each as the loader reads it; its page address is taken from where it sits below the plans folder. */
function checkFiles(files: string[], plansDir: string): Pick<Portfolio, 'plans' | 'problems' | 'notes'> {
  const result: Pick<Portfolio, 'plans' | 'problems' | 'notes'> = { plans: [], problems: [], notes: [] };
  const root = path.resolve(plansDir);
  const today = resolveToday();
  for (const file of files) {
    const absolutePath = path.resolve(file);
    const shown = showPath(absolutePath);
    if (!/\.md$/i.test(file)) {
      result.notes.push(messages.ignoredFile(shown));
      continue;
    }
    const below = path.relative(root, absolutePath);
    const relativePath = (below.startsWith('..') || path.isAbsolute(below) ? path.basename(absolutePath) : below).split(path.sep).join('/');
    const { result: loaded } = readPlanFile({ file: shown, absolutePath, relativePath }, today);
    if (loaded.ok) result.plans.push(loaded.plan);
    else result.problems.push(...loaded.problems);
  }
  return result;
}
