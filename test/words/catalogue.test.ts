import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisions } from '../../src/schema/opportunity.js';
import { goalKinds, goalStatuses } from '../../src/schema/goal.js';
import { planStatuses } from '../../src/schema/plan.js';
import { skillKinds } from '../../src/schema/skill.js';
import { worthValues } from '../../src/schema/step.js';
import { en } from '../../src/words/en/index.js';
import { makeWords } from '../../src/words/words.js';

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');
const listTemplates = (): string[] =>
  readdirSync(TEMPLATES, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.njk'))
    .map((name) => path.join(TEMPLATES, name));

const keys = new Set(Object.keys(en));
const placesOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the words catalogue', () => {
  it('has every key a template asks for', () => {
    const missing: string[] = [];
    for (const file of listTemplates()) {
      const text = readFileSync(file, 'utf8');
      // A key ending in "." is a family completed by a value (checked below).
      for (const [, key] of text.matchAll(/\bt\('([\w.-]*[\w-])'/g)) if (!keys.has(key!)) missing.push(`${path.relative(TEMPLATES, file)}: ${key}`);
      for (const [, key] of text.matchAll(/^titleKey: ([\w.-]+)$/gm)) if (!keys.has(key!)) missing.push(`${path.relative(TEMPLATES, file)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['value.', [...planStatuses, ...goalStatuses, ...goalKinds, ...skillKinds, ...decisions, ...worthValues, 'overdue', 'open', 'goal', 'step']],
    ['step.state.', ['done', 'overdue', 'open', 'dropped']],
    ['worth.', worthValues],
    ['history.worth.', worthValues],
    ['status.about.', planStatuses],
  ] as const)('has a %s key for every value the views put after it', (prefix, values) => {
    expect(values.filter((value) => !keys.has(`${prefix}${value}`))).toEqual([]);
  });

  it('gives every plural form of an entry the same places', () => {
    const uneven = Object.entries(en).filter(([, entry]) => {
      if (typeof entry === 'string') return false;
      const forms = Object.values(entry).map((text) => placesOf(text).join(','));
      return new Set(forms).size > 1;
    });
    expect(uneven.map(([key]) => key)).toEqual([]);
  });

  it('fills places and picks plural forms', () => {
    const { t, date, relative } = makeWords('en');
    expect(t('count.steps', { count: 1 })).toBe('1 step');
    expect(t('count.steps', { count: 3 })).toBe('3 steps');
    expect(t('progress.steps', { done: 2, total: 5 })).toBe('2 of 5 steps done');
    expect(t('calendar.goalDue', { title: 'Say {owner}', owner: 'Ana' })).toBe('Goal due: Say {owner} (Ana)');
    expect([date('2027-01-31'), date('2027-01'), date('someday')]).toEqual(['31 Jan 2027', 'Jan 2027', 'someday']);
    const when = (days: number, unit: 'day' | 'week' | 'month' | 'year', count: number) => ({ date: '', day: '', days, span: { unit, count } });
    expect(relative(when(0, 'day', 0), 'deadline')).toBe('due today');
    expect(relative(when(1, 'day', 1), 'deadline')).toBe('due tomorrow');
    expect(relative(when(-12, 'day', 12), 'deadline')).toBe('overdue by 12 days');
    expect(relative(when(90, 'month', 3), 'deadline')).toBe('in 3 months');
    expect(relative(when(-700, 'year', 2))).toBe('2 years ago');
  });
});
