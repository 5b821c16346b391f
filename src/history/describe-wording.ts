// The small pieces change sentences are made of: quoted names, dates, and how
// far a date moved ("4 months later"), worked out on calendar strings only.
// The words themselves come from the catalogue (src/words/en/history.ts).
import { addMonths, daysBetween, monthsBetween, resolveDueDay, resolveStartDay } from '../dates/calendar.js';
import { daysInMonth } from '../schema/calendar-date.js';
import type { Horizon } from '../schema/horizon.js';
import type { Words } from '../words/words.js';

const MAX_QUOTE = 200;

/** A name or note in quotes, cut at a sensible length. */
export function quote(w: Words, text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return w.t('history.quote', { text: flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat });
}

/** A schema word as a sentence shows it: `in-progress` as "in progress" (the owner's own value, as written). */
export function formatWord(word: string): string {
  return word.replace(/-/g, ' ');
}

/** A horizon as a person would say it: "5 years", "Jun 2029", "retirement". */
export function formatHorizonText(w: Words, horizon: Horizon): string {
  if (horizon.kind === 'date') return w.date(horizon.date);
  if (horizon.kind === 'retirement') return w.t('history.horizonRetirement');
  return w.distance({ unit: horizon.kind === 'years' ? 'year' : 'month', count: horizon.amount });
}

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
export function describeShift(w: Words, from: string, to: string, as: 'due' | 'start'): string | undefined {
  const resolve = as === 'due' ? resolveDueDay : resolveStartDay;
  const a = resolve(from);
  const b = resolve(to);
  const days = daysBetween(a, b);
  if (days === 0) return undefined;
  // Month precision on both sides, or month ends on both: whole months.
  const wholeMonths = (from.length === 7 && to.length === 7) || (isMonthEnd(a) && isMonthEnd(b));
  const months = wholeMonths ? countMonths(a, b) : monthsBetween(a, b);
  const rest = wholeMonths ? 0 : Math.abs(daysBetween(addMonths(a, months), b));
  return w.t(days > 0 ? 'history.later' : 'history.earlier', { span: describeSpan(w, Math.abs(months), rest) });
}

const countMonths = (a: string, b: string) =>
  Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));

function describeSpan(w: Words, months: number, days: number): string {
  const and = (first: string, second: string) => w.t('history.and', { first, second });
  const unit = (u: 'day' | 'week' | 'month' | 'year', count: number) => w.distance({ unit: u, count });
  if (months === 0) return days % 7 === 0 ? unit('week', days / 7) : unit('day', days);
  const years = Math.floor(months / 12);
  const inMonths =
    years > 0 && months % 12 === 0 ? unit('year', years) : years > 0 && months >= 24 ? and(unit('year', years), unit('month', months % 12)) : unit('month', months);
  return days === 0 ? inMonths : and(inMonths, unit('day', days));
}

/** "due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later". */
export function describeMove(w: Words, label: string, from: string, to: string, as: 'due' | 'start'): string {
  const shift = describeShift(w, from, to, as);
  const dates = { label, from: w.date(from), to: w.date(to) };
  return shift ? w.t('history.movedBy', { ...dates, shift }) : w.t('history.moved', dates);
}

/** A text field set, changed or removed: "Role changed from “A” to “B”"; undefined when unchanged. */
export function describeText(w: Words, label: string, before: string | undefined, after: string | undefined): string | undefined {
  if (before === after) return undefined;
  if (before === undefined) return w.t('history.set', { label, value: quote(w, after!) });
  if (after === undefined) return w.t('history.removed', { label, value: quote(w, before) });
  return w.t('history.changed', { label, from: quote(w, before), to: quote(w, after) });
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
