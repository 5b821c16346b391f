// The geometry of the progress chart on a history page: how far along the plan
// was (its facts' progress ratio, read from outcomes where goals have them), one
// point per revision that was a valid plan, oldest on the left. It returns
// numbers in 0..100 and leaves SVG to the template.
import { toDayNumber } from '../dates/calendar.js';
import type { Progress } from '../load/types.js';
import type { Revision } from './types.js';

/** One revision on the chart, with its progress (steps done, and how far along). */
interface ProgressPoint extends Progress {
  /** 0 (oldest) to 100 (newest). */
  x: number;
  /** 0 (complete, top) to 100 (not started, bottom), as SVG's y grows downwards. */
  y: number;
  date: string;
  /** The revision's short hash (empty when uncommitted). */
  shortHash: string;
}

/** The chart's geometry. */
export interface ProgressChart {
  points: ProgressPoint[];
  /** For `<polyline points="...">`, or empty when there are no points. */
  polyline: string;
  /** First and last day shown, for the axis labels. */
  from?: string;
  to?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Lays out progress across revisions (given newest first, as a history
 * lists them). X follows the calendar, so a burst of commits in one week and a
 * quiet year look like what they were; when every revision falls on one day,
 * they are spread evenly instead.
 */
export function layOutProgressChart(revisions: readonly Revision[], today: string): ProgressChart {
  const shown = revisions.filter((r) => r.progress).reverse();
  if (shown.length === 0) return { points: [], polyline: '' };
  // A commit dated after today (a clock set wrong) is drawn at today, not on an axis stretched into the future.
  const days = shown.map((r) => Math.min(toDayNumber(r.date), toDayNumber(today)));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const points = shown.map(({ date, shortHash, progress }, i): ProgressPoint => {
    const x = span > 0 ? ((days[i]! - first) / span) * 100 : shown.length === 1 ? 50 : (i / (shown.length - 1)) * 100;
    return { x: round(x), y: round(100 - progress!.ratio * 100), date, shortHash, ...progress! };
  });
  return {
    points,
    polyline: points.map((p) => `${p.x},${p.y}`).join(' '),
    from: shown[0]!.date,
    to: shown[shown.length - 1]!.date > today ? today : shown[shown.length - 1]!.date,
  };
}
