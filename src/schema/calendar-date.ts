import { z } from 'zod';

// Dates stay strings end to end: a calendar date has no time zone, so it can
// never shift with the machine that builds.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True when y-m-d names a day that exists in the Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a `YYYY-MM-DD` string; returns why it is wrong, or null when valid. */
export function checkDay(text: string): string | null {
  const m = DAY.exec(text);
  if (!m) return 'format';
  return isRealDay(Number(m[1]), Number(m[2]), Number(m[3])) ? null : 'no-such-day';
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

function dateSchema(check: (text: string) => string | null, accepts: 'day' | 'month') {
  const pattern = accepts === 'day' ? DAY_PATTERN : MONTH_PATTERN;
  return z.string().meta({ pattern }).check((ctx) => {
    const why = check(ctx.value);
    if (why) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: why,
        params: { rule: accepts === 'day' ? 'date' : 'date-or-month', why },
      });
    }
  });
}

/** A calendar day written `YYYY-MM-DD`. */
export const daySchema = dateSchema(checkDay, 'day');
export type Day = z.infer<typeof daySchema>;

/** A calendar day `YYYY-MM-DD` or a month `YYYY-MM` (month precision). */
export const dayOrMonthSchema = dateSchema(checkDayOrMonth, 'month');
export type DayOrMonth = z.infer<typeof dayOrMonthSchema>;
