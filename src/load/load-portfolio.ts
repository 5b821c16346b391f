import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError } from '../errors/errors.js';
import { sortProblems, type Problem } from '../errors/problem.js';
import { resolveToday } from '../dates/today.js';
import { findPlanFiles } from './find-plan-files.js';
import { loadPlan, makeUnreadableProblem, type PlanFileResult, type PlanLocation } from './load-plan.js';
import { makePlanSlug, makePlanUrl } from './plan-page.js';
import type { LoadedPlan, Portfolio } from './types.js';

export interface LoadOptions {
  /** The folder of plan files. */
  plansDir: string;
  /** Keep `draft` plans (watch mode) instead of leaving them out (published build). */
  includeDrafts?: boolean;
  /** The day facts are computed against; default `PLANFOLIO_TODAY` or the build day. */
  today?: string;
  /** The folder file names are shown relative to; default the working folder. */
  cwd?: string;
}

/** Shows a path relative to the working folder with `/` separators, as editors link it. */
export function showPath(absolutePath: string, cwd = process.cwd()): string {
  return path.relative(cwd, absolutePath).split(path.sep).join('/') || '.';
}

/** Reads, validates and derives every plan below a folder, collecting every problem. */
export async function loadPortfolio(options: LoadOptions): Promise<Portfolio> {
  const cwd = options.cwd ?? process.cwd();
  const today = options.today ?? resolveToday();
  const plansDir = path.resolve(cwd, options.plansDir);
  const displayDir = showPath(plansDir, cwd);
  const info = await stat(plansDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new PlanfolioError(messages.noPlansFolder(displayDir));

  const found = await findPlanFiles(plansDir, displayDir);
  const locate = (relativePath: string): PlanLocation => {
    const absolutePath = path.join(plansDir, ...relativePath.split('/'));
    return { file: showPath(absolutePath, cwd), absolutePath, relativePath };
  };
  const problems: Problem[] = found.refused.map((r) => ({ file: locate(r.relativePath).file, line: 1, column: 1, message: r.message }));

  // Plain synchronous reads: for many small files they beat a thousand
  // promises queued on libuv's four threads several times over.
  const results = found.files.map((f): PlanFileResult => {
    const location = locate(f.relativePath);
    try {
      return loadPlan(readFileSync(f.absolutePath), location, today);
    } catch (error) {
      return { ok: false, problems: [makeUnreadableProblem(location.file, error)] };
    }
  });
  const plans: LoadedPlan[] = [];
  for (const result of results) {
    if (result.ok) plans.push(result.plan);
    else problems.push(...result.problems);
  }
  problems.push(...findDuplicatePages(found.files.map((f) => locate(f.relativePath))));

  return {
    plans: options.includeDrafts ? plans : plans.filter((p) => p.plan.status !== 'draft'),
    problems: sortProblems(problems),
    notes: found.notes,
    today,
  };
}

/** Every file whose page address another file also gives, naming the other. */
export function findDuplicatePages(files: PlanLocation[]): Problem[] {
  const bySlug = new Map<string, PlanLocation[]>();
  for (const file of files) {
    const slug = makePlanSlug(file.relativePath);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((g) => g !== file).map((g) => g.file).join(' and ');
      problems.push({ file: file.file, line: 1, column: 1, message: messages.duplicatePage(makePlanUrl(slug), others) });
    }
  }
  return problems;
}
