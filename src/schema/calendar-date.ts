import * as z from 'zod';

// Dates stay strings end to end: a calendar date has no time zone, so it can
// never shift with the machine that builds.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (1-12) of a year (Gregorian leap years). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The number written in `length` digits at `start` of a text that holds digits there. */
export function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Checks a `YYYY-MM-DD` string; returns why it is wrong, or null when valid. */
export function checkDay(text: string): string | null {
  // Every date of every plan (and of every revision in history) passes here:
  // digits are read directly rather than through regex groups and Number().
  if (text.length !== 10 || !DAY.test(text)) return 'format';
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digitsAt(text, 0, 4), month);
  return real ? null : 'no-such-day';
}

/** Checks a `YYYY-MM` or `YYYY-MM-DD` string; returns why it is wrong, or null. */
export function checkDayOrMonth(text: string): string | null {
  const m = MONTH.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? null : 'no-such-day';
  return checkDay(text);
}

// The patterns are for plan.schema.json (editors); the checks above are what Planfolio applies.
const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$';

function dateSchema(monthAllowed: boolean) {
  const check = monthAllowed ? checkDayOrMonth : checkDay;
  const rule = monthAllowed ? 'date-or-month' : 'date';
  return z.string().meta({ pattern: monthAllowed ? MONTH_PATTERN : DAY_PATTERN }).check((ctx) => {
    const why = check(ctx.value);
    if (why) ctx.issues.push({ code: 'custom', input: ctx.value, message: why, params: { rule, why } });
  });
}

/** A calendar day written `YYYY-MM-DD`. */
export const daySchema = dateSchema(false);
export type Day = z.infer<typeof daySchema>;

/** A calendar day `YYYY-MM-DD` or a month `YYYY-MM` (month precision). */
export const dayOrMonthSchema = dateSchema(true);
export type DayOrMonth = z.infer<typeof dayOrMonthSchema>;
