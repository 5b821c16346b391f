// Dates as facts: the day a date means and how far it is from today, worked
// out on calendar strings only, so no time zone can move them.
import { daysBetween, monthsBetween, resolveDueDay, resolveStartDay } from '../dates/calendar.js';
import type { Span, When } from './types.js';

/** A date and where it stands from today: as a deadline (a month means its last day) or a start (its first). */
export function makeWhen(date: string, today: string, as: 'deadline' | 'start' = 'deadline'): When {
  const day = as === 'deadline' ? resolveDueDay(date) : resolveStartDay(date);
  const days = daysBetween(today, day);
  return { date, day, days, span: measureSpan(today, day, days) };
}

/**
 * The distance between two days in the largest unit that reads naturally,
 * on one scale that never runs backwards: days up to 13, weeks up to 8,
 * months from 2 up to 23, then whole years.
 */
export function measureSpan(from: string, to: string, between = daysBetween(from, to)): Span {
  const days = Math.abs(between);
  if (days < 14) return { unit: 'day', count: days };
  if (days < 61) return { unit: 'week', count: Math.min(8, Math.round(days / 7)) };
  const months = Math.max(2, Math.abs(monthsBetween(from, to)));
  if (months < 24) return { unit: 'month', count: months };
  return { unit: 'year', count: Math.floor(months / 12) };
}
