// The targets the bench judges, each from the figures of one run: first the
// floors the "one plan, one truth" work had to keep, then the speed targets
// people feel (a small portfolio against plain Eleventy, large ones lean).
import { median } from './measure.js';
import type { Results } from './report.js';

export type Status = 'met' | 'NOT MET' | 'not measured';
export interface Target {
  text: string;
  value: string;
  status: Status;
}

export const ms = (value: number | undefined): string => {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
};
export const mib = (kb: number | undefined): string => (kb === undefined || !Number.isFinite(kb) ? '–' : `${(kb / 1024).toFixed(0)} MiB`);
export const x = (ratio: number | undefined): string => (ratio === undefined || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}x`);

function judge(value: number | undefined, ok: (v: number) => boolean): Status {
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  return ok(value) ? 'met' : 'NOT MET';
}

/** Every target, judged from the figures. */
export function judgeTargets(r: Results): Target[] {
  const full = (n: number) => r.full.find((f) => f.n === n);
  const f1000 = full(1000);
  const f5000 = full(5000);
  const site1000 = r.site.find((s) => s.n === 1000);
  const fullRatio = f1000?.stat && site1000 ? f1000.stat.wallMs / site1000.eleventy.wallMs : undefined;
  const againRatio = f1000?.again && site1000 ? f1000.again.wallMs / site1000.eleventy.wallMs : undefined;
  // A 5,000-plan build stopped at the budget gives lower bounds: enough to tell a target is missed, not that it is met.
  const bound = (value: number | undefined, ok: (v: number) => boolean): Status => {
    const status = judge(value, ok);
    return f5000?.stat?.timedOut && status === 'met' ? 'not measured' : status;
  };
  const atLeast = f5000?.stat?.timedOut ? '> ' : '';
  const check = r.check.find((c) => c.n === 1000)?.stat.wallMs;
  const reload = r.watch ? median(r.watch.toReload) : undefined;
  const gb = 1024 * 1024;
  return [
    { text: 'Floor: a plan PDF at least 20x faster than headless Chromium, plan by plan', value: x(r.pdf?.ratio), status: judge(r.pdf?.ratio, (v) => v >= 20) },
    { text: 'Floor: `check` of 1,000 plans in at most 1.2 s', value: ms(check), status: judge(check, (v) => v <= 1200) },
    { text: 'Floor and target: save to reload in `planfolio dev` at 1,000 plans at most 200 ms median', value: ms(reload), status: judge(reload, (v) => v <= 200) },
    {
      text: '5 plans with CJK text, full build: at most 2x plain Eleventy on the same files (a first build; a build again, nothing changed, is shown beside it)',
      value: `${x(r.small?.buildRatio)} (again: ${x(r.small?.againRatio)})`,
      status: judge(r.small?.buildRatio, (v) => v <= 2),
    },
    { text: '5 plans with CJK text, `planfolio dev` first page: at most 3x plain Eleventy `--serve`', value: x(r.small?.devRatio), status: judge(r.small?.devRatio, (v) => v <= 3) },
    { text: '1,000 plans, pages alone: at most 2.5x plain Eleventy', value: x(site1000?.ratio), status: judge(site1000?.ratio, (v) => v <= 2.5) },
    {
      text: '1,000 plans, full build: at most 7x plain Eleventy (a first build; a build again, nothing changed, is shown beside it)',
      value: `${x(fullRatio)} (again: ${x(againRatio)})`,
      status: judge(fullRatio, (v) => v <= 7),
    },
    { text: '5,000 plans, full build: the Planfolio process peaks under 1 GB', value: `${f5000?.planfolioPeakKb ? atLeast : ''}${mib(f5000?.planfolioPeakKb)}`, status: bound(f5000?.planfolioPeakKb, (v) => v < gb) },
    { text: "5,000 plans, full build: Pagefind's process peaks under 1 GB", value: `${f5000?.pagefindPeakKb ? atLeast : ''}${mib(f5000?.pagefindPeakKb)}`, status: bound(f5000?.pagefindPeakKb, (v) => v < gb) },
    {
      text: '`planfolio dev` at 1,000 plans serves its first page within 3 s (a start after the first; the first start is shown beside it)',
      value: `${ms(r.watch?.nextFirstPageMs)} (first start ${ms(r.watch?.firstPageMs)})`,
      status: judge(r.watch?.nextFirstPageMs, (v) => v <= 3000),
    },
    { text: '`npm test` under 3 minutes on this machine', value: r.suite ? `${ms(r.suite.wallMs)}${r.suite.passed ? '' : ' (failed)'}` : '– (run with --suite)', status: r.suite ? judge(r.suite.passed ? r.suite.wallMs : Number.POSITIVE_INFINITY, (v) => v < 180_000) : 'not measured' },
  ];
}
