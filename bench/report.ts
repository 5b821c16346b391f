// The bench's results as Markdown tables: printed to the console and written
// to bench/RESULTS.md, with each target marked met, not met or not measured.
import { median } from './measure.js';

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
}

export interface Results {
  date: string;
  command: string;
  quick: boolean;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; os: string; loadStart: number[]; loadEnd?: number[] };
  durationMs?: number;
  budgetMs: number;
  notes: string[];
  check: { n: number; stat: Stat }[];
  /** pdfCpu: CPU per PDF in each run's PDF stage, from the build's --timings (the portfolio PDF counted as one). */
  full: { n: number; stat?: Stat; note?: string; pdfCpu?: number[] }[];
  site: SitePair[];
  siteNotes: string[];
  pdf?: PdfComparison;
  watch?: WatchFigures;
  failures: { stage: string; message: string }[];
}

const ms = (value: number | undefined): string => {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
};
const mib = (kb: number | undefined): string => (kb === undefined || !Number.isFinite(kb) ? '–' : `${(kb / 1024).toFixed(0)} MiB`);
const x = (ratio: number | undefined): string => (ratio === undefined || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}x`);
const count = (n: number): string => n.toLocaleString('en-US');
const runs = (stat: Stat): string => `${stat.runs}${stat.skipped ? ` (${stat.skipped} skipped: budget)` : ''}${stat.timedOut ? ' (stopped at the budget)' : ''}`;

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

type Status = 'met' | 'NOT MET' | 'not measured';
interface Target {
  text: string;
  value: string;
  status: Status;
}

function judge(value: number | undefined, ok: (v: number) => boolean): Status {
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  return ok(value) ? 'met' : 'NOT MET';
}

/** Every target, judged from the figures: first the floors that must hold, then the earlier targets. */
export function judgeTargets(r: Results): Target[] {
  const full = (n: number) => r.full.find((f) => f.n === n)?.stat;
  const f1000 = full(1000);
  const f5000 = full(5000);
  // A 5,000-plan build stopped at the budget gives lower bounds: enough to tell a target is missed, not that it is met.
  const growth = f1000 && f5000 ? f5000.wallMs / f1000.wallMs : undefined;
  const rss5000 = f5000 ? f5000.maxRssKb / 1024 : undefined;
  const bound = (value: number | undefined, ok: (v: number) => boolean): Status => {
    const status = judge(value, ok);
    return f5000?.timedOut && status === 'met' ? 'not measured' : status;
  };
  const atLeast = f5000?.timedOut ? '> ' : '';
  const site = r.site.find((s) => s.n === 1000)?.ratio;
  const check = r.check.find((c) => c.n === 1000)?.stat.wallMs;
  const save = r.watch ? median(r.watch.toOutput) : undefined;
  const reload = r.watch ? median(r.watch.toReload) : undefined;
  return [
    { text: 'Floor: a plan PDF at least 20x faster than headless Chromium, plan by plan', value: x(r.pdf?.ratio), status: judge(r.pdf?.ratio, (v) => v >= 20) },
    { text: 'Floor: `check` of 1,000 plans in at most 1.2 s', value: ms(check), status: judge(check, (v) => v <= 1200) },
    { text: 'Floor: save to reload in `planfolio dev` at 1,000 plans at most 200 ms median', value: ms(reload), status: judge(reload, (v) => v <= 200) },
    { text: 'Site build of 1,000 plans within 1.5x of plain Eleventy', value: x(site), status: judge(site, (v) => v <= 1.5) },
    { text: 'Full build of 1,000 plans under 15 s', value: ms(f1000?.wallMs), status: judge(f1000?.wallMs, (v) => v < 15_000) },
    { text: 'Full build of 5,000 plans under 5x the 1,000-plan time', value: growth === undefined ? '–' : `${atLeast}${x(growth)}`, status: bound(growth, (v) => v < 5) },
    { text: 'Peak memory under 1 GB at 5,000 plans', value: rss5000 === undefined || !Number.isFinite(rss5000) ? '–' : `${atLeast}${rss5000.toFixed(0)} MiB`, status: bound(rss5000, (v) => v < 1024) },
    { text: 'Save-to-output under 300 ms median at 1,000 plans', value: ms(save), status: judge(save, (v) => v < 300) },
  ];
}

/** The whole report as Markdown. */
export function renderReport(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    `# Planfolio benchmark results${r.quick ? ' (quick run)' : ''}`,
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
      ['Plans', 'Wall', 'CPU', 'Peak RSS', 'Wall per plan', 'Growth', 'Runs'],
      r.full.map(({ n, stat, note }) => {
        if (!stat) return [count(n), '–', '–', '–', '–', '–', note ?? 'not measured'];
        const base = n === 1000 ? f100 : n === 5000 ? f1000 : undefined;
        const baseN = n === 1000 ? 100 : 1000;
        const more = stat.timedOut ? '> ' : '';
        const growth = base ? `${more}${x(stat.wallMs / base.wallMs)} vs ${count(baseN)} (for ${n / baseN}x the plans)` : '–';
        return [count(n), more + ms(stat.wallMs), more + ms(stat.cpuMs), more + mib(stat.maxRssKb), more + ms(stat.wallMs / n), growth, `${runs(stat)}${note ? `; ${note}` : ''}`];
      }),
    ),
  );
  const pdfLines = r.full.filter((f) => f.pdfCpu?.length).map(({ n, pdfCpu }) => {
    const list = pdfCpu!.map((v) => `${v.toFixed(1)} ms`).join(', ');
    return `- ${count(n)} plans, CPU per PDF in each run's PDF stage (the portfolio PDF, which draws every plan again, counted as one): ${list}.`;
  });
  if (pdfLines.length) out.push('', ...pdfLines);

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
        ['Plans', 'Saves', 'Save → page and PDF on disk (median / worst)', 'Save → reload event (median / worst)', 'Dev startup'],
        [[count(w.plans), String(w.toOutput.length), `${ms(median(w.toOutput))} / ${ms(Math.max(...w.toOutput))}`, `${ms(median(w.toReload))} / ${ms(Math.max(...w.toReload))}`, ms(w.startupMs)]],
      ),
    );
  } else out.push('not measured');

  out.push('', '## Targets', '');
  out.push(table(['Target', 'Measured', 'Result'], judgeTargets(r).map((t) => [t.text, t.value, t.status === 'NOT MET' ? '**NOT MET**' : t.status])));
  if (r.failures.length) {
    out.push('', '## Stages that failed', '');
    for (const f of r.failures) out.push(`- ${f.stage}: ${f.message.split('\n').slice(0, 6).join(' / ')}`);
  }
  return `${out.join('\n')}\n`;
}
