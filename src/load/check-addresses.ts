// Addresses a build would write that two plan files would both take, found
// when plans are checked, so a build never meets a clash that check passed.
// (Two files with the same page are found beside this, in plan-store.ts;
// people and tags that share a slug share a page on purpose, see slugifyName.)
import { readFileSync } from 'node:fs';
import { messages } from '../errors/catalogue.js';
import type { Problem } from '../errors/problem.js';
import { makePdfFileName } from '../pdf/file-name.js';
import { makePlanSlug, makePlanUrl, type PlanLocation } from './load-plan.js';
import type { LoadedPlan } from './types.js';

/** Every plan page that is also another plan's history page, and every PDF name two plans would share. */
export function checkAddresses(files: readonly PlanLocation[], plans: readonly LoadedPlan[]): Problem[] {
  return [...findHistoryClashes(files), ...findPdfClashes(plans)];
}

/** `x.md`'s history page is `/plans/x/history/`, the page of `x/history.md`: both files are named. */
function findHistoryClashes(files: readonly PlanLocation[]): Problem[] {
  const bySlug = new Map(files.map((file) => [makePlanSlug(file.relativePath), file]));
  const problems: Problem[] = [];
  for (const [slug, file] of bySlug) {
    const page = bySlug.get(`${slug}/history`);
    if (!page) continue;
    const url = makePlanUrl(`${slug}/history`);
    problems.push({ file: file.file, line: 1, column: 1, message: messages.historyPageTaken(url, page.file) });
    problems.push({ file: page.file, line: 1, column: 1, message: messages.pageIsHistory(url, file.file) });
  }
  return problems;
}

/** Plans whose PDFs would have the same name ("Ana B" with `c.md`, "Ana" with `b-c.md`), each at its owner. */
function findPdfClashes(plans: readonly LoadedPlan[]): Problem[] {
  const byName = new Map<string, LoadedPlan[]>();
  for (const plan of plans) {
    const name = makePdfFileName(plan);
    byName.set(name, [...(byName.get(name) ?? []), plan]);
  }
  const problems: Problem[] = [];
  for (const [name, group] of byName) {
    for (const plan of group) {
      // Plans with the same page are already reported as such.
      const others = group.filter((other) => other.slug !== plan.slug).map((other) => other.file).join(' and ');
      if (others) problems.push({ file: plan.file, ...locateOwner(plan.absolutePath), path: 'owner', message: messages.samePdfName(name, others) });
    }
  }
  return problems;
}

/**
 * Where the owner's value is written, by the top-level `owner:` line of the
 * front matter. Only met on a clash, so the file is read again rather than
 * every plan keeping the positions of its fields.
 */
function locateOwner(absolutePath: string): { line: number; column: number } {
  let lines: string[];
  try {
    lines = readFileSync(absolutePath, 'utf8').split('\n');
  } catch {
    return { line: 1, column: 1 };
  }
  for (let i = 1; i < lines.length && !/^(?:---|\.\.\.)[ \t]*\r?$/.test(lines[i]!); i++) {
    const key = /^["']?owner["']?[ \t]*:[ \t]*/.exec(lines[i]!);
    if (key) return { line: i + 1, column: key[0].length + 1 };
  }
  return { line: 1, column: 1 };
}
