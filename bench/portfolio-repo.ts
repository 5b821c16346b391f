// A generated portfolio as a git repository with a short history, so that a
// build run inside it has history to read: the first commit adds every plan,
// later commits edit about one plan in ten each, as reviews would. Made with
// one `git fast-import` stream (seconds, not minutes, at 5,000 plans) with
// fixed dates, so the same count and seed always give the same commits.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePlan, makeOwnerSlug } from './generate-portfolio.js';

export interface PortfolioRepo {
  /** The repository's folder. */
  dir: string;
  /** Its plans folder (`<dir>/plans`). */
  plansDir: string;
  count: number;
  commits: number;
  /** Plan files below the repository, in index order (`plans/ana-garcia/plan-0001.md`). */
  files: string[];
}

export interface RepoOptions {
  seed?: number;
  /** Commits in all, the first adding every plan (default 3). */
  commits?: number;
  /** Folder to make the repository in (default a fresh temp folder). */
  parent?: string;
}

/** The last day an edit may use: just before the pinned "today" (2026-11-25). */
const LAST_EDIT_DAY = '2026-11-20';

/** Marks the plan's first open step done (on its due day, or LAST_EDIT_DAY if that is later). */
export function markFirstOpenStepDone(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^ {6}- action:/.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.startsWith('        ')) end += 1;
    const block = lines.slice(i, end);
    if (block.some((line) => line.startsWith('        done:'))) continue;
    const dueAt = block.findIndex((line) => /^ {8}due: \d{4}-\d{2}-\d{2}$/.test(line));
    if (dueAt < 0) continue;
    const due = block[dueAt]!.slice('        due: '.length);
    lines.splice(i + dueAt + 1, 0, `        done: ${due < LAST_EDIT_DAY ? due : LAST_EDIT_DAY}`);
    return lines.join('\n');
  }
  return text;
}

/** Sets the review day and adds a line to the body, as a review would. */
export function recordReview(text: string, day: string, round: number): string {
  return `${text.replace(/^reviewed: .*$/m, `reviewed: ${day}`).trimEnd()}\n\nReview ${round} on ${day}: on track.\n`;
}

/** The plan indexes a commit edits: about one in ten, a different tenth each time. */
const editedIn = (commit: number, index: number): boolean => index % 10 === (commit * 3) % 10;

/** Makes the repository; the working tree holds the last commit. */
export function makePortfolioRepo(count: number, options: RepoOptions = {}): PortfolioRepo {
  const commits = Math.max(1, options.commits ?? 3);
  const dir = mkdtempSync(path.join(options.parent ?? tmpdir(), `planfolio-bench-${count}-`));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Bench Mark');
  git('config', 'user.email', 'bench@example.org');
  git('config', 'commit.gpgsign', 'false');

  const texts = Array.from({ length: count }, (_, i) => generatePlan(i, { seed: options.seed ?? 7 }));
  const files = texts.map((_, i) => `plans/${makeOwnerSlug(i)}/plan-${String(i + 1).padStart(4, '0')}.md`);
  const chunks: Buffer[] = [];
  const data = (text: string) => {
    const bytes = Buffer.from(text);
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const first = Date.UTC(2026, 8, 7, 9) / 1000; // 2026-09-07, then three weeks apart
  for (let c = 0; c < commits; c++) {
    const when = `${first + c * 21 * 86_400} +0100`;
    // A review day after every generated plan's creation and before "today".
    const day = `2026-11-${String(Math.min(10 + c, 20)).padStart(2, '0')}`;
    chunks.push(Buffer.from(`commit refs/heads/main\nauthor Bench Mark <bench@example.org> ${when}\ncommitter Bench Mark <bench@example.org> ${when}\n`));
    data(c === 0 ? `Add ${count} plans` : `Review round ${c}`);
    for (let i = 0; i < count; i++) {
      if (c > 0) {
        if (!editedIn(c, i)) continue;
        texts[i] = c % 2 ? markFirstOpenStepDone(texts[i]!) : recordReview(texts[i]!, day, c);
      }
      chunks.push(Buffer.from(`M 100644 inline ${files[i]}\n`));
      data(texts[i]!);
    }
    chunks.push(Buffer.from('\n'));
  }
  const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks), stdio: ['pipe', 'inherit', 'inherit'] });
  if (imported.status !== 0) throw new Error(`git fast-import failed in ${dir}`);
  git('checkout', '-q', '-f', 'main');
  return { dir, plansDir: path.join(dir, 'plans'), count, commits, files };
}
