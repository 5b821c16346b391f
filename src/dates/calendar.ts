// Calendar arithmetic on plain `YYYY-MM-DD` / `YYYY-MM` strings. Everything is
// done in UTC day numbers, so no result ever depends on the machine's time zone.
import { daysInMonth, digitsAt } from '../schema/calendar-date.js';

/** Milliseconds in a UTC day. */
export const MS_PER_DAY = 86_400_000;

/** The day a date means when it is a deadline: a month `YYYY-MM` means its last day. */
export function resolveDueDay(date: string): string {
  if (date.length !== 7) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The day a date means when it is a start: a month `YYYY-MM` means its first day. */
export function resolveStartDay(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function toDayNumber(day: string): number {
  // Digits read in place rather than split and Number: this runs for every deadline of every plan.
  return Date.UTC(Number(day.slice(0, 4)), digitsAt(day, 5, 2) - 1, digitsAt(day, 8, 2)) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` day of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(resolveStartDay(b)) - toDayNumber(resolveStartDay(a));
}

/** Adds whole months to a day, clamping to the end of shorter months. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = resolveStartDay(day).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const clamped = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** Whole calendar months from `a` to `b`, rounded towards zero. */
export function monthsBetween(a: string, b: string): number {
  // Digits read in place: this runs for every dated thing of every plan.
  const day = (text: string) => (text.length === 7 ? 1 : digitsAt(text, 8, 2));
  let months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + (digitsAt(b, 5, 2) - digitsAt(a, 5, 2));
  if (months > 0 && day(b) < day(a)) months -= 1;
  if (months < 0 && day(b) > day(a)) months += 1;
  return months;
}
