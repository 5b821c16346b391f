import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, fromDayNumber, monthsBetween, resolveDueDay, resolveStartDay, toDayNumber } from '../../src/dates/calendar.js';
import { resolveToday } from '../../src/dates/today.js';

describe('calendar arithmetic on plain dates', () => {
  it.each([
    ['2027-01', '2027-01-31'],
    ['2024-02', '2024-02-29'],
    ['2026-02', '2026-02-28'],
    ['2026-04-15', '2026-04-15'],
  ])('a due date %s falls on %s', (due, day) => expect(resolveDueDay(due)).toBe(day));

  it('starts a month on its first day', () => expect(resolveStartDay('2026-03')).toBe('2026-03-01'));

  it.each([
    ['2026-11-25', '2026-12-07', 12],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-01', '2026-02-01', -28],
    ['2024-01-01', '2025-01-01', 366],
  ])('from %s to %s is %i days', (a, b, days) => expect(daysBetween(a, b)).toBe(days));

  it('turns days into numbers and back', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2031-06-30'))).toBe('2031-06-30');
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-12', 60, '2031-01-12'],
    ['2026-11', 3, '2027-02-01'],
  ])('%s plus %i months is %s', (day, months, result) => expect(addMonths(day, months)).toBe(result));

  it.each([
    ['2026-09-30', '2027-01-31', 4],
    ['2026-01-31', '2026-02-28', 0],
    ['2027-01-31', '2026-09-30', -4],
  ])('from %s to %s is %i whole months', (a, b, months) => expect(monthsBetween(a, b)).toBe(months));
});

describe('today', () => {
  it('is PLANFOLIO_TODAY when set', () => expect(resolveToday({ PLANFOLIO_TODAY: '2026-11-25' })).toBe('2026-11-25'));
  it('is the local calendar day otherwise', () => expect(resolveToday({}, new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05'));
  it('refuses a PLANFOLIO_TODAY that is no date, saying how to fix it', () =>
    expect(() => resolveToday({ PLANFOLIO_TODAY: 'tomorrow' })).toThrow('PLANFOLIO_TODAY=tomorrow is not a date; set it as YYYY-MM-DD or unset it'));
});
