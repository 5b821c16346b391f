import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisions } from '../../src/schema/opportunity.js';
import { goalKinds, goalStatuses } from '../../src/schema/goal.js';
import { planStatuses } from '../../src/schema/plan.js';
import { skillKinds } from '../../src/schema/skill.js';
import { worthValues } from '../../src/schema/step.js';
import { de } from '../../src/words/de/index.js';
import { en } from '../../src/words/en/index.js';
import { es } from '../../src/words/es/index.js';
import { languages, makeWords, type Entry } from '../../src/words/words.js';

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');
const listTemplates = (): string[] =>
  readdirSync(TEMPLATES, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.njk'))
    .map((name) => path.join(TEMPLATES, name));

const keys = new Set(Object.keys(en));
const placesOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const formsOf = (entry: Entry): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry));
const translations: [string, Record<string, Entry>][] = [
  ['es', es],
  ['de', de],
];

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

  it('ships a catalogue for every language it offers', () => {
    expect([...languages].sort()).toEqual(['de', 'en', 'es']);
  });

  describe.each(translations)('in %s', (lang, catalogue) => {
    const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

    it('has exactly the English keys', () => {
      expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    });

    it('puts the same places in every text as the English', () => {
      const differing = Object.entries(en).filter(([key, entry]) => {
        const own = catalogue[key];
        if (own === undefined) return false;
        const english = placesOf(formsOf(entry)[0]!).join(',');
        return formsOf(own).some((text) => placesOf(text).join(',') !== english);
      });
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    // A language may need plural forms where English needs none ("{count} dropped"), but never loses one.
    it("gives plural forms where the English does, with the language's own categories", () => {
      const wrong = Object.entries(catalogue).filter(([key, entry]) => {
        const english = en[key as keyof typeof en];
        if (typeof entry === 'string') return typeof english !== 'string';
        const forms = Object.keys(entry);
        const counted = typeof english !== 'string' || placesOf(entry.other).includes('count');
        return !counted || !forms.every((form) => categories.has(form)) || (categories.has('one') && !('one' in entry));
      });
      expect(wrong.map(([key]) => key)).toEqual([]);
    });

    it('names its own language for the html lang attribute', () => {
      expect(makeWords(lang).t('site.lang')).toBe(lang);
    });
  });

  it.each([
    ['en', '31 Jan 2027', 'Sep 2027', '2.5', '67%', '3 weeks ago', 'overdue by 1 day', '1 step', '2 steps'],
    ['es', '31 ene 2027', 'sept 2027', '2,5', '67\u00a0%', 'hace 3 semanas', 'con 1 día de retraso', '1 paso', '2 pasos'],
    ['de', '31. Jan. 2027', 'Sept. 2027', '2,5', '67\u00a0%', 'vor 3 Wochen', 'seit 1 Tag überfällig', '1 Schritt', '2 Schritte'],
  ])('writes dates, numbers, distances and plurals in %s', (lang, day, month, number, percent, ago, overdue, one, two) => {
    const words = makeWords(lang);
    const when = (days: number, unit: 'day' | 'week', count: number) => ({ date: '', day: '', days, span: { unit, count } });
    expect(words.date('2027-01-31')).toBe(day);
    expect(words.date('2027-09')).toBe(month);
    expect(words.number(2.5)).toBe(number);
    expect(words.percent(0.67)).toBe(percent);
    expect(words.relative(when(-21, 'week', 3))).toBe(ago);
    expect(words.relative(when(-1, 'day', 1), 'deadline')).toBe(overdue);
    expect([words.t('count.steps', { count: 1 }), words.t('count.steps', { count: 2 })]).toEqual([one, two]);
  });

  it('reads a language it has no catalogue for in English', () => {
    const words = makeWords('vi');
    expect([words.lang, words.t('site.skip'), words.date('2027-01-31')]).toEqual(['en', 'Skip to content', '31 Jan 2027']);
  });
});
