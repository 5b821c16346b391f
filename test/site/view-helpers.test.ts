import { describe, expect, it } from 'vitest';
import { makeWhen } from '../../src/facts/when.js';
import { toneOf } from '../../src/theme/tokens.js';
import { joinBase } from '../../src/site/site-url.js';
import { makeWords } from '../../src/words/words.js';

const today = '2026-11-25';
const words = makeWords('en');

describe('dates as people read them', () => {
  it.each([
    ['2027-01-31', '31 Jan 2027'],
    ['2027-01', 'Jan 2027'],
    ['2026-12-01', '1 Dec 2026'],
    [undefined, ''],
  ])('%s reads "%s"', (date, text) => expect(words.date(date)).toBe(text));

  it.each([
    ['2026-11-25', 'due today'],
    ['2026-11-26', 'due tomorrow'],
    ['2026-12-07', 'in 12 days'],
    ['2027-01-06', 'in 6 weeks'],
    ['2027-02-25', 'in 3 months'],
    ['2029-01-01', 'in 2 years'],
    ['2026-11-24', 'overdue by 1 day'],
    ['2026-11-13', 'overdue by 12 days'],
    ['2026-11', 'in 5 days'],
    ['2026-08-25', 'overdue by 3 months'],
  ])('a deadline on %s is "%s"', (due, text) => expect(words.relative(makeWhen(due, today), 'deadline')).toBe(text));

  it.each([
    ['2026-09-28', '8 weeks ago'],
    ['2031-01-12', 'in 4 years'],
    ['2026-11-25', 'today'],
  ])('%s is "%s" from today', (day, text) => expect(words.relative(makeWhen(day, today))).toBe(text));

  it('shows a time span, a horizon and a progress ratio', () => {
    expect(words.span('2026-01-15', '2027-01-31')).toBe('15 Jan 2026 – 31 Jan 2027');
    expect(words.span(undefined, '2027-01')).toBe('Due Jan 2027');
    expect(words.horizon({ text: '5 years', kind: 'years', amount: 5 }, '2031-01-12')).toBe('5 years (to Jan 2031)');
    expect(words.horizon({ text: 'retirement', kind: 'retirement' })).toBe('Retirement');
    expect(words.percent(5 / 14)).toBe('36%');
  });

  it("turns the format's words into readable ones, with a tone for each", () => {
    expect(words.value('in-progress')).toBe('In progress');
    expect(words.t('worth.partly')).toBe('Partly worth it');
    expect([toneOf('done'), toneOf('in-progress'), toneOf('draft'), toneOf('missed'), toneOf('planned')]).toEqual(['good', 'accent', 'warn', 'bad', 'neutral']);
  });

  it('puts site links under the base path, and leaves other links alone', () => {
    expect(joinBase('/', '/plans/x/')).toBe('/plans/x/');
    expect(joinBase('/career/', '/plans/x/')).toBe('/career/plans/x/');
    expect(joinBase('/career/', 'https://example.org/')).toBe('https://example.org/');
    expect(joinBase('/career/', '#goals')).toBe('#goals');
  });
});
