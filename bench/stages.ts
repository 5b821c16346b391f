// The bench's stages: each measures one thing on the generated portfolios and
// records its figures in the shared results.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureChromiumPdfs } from './chromium-pdf.js';
import { Budget, median, medianSample, repeat, timeOk, type CommandResult } from './measure.js';
import { measurePlanfolioPdfs } from './pdf-inprocess.js';
import { makePlainEleventyProject, runPlainEleventy } from './plain-eleventy.js';
import type { PortfolioRepo } from './portfolio-repo.js';
import type { Results, Stat } from './report.js';
import { timeSearchAlone } from './search-alone.js';
import { measureWatchLatency } from './watch-latency.js';
import { locatePdfCache } from '../src/pdf/pdf-cache.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'planfolio.js');

export interface Context {
  /** Temp folder holding every generated portfolio and project. */
  tmp: string;
  env: NodeJS.ProcessEnv;
  budget: Budget;
  /** Runs wanted per figure. */
  runs: number;
  results: Results;
  repos: Map<number, PortfolioRepo>;
  /** Run the build with cwd = the portfolio (else from Planfolio's folder, with absolute paths). */
  buildInRepo: boolean;
  /** Flags for a site-only build: --no-pdf, and --no-history and --no-search when the build has them. */
  siteOnlyFlags: string[];
  log: (line: string) => void;
}

export interface StageOptions {
  /** Time to keep for later stages (read before each repeat). */
  reserveMs?: () => number;
  /** Expected time of one run, to decide whether even one fits. */
  estimateMs?: number;
  /** Run at least this many whatever the budget (default 1; 0 lets the budget skip the stage). */
  minRuns?: number;
  runs?: number;
  /** Stop a run that eats into the reserve (else a run is stopped only at the deadline). */
  stopAtReserve?: boolean;
  /** Also time Pagefind alone on the built site (full builds). */
  timeSearch?: boolean;
  /** Then build once more with the PDFs the last run kept, as a build after no change or a review (full builds). */
  again?: boolean;
}

export function toStat(samples: CommandResult[], skipped: number): Stat {
  const done = samples.filter((s) => !s.timedOut);
  const timedOut = done.length === 0 && samples.length > 0;
  return { ...medianSample(timedOut ? samples : done), runs: timedOut ? samples.length : done.length, skipped, timedOut: timedOut || undefined };
}

/** The cwd and arguments of `planfolio build` for a portfolio. */
export function buildCommand(ctx: Pick<Context, 'buildInRepo'>, repo: PortfolioRepo, out: string, extra: string[] = []): { cwd: string; args: string[] } {
  if (ctx.buildInRepo) return { cwd: repo.dir, args: [BIN, 'build', '--plans', 'plans', '--out', out, ...extra] };
  return { cwd: ROOT, args: [BIN, 'build', '--plans', repo.plansDir, '--out', path.join(repo.dir, out), ...extra] };
}

/**
 * Lets go of the PDFs earlier builds kept for a portfolio, so its next build
 * draws every PDF: a first build, as on a new clone or after an update.
 */
export function forgetKeptPdfs(repo: PortfolioRepo): void {
  rmSync(locatePdfCache(repo.plansDir), { recursive: true, force: true });
}

/** Runs `planfolio build` once, timed. */
export function runBuild(ctx: Context, repo: PortfolioRepo, out: string, extra: string[] = [], timeoutMs?: number): Promise<CommandResult> {
  const { cwd, args } = buildCommand(ctx, repo, out, extra);
  return timeOk(process.execPath, args, { cwd, env: ctx.env, timeoutMs, tree: true });
}

/**
 * Finds how to run the build: what its --help offers, and whether it works
 * with cwd = the portfolio (as a person would run it) or only from
 * Planfolio's own folder. The first build doubles as a warm-up.
 */
export async function preflight(ctx: Context, repo: PortfolioRepo): Promise<void> {
  const help = (await timeOk(process.execPath, [BIN, 'build', '--help'], { cwd: ROOT, env: ctx.env })).stdout;
  ctx.siteOnlyFlags = ['--no-pdf', ...['--no-history', '--no-search'].filter((flag) => help.includes(flag))];
  ctx.buildInRepo = true;
  try {
    await runBuild(ctx, repo, '_site');
  } catch (error) {
    const first = (error as Error).message.split('\n').find((l) => l.startsWith('planfolio build:')) ?? (error as Error).message.split('\n')[0];
    ctx.buildInRepo = false;
    await runBuild(ctx, repo, '_site');
    ctx.results.notes.push(`\`planfolio build\` fails when run from the portfolio's own folder (cwd = the portfolio): "${first}". The bench runs it from Planfolio's folder with absolute --plans and --out instead.`);
  }
  const histories = countHistoryPages(path.join(repo.dir, '_site'));
  ctx.results.notes.push(
    histories > 0
      ? `The full build reads history from git: for the ${repo.count}-plan portfolio (${repo.commits} commits) it wrote ${histories} history pages.`
      : 'The full build wrote no history pages: history is not part of `planfolio build` at this commit, so the full-build figures cover the site and PDFs only.',
  );
  const left = ['--no-history', '--no-search'].filter((flag) => !ctx.siteOnlyFlags.includes(flag));
  ctx.results.siteNotes.push(
    `Planfolio's side is \`planfolio build ${ctx.siteOnlyFlags.join(' ')}\`: the pages alone.` +
      (left.length ? ` \`planfolio build --help\` offers no ${left.join(' or ')}, so that work${left.includes('--no-history') && histories > 0 ? ' (history from git included)' : ''} is in these figures.` : ''),
    "Eleventy's side is `node node_modules/@11ty/eleventy/cmd.cjs --input=. --output=_site --quiet` in a temp project holding the same .md files, `_includes/base.njk` = `{{ content | safe }}` and `plans/plans.json` = `{\"layout\": \"base.njk\"}`: one page per plan, where Planfolio also makes person, tag, status, deadline and history pages.",
  );
}

/** How many `history/index.html` pages a built site has. */
function countHistoryPages(site: string): number {
  try {
    return readdirSync(path.join(site, 'plans'), { recursive: true }).filter((f) => String(f).endsWith(`history${path.sep}index.html`)).length;
  } catch {
    return 0;
  }
}

export async function stageCheck(ctx: Context, n: number): Promise<void> {
  const repo = ctx.repos.get(n)!;
  const { results, skipped } = await repeat(() => timeOk(process.execPath, [BIN, 'check', '--plans', 'plans'], { cwd: repo.dir, env: ctx.env }), {
    runs: ctx.runs,
    budget: ctx.budget,
  });
  ctx.results.check.push({ n, stat: toStat(results, skipped) });
}

export async function stageFullBuild(ctx: Context, n: number, options: StageOptions = {}): Promise<void> {
  const repo = ctx.repos.get(n)!;
  const { results, skipped } = await repeat(
    // A run is stopped at the deadline (or, for an optional stage, when it would eat into the reserve).
    // Every run draws every PDF (the ones earlier builds kept are let go first).
    () => (forgetKeptPdfs(repo), runBuild(ctx, repo, '_site', ['--timings'], Math.max(5000, ctx.budget.leftMs() - (options.stopAtReserve ? (options.reserveMs?.() ?? 0) : 0)))),
    { runs: options.runs ?? ctx.runs, budget: ctx.budget, reserveMs: options.reserveMs, minRuns: options.minRuns, estimateMs: options.estimateMs },
  );
  if (results.length === 0) {
    ctx.results.full.push({ n, note: `not measured: one run was expected to take about ${Math.round((options.estimateMs ?? 0) / 1000)} s, more than the ${Math.round(ctx.budget.leftMs() / 1000)} s left in the budget` });
    return;
  }
  const stat = toStat(results, skipped);
  const note = stat.timedOut
    ? 'every figure in this row is a lower bound'
    : stat.runs < ctx.runs
      ? `fewer runs than the ${ctx.runs} wanted, to fit the time budget`
      : undefined;
  // The search index's own CPU, on the site the last run built: one of the parts of the full build's least CPU.
  const searchCpuMs = options.timeSearch && !results.at(-1)!.timedOut ? (await timeSearchAlone(path.join(repo.dir, '_site'), ctx.tmp, ctx.env)).cpuMs : undefined;
  // And the pages as the full build makes them, history pages included (the site-alone figure has none): another of those parts.
  const pagesCpuMs = searchCpuMs !== undefined ? (await runBuild(ctx, repo, '_site-pages', ['--no-pdf', '--no-search'], Math.max(5000, ctx.budget.leftMs()))).cpuMs : undefined;
  const again = options.again && !results.at(-1)!.timedOut ? toStat([await runBuild(ctx, repo, '_site', ['--timings'], Math.max(5000, ctx.budget.leftMs()))], 0) : undefined;
  ctx.results.full.push({ n, stat, note, pdfCpu: readPdfCpu(results.filter((r) => !r.timedOut).map((r) => r.stdout)), ...readPeaks(results), searchCpuMs, pagesCpuMs, again });
}

/** The largest of each run's own peaks: the Planfolio (node) process's, and Pagefind's. */
function readPeaks(results: CommandResult[]): { planfolioPeakKb?: number; pagefindPeakKb?: number } {
  const largest = (pick: (name: string) => boolean) => {
    const values = results.map((r) => Math.max(0, ...Object.entries(r.peaks ?? {}).filter(([name]) => pick(name)).map(([, kb]) => kb)));
    return values.some((v) => v > 0) ? Math.max(...values) : undefined;
  };
  return { planfolioPeakKb: largest((name) => name === 'node'), pagefindPeakKb: largest((name) => name.startsWith('pagefind')) };
}

/** CPU per PDF from each build's `--timings` (the portfolio PDF counted as one). */
function readPdfCpu(outputs: string[]): number[] {
  return outputs.map((out) => /^ *PDFs .*, (\d+\.\d) ms CPU each of \d+$/m.exec(out)?.[1]).filter((v): v is string => v !== undefined).map(Number);
}

/** Pairs of (Planfolio site-only build, plain Eleventy build), alternating which goes first. */
export async function stageSite(ctx: Context, n: number, options: StageOptions = {}): Promise<void> {
  const repo = ctx.repos.get(n)!;
  const project = makePlainEleventyProject(repo.plansDir, ctx.tmp);
  const extra = ctx.siteOnlyFlags;
  const deadline = () => Math.max(5000, ctx.budget.leftMs() - (options.stopAtReserve ? (options.reserveMs?.() ?? 0) : 0));
  const { results: pairs, skipped } = await repeat(
    async (run) => {
      const planfolioFirst = run % 2 === 0;
      const a = planfolioFirst ? await runBuild(ctx, repo, '_site-only', extra, deadline()) : await runPlainEleventy(project, ctx.env);
      const b = planfolioFirst ? await runPlainEleventy(project, ctx.env) : await runBuild(ctx, repo, '_site-only', extra, deadline());
      return planfolioFirst ? { planfolio: a, eleventy: b } : { planfolio: b, eleventy: a };
    },
    { runs: options.runs ?? ctx.runs, budget: ctx.budget, reserveMs: options.reserveMs, minRuns: options.minRuns, estimateMs: options.estimateMs },
  );
  // A pair whose Planfolio build was stopped at the deadline has no ratio.
  const results = pairs.filter((pair) => !pair.planfolio.timedOut);
  if (results.length === 0) {
    const why = pairs.length ? 'its build was stopped at the deadline' : `one pair was expected to take about ${Math.round((options.estimateMs ?? 0) / 1000)} s, more than the budget had left`;
    ctx.results.siteNotes.push(`${n.toLocaleString('en-US')} plans: not measured (${why})`);
    return;
  }
  ctx.results.site.push({
    n,
    planfolio: toStat(results.map((r) => r.planfolio), skipped + pairs.length - results.length),
    eleventy: toStat(results.map((r) => r.eleventy), skipped + pairs.length - results.length),
    ratio: median(results.map((r) => r.planfolio.wallMs / r.eleventy.wallMs)),
  });
}

/** Planfolio's PDFs in one process against Chromium printing the same plan pages of the built site. */
export async function stagePdf(ctx: Context, n: number, sample = 20): Promise<void> {
  const repo = ctx.repos.get(n)!;
  ctx.log(`  Planfolio: ${sample} plans x 3 passes, then all ${n} plans`);
  const own = await measurePlanfolioPdfs(repo.plansDir, { sample, passes: 3, all: true, env: ctx.env });
  ctx.log(`  Chromium: the same ${sample} plan pages`);
  const chrome = await measureChromiumPdfs(path.join(repo.dir, '_site'), own.sample.map((s) => s.url));
  ctx.results.pdf = {
    sample: own.sample.length,
    planfolioWallMs: median(own.sample.map((s) => s.wallMs)),
    planfolioCpuMs: median(own.sample.map((s) => s.cpuMs)),
    chromiumWallMs: median(chrome.perPdfMs),
    chromiumCpuMs: chrome.browserCpuPerPdfMs,
    chromiumLaunchMs: chrome.launchMs,
    ratio: median(own.sample.map((s, i) => chrome.perPdfMs[i]! / s.wallMs)),
    planfolioKb: median(own.sample.map((s) => s.bytes)) / 1000,
    chromiumKb: median(chrome.bytes) / 1000,
    all: own.all,
  };
}

export async function stageWatch(ctx: Context, n: number, saves = 10): Promise<void> {
  const result = await measureWatchLatency(n, saves, { env: ctx.env, timeoutMs: 180_000 });
  ctx.results.watch = result;
}
