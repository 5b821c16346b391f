// The small pieces change sentences are made of: quoted names, dates, and how
// far a date moved ("4 months later"), worked out on calendar strings only.
import { addMonths, daysBetween, monthsBetween, resolveDueDay, resolveStartDay } from '../dates/calendar.js';
import { daysInMonth } from '../schema/calendar-date.js';
import type { Horizon } from '../schema/horizon.js';
import { formatDate } from '../format/format-values.js';

const MAX_QUOTE = 200;

/** A name or note in curly quotes, cut at a sensible length. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat}”`;
}

/** "1 goal", "3 goals". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A schema word as a sentence shows it: `in-progress` as "in progress". */
export function formatWord(word: string): string {
  return word.replace(/-/g, ' ');
}

/** A horizon as a person would say it: "5 years", "Jun 2029", "retirement". */
export function formatHorizonText(horizon: Horizon): string {
  if (horizon.kind === 'date') return formatDate(horizon.date);
  if (horizon.kind === 'retirement') return 'retirement';
  return plural(horizon.amount, horizon.kind === 'years' ? 'year' : 'month');
}

export { formatDate };

const isMonthEnd = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return d === daysInMonth(y, m);
};

/**
 * How far a date moved, in the largest unit that says it exactly:
 * "4 months later", "2 weeks earlier", "1 year and 3 months later",
 * "1 month and 5 days later". Month dates (`2026-09`) compare as months; a
 * due date means its last day and a start its first. Undefined when both
 * mean the same day.
 */
export function describeShift(from: string, to: string, as: 'due' | 'start'): string | undefined {
  const resolve = as === 'due' ? resolveDueDay : resolveStartDay;
  const a = resolve(from);
  const b = resolve(to);
  const days = daysBetween(a, b);
  if (days === 0) return undefined;
  const direction = days > 0 ? 'later' : 'earlier';
  // Month precision on both sides, or month ends on both: whole months.
  const wholeMonths = (from.length === 7 && to.length === 7) || (isMonthEnd(a) && isMonthEnd(b));
  const months = wholeMonths ? countMonths(a, b) : monthsBetween(a, b);
  const rest = wholeMonths ? 0 : Math.abs(daysBetween(addMonths(a, months), b));
  return `${describeSpan(Math.abs(months), rest)} ${direction}`;
}

const countMonths = (a: string, b: string) =>
  Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));

function describeSpan(months: number, days: number): string {
  if (months === 0) return days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day');
  const years = Math.floor(months / 12);
  const inMonths =
    years > 0 && months % 12 === 0 ? plural(years, 'year') : years > 0 && months >= 24 ? `${plural(years, 'year')} and ${plural(months % 12, 'month')}` : plural(months, 'month');
  return days === 0 ? inMonths : `${inMonths} and ${plural(days, 'day')}`;
}

/** "due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later". */
export function describeMove(label: string, from: string, to: string, as: 'due' | 'start'): string {
  const shift = describeShift(from, to, as);
  return `${label} moved from ${formatDate(from)} to ${formatDate(to)}${shift ? `, ${shift}` : ''}`;
}

/** Items in `after` not in `before`, and the reverse, each list once per occurrence. */
export function diffLists(before: readonly string[] | undefined, after: readonly string[] | undefined): { added: string[]; removed: string[] } {
  const left = [...(before ?? [])];
  const added: string[] = [];
  for (const item of after ?? []) {
    const at = left.indexOf(item);
    if (at >= 0) left.splice(at, 1);
    else added.push(item);
  }
  return { added, removed: left };
}
