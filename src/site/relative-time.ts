import { daysBetween, monthsBetween, resolveDueDay } from '../dates/calendar.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A span of days in the largest unit that reads naturally: "12 days", "3 weeks", "4 months", "2 years". */
export function describeSpan(from: string, to: string): string {
  const days = Math.abs(daysBetween(from, to));
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  const months = Math.abs(monthsBetween(from, to));
  if (months < 24) return plural(months, 'month');
  return plural(Math.floor(months / 12), 'year');
}

/** How a deadline stands from today: "due today", "due tomorrow", "in 3 months", "overdue by 12 days". */
export function describeDue(due: string, today: string): string {
  const day = resolveDueDay(due);
  const days = daysBetween(today, day);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days === -1) return 'overdue by 1 day';
  return days > 0 ? `in ${describeSpan(today, day)}` : `overdue by ${describeSpan(day, today)}`;
}

/** How far a past or future day is from today: "3 months ago", "in 2 years", "today". */
export function describeFromToday(day: string, today: string): string {
  const days = daysBetween(today, day);
  if (days === 0) return 'today';
  return days > 0 ? `in ${describeSpan(today, day)}` : `${describeSpan(day, today)} ago`;
}
