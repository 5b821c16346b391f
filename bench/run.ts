// `npm run bench`: Planfolio's speed and memory side by side with the tools
// people would use instead, on the same generated portfolios in one run:
// full builds at 100, 1,000 and 5,000 plans, the site alone against plain
// Eleventy, PDFs against headless Chromium, `check`, and watch-mode latency.
// Prints a Markdown table and writes it to bench/RESULTS.md.
//
//   npm run bench                   the full run (about ten minutes at most)
//   npm run bench -- --quick        100 and 1,000 plans, one run each (development)
//   npm run bench -- --suite        also time `npm test` (adds about four minutes)
//   npm run bench -- --large        the 5,000-plan full build alone, run to its end (about five
//                                   minutes): the memory targets, which the ten-minute run cannot fit
//   options: --budget=SECONDS (default 560, 800 with --suite, 1800 with --large), --out=FILE (default
//            bench/RESULTS.md, bench/RESULTS-5000.md with --large; a quick run writes no file unless
//            given one), --keep (keep temp folders)
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locatePlanCache } from '../src/load/plan-cache.js';
import { locatePdfCache } from '../src/pdf/pdf-cache.js';
import { Budget, stopRunningCommands, timeCommand } from './measure.js';
import { stageSmall } from './small-portfolio.js';
import { makePortfolioRepo } from './portfolio-repo.js';
import { renderReport, type Results } from './report.js';
import { preflight, ROOT, stageCheck, stageFullBuild, stagePdf, stageSite, stageWatch, type Context } from './stages.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const keep = argv.includes('--keep');
const suite = argv.includes('--suite');
const large = argv.includes('--large');
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const budgetMs = Number(option('budget') ?? (large ? 1800 : suite ? 800 : 560)) * 1000;
const outFile = option('out') ?? (quick ? undefined : path.join(ROOT, 'bench', large ? 'RESULTS-5000.md' : 'RESULTS.md'));
const sizes = large ? [100, 5000] : quick ? [100, 1000] : [100, 1000, 5000];
const runs = quick || large ? 1 : 3;

const TODAY = '2026-11-25';
const SOURCE_DATE_EPOCH = String(Date.UTC(2026, 10, 25) / 1000);
const env: NodeJS.ProcessEnv = { ...process.env, PLANFOLIO_TODAY: TODAY, SOURCE_DATE_EPOCH, NO_COLOR: '1' };
delete env.FORCE_COLOR;

const log = (line: string) => process.stderr.write(`${line}\n`);
const budget = new Budget(budgetMs);
const stamp = () => `[${(budget.elapsedMs() / 1000).toFixed(0).padStart(3)} s]`;

const results: Results = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: process.env.npm_lifecycle_event === 'bench' ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}` : `npx tsx bench/run.ts ${argv.join(' ')}`.trim(),
  quick,
  large,
  machine: {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadStart: os.loadavg(),
  },
  budgetMs,
  notes: [],
  check: [],
  full: [],
  site: [],
  siteNotes: [],
  failures: [],
};
if (quick) results.notes.push('Quick run: 100 and 1,000 plans, one run per figure; use `npm run bench` for the medians of three.');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planfolio-bench-run-'));
const cleanUp = () => {
  if (keep) return;
  // The plan and PDF caches builds kept for the bench's portfolios (each a folder of tmp with plans/ in
  // it) go with them: no later run reads them, and they would stay a month in node_modules/.cache
  // (about 95 MB of plans a run, most of it the 5,000 plans', and as much again of PDFs).
  for (const portfolio of readdirSync(tmp)) {
    const plans = path.join(tmp, portfolio, 'plans');
    for (const gone of [locatePlanCache(plans), locatePdfCache(plans)]) rmSync(gone, { recursive: true, force: true });
  }
  rmSync(tmp, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  stopRunningCommands();
  cleanUp();
  process.exit(130);
});

const ctx: Context = { tmp, env, budget, runs, results, repos: new Map(), buildInRepo: true, siteOnlyFlags: ['--no-pdf'], log };

/** Runs a stage; a failure is recorded and the bench goes on with the next one. */
async function stage(name: string, body: () => Promise<void>): Promise<void> {
  log(`${stamp()} ${name}`);
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${stamp()} ${name} FAILED: ${message}`);
    results.failures.push({ stage: name, message });
  }
}

// What the stages after the 100- and 1,000-plan builds need, from what is known so far:
// PDFs (~1 min), watch mode (a full 1,000-plan build at startup plus ten saves), the report.
const fullWall = (n: number) => results.full.find((f) => f.n === n)?.stat?.wallMs;
const reserveLater = () => 60_000 + (fullWall(1000) ?? 60_000) + 20_000 + 10_000 + (suite ? 200_000 : 0);

try {
  await stage(`generating portfolios of ${sizes.join(', ')} plans as git repositories (3 commits each)`, async () => {
    for (const n of sizes) ctx.repos.set(n, makePortfolioRepo(n, { seed: 7, commits: 3, parent: tmp }));
  });
  await stage('preflight: build options, and a warm-up build of 100 plans', () => preflight(ctx, ctx.repos.get(100)!));
  if (large) {
    // No budget stop: the peaks of a build stopped halfway are only lower bounds.
    await stage('full build, 5,000 plans, one run to its end', () => stageFullBuild(ctx, 5000, { runs: 1 }));
  } else {
    for (const n of sizes) await stage(`check, ${n} plans`, () => stageCheck(ctx, n));
    await stage('5 plans, one in Chinese: full build and dev first page vs plain Eleventy', () => stageSmall(ctx, runs));
    for (const n of sizes.filter((s) => s <= 1000)) {
      await stage(`full build, ${n} plans`, () => stageFullBuild(ctx, n, { reserveMs: reserveLater, timeSearch: n === 1000, again: true }));
      await stage(`site alone vs plain Eleventy, ${n} plans`, () => stageSite(ctx, n, { reserveMs: reserveLater }));
    }
    await stage('PDFs: Planfolio vs headless Chromium, 1,000-plan portfolio', () => stagePdf(ctx, 1000));
    await stage('watch mode: ten saves in a 1,000-plan portfolio', () => stageWatch(ctx, 1000));
    if (suite) {
      await stage('npm test', async () => {
        const run = await timeCommand('npm', ['test', '--silent'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
        const summary = [...`${run.stdout}\n${run.stderr}`.matchAll(/^\s*(Test Files|Tests)\s+(.+)$/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`).join('; ');
        // Vitest's lines for failed files and tests, and the first line of each error (NO_COLOR keeps them plain).
        const failures = run.code === 0 ? [] : `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^\s*(FAIL|×|\S*Error:)\s/.test(line)).slice(0, 20);
        results.suite = { wallMs: run.wallMs, passed: run.code === 0, summary: summary || `exit code ${run.code}`, failures };
      });
    }
    if (sizes.includes(5000)) {
      const keepForReport = () => 10_000;
      // Growth is what is being measured, so the estimate allows for worse than linear.
      const w1000 = fullWall(1000);
      const estimateMs = w1000 === undefined ? undefined : w1000 * 5 * 1.2;
      // When not even one run is expected to fit, one run still goes ahead if a minute is left:
      // stopped at the budget, it gives lower bounds for time and memory.
      const attempt = estimateMs !== undefined && !budget.fits(estimateMs, keepForReport()) && budget.leftMs() - keepForReport() >= 60_000;
      await stage('full build, 5,000 plans (as many runs as the budget allows)', () =>
        stageFullBuild(ctx, 5000, { reserveMs: keepForReport, stopAtReserve: true, ...(attempt ? { runs: 1 } : { minRuns: 0, estimateMs }) }),
      );
      const pair = results.site.find((s) => s.n === 1000);
      await stage('site alone vs plain Eleventy, 5,000 plans (if the budget allows)', () =>
        stageSite(ctx, 5000, { reserveMs: keepForReport, stopAtReserve: true, minRuns: 0, estimateMs: pair ? (pair.planfolio.wallMs + pair.eleventy.wallMs) * 5 * 1.2 : Infinity }),
      );
      const f5000 = results.full.find((f) => f.n === 5000)?.stat;
      if (f5000?.timedOut) results.notes.push(`The 5,000-plan full build could not finish in the time left and was stopped after ${Math.round(f5000.wallMs / 1000)} s, to keep the whole bench under ten minutes: its row holds lower bounds. \`npm run bench -- --large\` runs it to its end alone (bench/RESULTS-5000.md).`);
      else if (f5000 && f5000.runs < runs) results.notes.push(`The 5,000-plan full build ran ${f5000.runs} time(s), not ${runs}, to keep the whole bench under ten minutes.`);
    }
  }
} finally {
  cleanUp();
}

results.machine.loadEnd = os.loadavg();
results.durationMs = budget.elapsedMs();
const report = renderReport(results);
process.stdout.write(`\n${report}`);
if (outFile) {
  writeFileSync(outFile, report);
  log(`wrote ${path.relative(process.cwd(), outFile) || outFile}`);
}
log(`bench took ${(results.durationMs / 1000).toFixed(0)} s${keep ? `; temp folders kept in ${tmp}` : ''}`);
process.exitCode = results.failures.length ? 1 : 0;
