// Words and dates as people read them, on a page, in a PDF and in a plan's history.
// split by hand, never read with `new Date(text)`, so no time zone can move them.
import type { Horizon } from '../schema/horizon.js';
import { addMonths } from '../dates/calendar.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-01-31" as "31 Jan 2027" and "2027-01" as "Jan 2027"; anything else as written. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return date;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A timeline "15 Jan 2026 – 31 Jan 2027", or "Due 31 Jan 2027" without a start. */
export function formatSpan(start: string | undefined, due: string): string {
  return start ? `${formatDate(start)} – ${formatDate(due)}` : `Due ${formatDate(due)}`;
}

/** "5 years (to Jan 2031)", "Retirement", or the target date of a horizon. */
export function formatHorizon(horizon: Horizon, created: string): string {
  switch (horizon.kind) {
    case 'retirement':
      return 'Retirement';
    case 'date':
      return `By ${formatDate(horizon.date)}`;
    default: {
      const months = horizon.kind === 'years' ? horizon.amount * 12 : horizon.amount;
      const unit = horizon.kind === 'years' ? 'year' : 'month';
      const target = addMonths(created, months).slice(0, 7);
      return `${horizon.amount} ${unit}${horizon.amount === 1 ? '' : 's'} (to ${formatDate(target)})`;
    }
  }
}

/** "in-progress" as "In progress": the schema's words made readable. */
export function formatWord(word: string): string {
  const spaced = word.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A number without needless decimals ("3", "2.5"). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "67%" from a 0-1 ratio. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** What "worth it?" answers read as on paper. */
export function formatWorth(worth: string): string {
  return worth === 'yes' ? 'Worth it' : worth === 'partly' ? 'Partly worth it' : 'Not worth it';
}

/** Colour names for a status or decision pill, by meaning. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'accent';

/** How a goal, plan or opportunity status is coloured. */
export function toneOf(value: string): Tone {
  switch (value) {
    case 'done':
    case 'achieved':
    case 'accepted':
    case 'yes':
      return 'good';
    case 'in-progress':
    case 'active':
    case 'applied':
      return 'accent';
    case 'considering':
    case 'partly':
    case 'draft':
      return 'warn';
    case 'missed':
    case 'no':
    case 'overdue':
      return 'bad';
    default:
      return 'neutral';
  }
}
