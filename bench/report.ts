// The bench's results as Markdown tables: printed to the console and written
// to bench/RESULTS.md, with each target marked met, not met or not measured.
import { median } from './measure.js';
import type { SmallFigures } from './small-portfolio.js';
import { judgeTargets, mib, ms, x, type Target } from './targets.js';

/** Medians of the runs of one command. */
export interface Stat {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  runs: number;
  /** Runs wanted but left out to stay within the time budget. */
  skipped: number;
  /** A run was stopped for running past the budget. */
  timedOut?: boolean;
}

export interface SitePair {
  n: number;
  planfolio: Stat;
  eleventy: Stat;
  /** Median of planfolio/eleventy wall-time ratios, pair by pair. */
  ratio: number;
}

export interface PdfComparison {
  sample: number;
  planfolioWallMs: number;
  planfolioCpuMs: number;
  chromiumWallMs: number;
  /** Browser processes' CPU per PDF (living processes). */
  chromiumCpuMs: number;
  chromiumLaunchMs: number;
  /** Median of chromium/planfolio wall-time ratios, plan by plan. */
  ratio: number;
  planfolioKb: number;
  chromiumKb: number;
  all?: { count: number; medianCpuMs: number; p90CpuMs: number; meanCpuMs: number; maxCpuMs: number; wallMs: number };
}

export interface WatchFigures {
  plans: number;
  toOutput: number[];
  toReload: number[];
  startupMs: number;
  /** From start to the first page served. */
  firstPageMs?: number;
  /** The same on a start after the first (warm caches). */
  nextFirstPageMs?: number;
  /** From the next start to every page and PDF built. */
  nextStartupMs?: number;
}

export interface Results {
  date: string;
  command: string;
  quick: boolean;
  /** `--large`: the 5,000-plan full build alone, run to its end. */
  large?: boolean;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; os: string; loadStart: number[]; loadEnd?: number[] };
  durationMs?: number;
  budgetMs: number;
  notes: string[];
  check: { n: number; stat: Stat }[];
  /** pdfCpu: CPU per PDF in each run's PDF stage, from the build's --timings (the portfolio PDF counted as one). */
  /** again: one more build right after the last run, with the PDFs it kept. */
  full: { n: number; stat?: Stat; note?: string; pdfCpu?: number[]; planfolioPeakKb?: number; pagefindPeakKb?: number; searchCpuMs?: number; pagesCpuMs?: number; again?: Stat }[];
  small?: SmallFigures;
  /** `npm test`, when run with --suite. */
  suite?: { wallMs: number; passed: boolean; summary: string; failures?: string[] };
  site: SitePair[];
  siteNotes: string[];
  pdf?: PdfComparison;
  watch?: WatchFigures;
  failures: { stage: string; message: string }[];
}

const count = (n: number): string => n.toLocaleString('en-US');
const runs = (stat: Stat): string => `${stat.runs}${stat.skipped ? ` (${stat.skipped} skipped: budget)` : ''}${stat.timedOut ? ' (stopped at the budget)' : ''}`;

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The whole report as Markdown. */
export function renderReport(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    `# Planfolio benchmark results${r.quick ? ' (quick run)' : r.large ? ': 5,000 plans, run to the end' : ''}`,
    '',
    `- Date: ${r.date}`,
    `- Command: \`${r.command}\``,
    `- Machine: ${m.cores} cores available (os.availableParallelism()), ${m.cpu}, ${m.memoryGb.toFixed(1)} GB RAM, ${m.os}; Node ${m.node}`,
    `- Load average at start: ${m.loadStart.map((l) => l.toFixed(2)).join(', ')}${m.loadEnd ? `; at end: ${m.loadEnd.map((l) => l.toFixed(2)).join(', ')}` : ''} (other work on the machine makes every figure noisier)`,
    `- Pinned: PLANFOLIO_TODAY=2026-11-25, SOURCE_DATE_EPOCH=1795564800; portfolios from bench/generate-portfolio.ts, seed 7`,
    `- Bench duration: ${r.durationMs === undefined ? '–' : ms(r.durationMs)} (budget ${ms(r.budgetMs)})`,
    '',
    'Every figure is the median of the runs shown; ratios are taken pair by pair within this run. Wall = elapsed time; CPU = user + system time of the process and all its threads (V8\'s collector and compiler threads included); peak RSS = maximum resident memory of the Planfolio process (git processes it starts are not counted).',
  ];
  if (r.notes.length) out.push('', '**Notes**', '', ...r.notes.map((n) => `- ${n}`));

  out.push('', '## Full build (`planfolio build`: site + PDFs + history)', '');
  const f1000 = r.full.find((f) => f.n === 1000)?.stat;
  const f100 = r.full.find((f) => f.n === 100)?.stat;
  out.push(
    table(
      ['Plans', 'Wall', 'CPU', 'Planfolio peak', 'Pagefind peak', 'Wall per plan', 'Growth', 'Runs'],
      r.full.map(({ n, stat, note, planfolioPeakKb, pagefindPeakKb }) => {
        if (!stat) return [count(n), '–', '–', '–', '–', '–', '–', note ?? 'not measured'];
        const base = n === 1000 ? f100 : n === 5000 ? f1000 : undefined;
        const baseN = n === 1000 ? 100 : 1000;
        const more = stat.timedOut ? '> ' : '';
        const growth = base ? `${more}${x(stat.wallMs / base.wallMs)} vs ${count(baseN)} (for ${n / baseN}x the plans)` : '–';
        return [count(n), more + ms(stat.wallMs), more + ms(stat.cpuMs), more + mib(planfolioPeakKb), more + mib(pagefindPeakKb), more + ms(stat.wallMs / n), growth, `${runs(stat)}${note ? `; ${note}` : ''}`];
      }),
    ),
  );
  out.push(
    '',
    "- Each run is a first build: the PDFs earlier builds kept (node_modules/.cache/planfolio/pdfs) are let go before it, so it draws every PDF.",
    "- Peaks are each process's own high-water mark (VmHWM, read from /proc every 50 ms), the highest of the runs: the Planfolio (node) process, and Pagefind's indexing process apart.",
  );
  const againLines = r.full.filter((f) => f.again).map(({ n, again }) => `- ${count(n)} plans built again right after, nothing changed (every PDF copied from the last build): ${ms(again!.wallMs)} wall, ${ms(again!.cpuMs)} CPU, peak ${mib(again!.maxRssKb)} (one run).`);
  if (againLines.length) out.push('', ...againLines);
  const pdfLines = r.full.filter((f) => f.pdfCpu?.length).map(({ n, pdfCpu }) => {
    const list = pdfCpu!.map((v) => `${v.toFixed(1)} ms`).join(', ');
    return `- ${count(n)} plans, CPU per PDF in each run's PDF stage (the portfolio PDF counted as one): ${list}.`;
  });
  if (pdfLines.length) out.push('', ...pdfLines);
  if (r.large) return renderTargets(r, out, (t) => t.text.startsWith('5,000 plans'));

  out.push('', '## A small portfolio: 5 plans, one in Chinese, against plain Eleventy on the same files', '');
  if (r.small) {
    const f = r.small;
    out.push(
      table(
        ['', 'Planfolio', 'Plain Eleventy', 'Ratio (pair by pair)', 'Pairs'],
        [
          ['Full build (site, PDFs, history, search) vs `eleventy`: a first build, drawing every PDF', ms(f.buildMs), ms(f.eleventyBuildMs), x(f.buildRatio), String(f.pairs)],
          ['The same, built again right after: nothing changed, the PDFs copied from the first', ms(f.againMs), ms(f.eleventyBuildMs), x(f.againRatio), String(f.pairs)],
          ['First page: `planfolio dev` vs `eleventy --serve`', ms(f.devFirstPageMs), ms(f.eleventyFirstPageMs), x(f.devRatio), String(f.pairs)],
        ],
      ),
      '',
      '- The plans: four of the sample plans and bench/small-portfolio/wang-fang.md, in a git repository of one commit. First page: from starting the server to `GET /` answering with a page, asked every 10 ms.',
    );
  } else out.push('not measured');

  out.push('', '## Site alone vs plain Eleventy (same Markdown files, one-line layout)', '');
  out.push(
    table(
      ['Plans', 'Planfolio wall', 'Planfolio CPU', 'Planfolio RSS', 'Eleventy wall', 'Eleventy CPU', 'Eleventy RSS', 'Ratio (wall)', 'Pairs'],
      r.site.map((s) => [count(s.n), ms(s.planfolio.wallMs), ms(s.planfolio.cpuMs), mib(s.planfolio.maxRssKb), ms(s.eleventy.wallMs), ms(s.eleventy.cpuMs), mib(s.eleventy.maxRssKb), x(s.ratio), runs(s.planfolio)]),
    ),
  );
  if (r.siteNotes.length) out.push('', ...r.siteNotes.map((n) => `- ${n}`));

  out.push('', '## PDFs vs headless Chromium (same plans)', '');
  if (r.pdf) {
    const p = r.pdf;
    out.push(
      table(
        ['', 'Wall per PDF', 'CPU per PDF', 'Size per PDF', 'Notes'],
        [
          ['Chromium (playwright-core, page.goto + page.pdf, A4)', ms(p.chromiumWallMs), ms(p.chromiumCpuMs), `${p.chromiumKb.toFixed(0)} KB`, `median of ${p.sample} plan pages after a warm-up page; browser launch ${ms(p.chromiumLaunchMs)} not counted; CPU of the browser's processes`],
          ['Planfolio (renderPlanPdf, one process)', ms(p.planfolioWallMs), ms(p.planfolioCpuMs), `${p.planfolioKb.toFixed(0)} KB`, `the same ${p.sample} plans, median of 3 passes each after a warm-up pass`],
          ['Ratio, plan by plan (Chromium / Planfolio, wall)', x(p.ratio), '', '', ''],
        ],
      ),
    );
    if (p.all) {
      out.push('', `Rendering all ${count(p.all.count)} plans of the 1,000-plan portfolio one after another in one thread: CPU per plan median ${ms(p.all.medianCpuMs)}, 90th percentile ${ms(p.all.p90CpuMs)}, mean ${ms(p.all.meanCpuMs)}, worst ${ms(p.all.maxCpuMs)}; ${ms(p.all.wallMs)} in all.`);
    }
  } else out.push('not measured');

  out.push('', '## `planfolio check`', '');
  out.push(table(['Plans', 'Wall', 'CPU', 'Peak RSS', 'Runs'], r.check.map(({ n, stat }) => [count(n), ms(stat.wallMs), ms(stat.cpuMs), mib(stat.maxRssKb), runs(stat)])));

  out.push('', '## Watch mode (`planfolio dev`): save one plan of a 1,000-plan portfolio', '');
  if (r.watch) {
    const w = r.watch;
    out.push(
      table(
        ['Plans', 'Saves', 'Save → page and PDF on disk (median / worst)', 'Save → reload event (median / worst)', 'First page: first start / next start', 'Every page and PDF built: first start / next start'],
        [[count(w.plans), String(w.toOutput.length), `${ms(median(w.toOutput))} / ${ms(Math.max(...w.toOutput))}`, `${ms(median(w.toReload))} / ${ms(Math.max(...w.toReload))}`, `${ms(w.firstPageMs)} / ${ms(w.nextFirstPageMs)}`, `${ms(w.startupMs)} / ${ms(w.nextStartupMs)}`]],
      ),
      '',
      '- First start: a portfolio dev has never read (its caches empty for it). Next start: dev started again after Ctrl-C, as every later day, with the plans, compiled templates and PDFs the first start kept in node_modules/.cache/planfolio/ (the PDF of the plan saved ten times and portfolio.pdf are drawn again).',
    );
  } else out.push('not measured');

  out.push('', '## `npm test`', '');
  out.push(r.suite ? `${ms(r.suite.wallMs)}, ${r.suite.passed ? 'passed' : 'FAILED'}: ${r.suite.summary}` : 'not measured (run the bench with --suite)');
  // What failed, so that a test that fails only under the bench's load can be found again.
  if (r.suite?.failures?.length) out.push('', ...r.suite.failures.map((line) => `    ${line}`));

  return renderTargets(r, out, () => true);
}

/** Ends the report with the targets judged (those `shown`) and any stage that failed. */
function renderTargets(r: Results, out: string[], shown: (target: Target) => boolean): string {
  out.push('', '## Targets', '');
  out.push(table(['Target', 'Measured', 'Result'], judgeTargets(r).filter(shown).map((t) => [t.text, t.value, t.status === 'NOT MET' ? '**NOT MET**' : t.status])));
  const floor = describeFullBuildFloor(r);
  if (floor) out.push('', floor);
  if (r.failures.length) {
    out.push('', '## Stages that failed', '');
    for (const f of r.failures) out.push(`- ${f.stage}: ${f.message.split('\n').slice(0, 6).join(' / ')}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The least wall time a 1,000-plan full build can take on this machine, from
 * three parts measured apart in this run: the pages as the full build makes
 * them (process start, loading, history from git, every page with the history
 * pages, exports; else the pages alone, without history), every PDF drawn in
 * one thread, and Pagefind alone on the built site: even with every part
 * overlapping perfectly, their CPU shared over the cores.
 */
function describeFullBuildFloor(r: Results): string | undefined {
  const pages = r.site.find((s) => s.n === 1000);
  const full = r.full.find((f) => f.n === 1000);
  const search = full?.searchCpuMs;
  const pdfs = r.pdf?.all ? r.pdf.all.meanCpuMs * r.pdf.all.count : undefined;
  if (!pages || search === undefined || !Number.isFinite(search) || pdfs === undefined) return undefined;
  const withHistory = full?.pagesCpuMs !== undefined && Number.isFinite(full.pagesCpuMs) ? full.pagesCpuMs : undefined;
  const pagesCpu = withHistory ?? pages.planfolio.cpuMs;
  const cpu = pagesCpu + pdfs + search;
  const cores = r.machine.cores;
  const pagesPart = withHistory === undefined ? `the pages alone ${ms(pagesCpu)} of CPU` : `the pages with history (\`--no-pdf --no-search\`, one run) ${ms(pagesCpu)} of CPU`;
  return [
    `- The least a 1,000-plan full build can take here, from its parts measured apart in this run: ${pagesPart}, every PDF in one thread ${ms(pdfs)}, Pagefind alone on the built site ${ms(search)};`,
    `  ${ms(cpu)} of CPU in all${withHistory === undefined ? ' (history not counted)' : ''}, so at least ${ms(cpu / cores)} on ${cores} cores even if every part overlapped perfectly,`,
    `  against ${ms(7 * pages.eleventy.wallMs)} for 7x plain Eleventy: ${x(cpu / cores / pages.eleventy.wallMs)} of plain Eleventy at best.`,
  ].join('\n');
}
