// Times the history of a large portfolio: 1,000 plans, each changed in every
// one of 20 commits (20,000 file versions, all different). The repository is
// made in one `git fast-import` stream, which takes seconds instead of the
// minutes that 20 real commits of 1,000 files would.
// Usage: npx tsx bench/history-bench.ts [plans=1000] [revisions=20] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHistory, createHistoryCache } from '../src/history/build-history.js';
import { readHistoryCache, writeHistoryCache } from '../src/history/history-cache-file.js';
import { readGitHistory } from '../src/history/read-git-history.js';
import { loadPortfolio } from '../src/load/load-portfolio.js';
import { generatePlan, makeOwnerSlug } from './generate-portfolio.js';
import { locatePlanCache } from '../src/load/plan-cache.js';
import { locatePdfCache } from '../src/pdf/pdf-cache.js';

const DAY = 86_400_000;
const CLI = fileURLToPath(new URL('../bin/planfolio.js', import.meta.url));
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

/**
 * One small, valid edit to a plan's text, as a person would make between
 * commits: mark the first open step done on its due day or, when every step
 * is done, move the first goal's due date a month later. Line-based, so the
 * benchmark does not lean on the YAML parser it is meant to time.
 */
export function editPlan(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('      - action:')) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.startsWith('        ')) end += 1;
    const block = lines.slice(i, end);
    if (block.some((line) => line.startsWith('        done:'))) continue;
    const due = block.find((line) => line.startsWith('        due:'));
    if (!due) continue;
    lines.splice(i + block.indexOf(due) + 1, 0, `        done: ${due.slice('        due: '.length)}`);
    return lines.join('\n');
  }
  const at = lines.findIndex((line) => /^ {4}due: \d{4}-\d{2}-\d{2}$/.test(line));
  if (at >= 0) lines[at] = `    due: ${addDays(lines[at]!.slice(9), 31)}`;
  return lines.join('\n');
}

/** Makes a repository with `plans` plan files changed in each of `revisions` commits; returns its folder. */
export function makeHistoryRepository(plans: number, revisions: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-history-bench-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q', '-b', 'main');
  const texts = Array.from({ length: plans }, (_, i) => generatePlan(i, { seed: 7 }));
  const paths = texts.map((_, i) => `plans/${makeOwnerSlug(i)}/plan-${String(i + 1).padStart(4, '0')}.md`);
  const chunks: Buffer[] = [];
  const data = (text: string | Buffer) => {
    const bytes = Buffer.from(text);
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const start = Date.UTC(2025, 0, 6) / 1000;
  for (let r = 0; r < revisions; r++) {
    const when = `${start + r * 14 * 86_400} +0100`;
    chunks.push(Buffer.from(`commit refs/heads/main\nauthor Bench Mark <bench@example.org> ${when}\ncommitter Bench Mark <bench@example.org> ${when}\n`));
    data(r === 0 ? 'Add the portfolio' : `Review round ${r}`);
    for (let i = 0; i < plans; i++) {
      if (r > 0) texts[i] = editPlan(texts[i]!);
      chunks.push(Buffer.from(`M 100644 inline ${paths[i]}\n`));
      data(texts[i]!);
    }
    chunks.push(Buffer.from('\n'));
  }
  const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks), stdio: ['pipe', 'inherit', 'inherit'] });
  if (imported.status !== 0) throw new Error('git fast-import failed');
  git('checkout', '-q', '-f', 'main');
  return dir;
}

const entry = process.argv[1] && path.resolve(process.argv[1]);
if (entry && entry.endsWith(path.join('bench', 'history-bench.ts'))) {
  const [plansText = '1000', revisionsText = '20'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const [plans, revisions] = [Number(plansText), Number(revisionsText)];
  let t = performance.now();
  const dir = makeHistoryRepository(plans, revisions);
  console.log(`made ${plans} plans x ${revisions} commits in ${dir} (${Math.round(performance.now() - t)} ms)`);
  try {
    const plansDir = path.join(dir, 'plans');
    const today = '2026-11-25';
    t = performance.now();
    const portfolio = await loadPortfolio({ plansDir, today, includeDrafts: true });
    console.log(`loaded ${portfolio.plans.length} plans (${portfolio.problems.length} problems) in ${Math.round(performance.now() - t)} ms`);
    const time = async (label: string, options: Partial<Parameters<typeof buildHistory>[0]> = {}) => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      const history = await buildHistory({ plansDir, plans: portfolio.plans, today, ...options });
      const cpu = process.cpuUsage(c0);
      let [count, invalid] = [0, 0];
      for (const h of history.values()) for (const r of h.revisions) [count, invalid] = [count + 1, invalid + (r.valid ? 0 : 1)];
      console.log(`${label}: ${history.size} plans, ${count} revisions (${invalid} invalid) in ${Math.round(performance.now() - t0)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms in this process)`);
      return history;
    };
    // What a user's build spends on history: the compiled CLI, no cache.
    for (let run = 1; run <= 3; run++) {
      const out = path.join(dir, `_site-${run}`);
      const built = spawnSync(process.execPath, [CLI, 'build', '--plans', plansDir, '--out', out, '--no-pdf', '--no-search', '--no-history-cache', '--timings'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PLANFOLIO_TODAY: today },
      });
      const line = /^ *history +.*$/m.exec(built.stdout)?.[0]?.trim() ?? `no history timing (exit ${built.status}): ${built.stderr.slice(0, 300)}`;
      console.log(`planfolio build, run ${run}: ${line}`);
    }
    const gitOnly = performance.now();
    const git = await readGitHistory(plansDir);
    console.log(`git log alone: ${git.ok ? git.commits.length : 0} commits in ${Math.round(performance.now() - gitOnly)} ms`);
    await time('cold');
    const cache = createHistoryCache();
    await time('cold, filling a cache', { cache });
    const warm = await time('warm, from the cache (watch mode rebuild)', { cache });
    const cacheFile = path.join(dir, 'node_modules/.cache/planfolio/history.json');
    await writeHistoryCache(cache, cacheFile);
    const t1 = performance.now();
    const saved = await readHistoryCache(cacheFile);
    console.log(`cache file read in ${Math.round(performance.now() - t1)} ms`);
    await time('next build, cache read from disk (e.g. Netlify keeping node_modules/.cache)', { cache: saved });
    const first = [...warm.values()][0]!;
    console.log('sample:', first.revisions.slice(0, 3).map((r) => `${r.date} ${r.subject}: ${r.changes.map((c) => c.text).join('; ')}`));
  } finally {
    // With the plan cache its builds kept (see run.ts).
    const plans = path.join(dir, 'plans');
    if (!process.argv.includes('--keep')) for (const gone of [dir, locatePlanCache(plans), locatePdfCache(plans)]) rmSync(gone, { recursive: true, force: true });
  }
}
