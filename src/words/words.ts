// Every word a reader sees comes from one catalogue per language (en/, es/,
// de/), through this module: labels, sentences with their values filled in,
// counts in the right plural, dates, numbers and distances in time. The site
// (as Nunjucks globals and filters), the PDFs and the history wording all call it.
import type { Horizon } from '../schema/horizon.js';
import type { Span, When } from '../facts/types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';

/** One entry: a text, or its plural forms by CLDR category (`other` always). */
export type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** The keys every catalogue gives. */
export type WordKey = keyof typeof en;
/** A language's catalogue: every key of the English one. */
export type Catalogue = Record<WordKey, Entry>;
/** Values put into a sentence's `{name}` places; `count` also picks the plural form. */
export type Vars = Record<string, string | number>;

// Other catalogues are typed partial so a missing key fails the catalogue
// test, not the build: at run time it reads in English.
const catalogues: Record<string, Partial<Catalogue>> = { en, es, de };

/** The languages Planfolio ships a catalogue for (BCP 47). */
export const languages = Object.keys(catalogues) as readonly string[];

const PLACE = /\{(\w+)\}/;

/** The words of one language. */
export type Words = ReturnType<typeof createWords>;

/** The words of a language (English when there is no catalogue for it), made once per process. */
export function makeWords(lang = 'en'): Words {
  return wordsByLanguage.get(lang) ?? wordsByLanguage.set(lang, createWords(lang)).get(lang)!;
}

// What the words remember of dates and numbers then serves every page, PDF and rebuild.
const wordsByLanguage = new Map<string, Words>();

function createWords(lang: string) {
  const own = catalogues[lang];
  const catalogue: Catalogue = own ? { ...en, ...own } : en;
  const locale = own ? lang : 'en';
  // Intl's plural rules and number formats take microseconds a call, and a large
  // site asks them the same few counts and ratios hundreds of thousands of times.
  const plurals = new Intl.PluralRules(locale);
  const plural = remember((n: number) => plurals.select(n));
  const months = listMonths(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = remember((n: number) => numbers.format(n));
  const percent = remember((ratio: number) => percents.format(ratio));

  /** The text of a key with its `{name}` places filled in. */
  const t = (key: WordKey, vars: Vars = {}): string => {
    const entry = catalogue[key];
    const text = typeof entry === 'string' ? entry : (entry[plural(Number(vars.count ?? 0))] ?? entry.other);
    return text.indexOf('{') < 0 ? text : fill(text, vars);
  };
  // A portfolio names the same few thousand days again and again: each is written once.
  const writeDate = remember((value: string): string => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    const month = m && months[Number(m[2]) - 1];
    if (!m || !month) return value;
    return m[3] ? t('date.day', { day: Number(m[3]), month, year: m[1]! }) : t('date.month', { month, year: m[1]! });
  });
  /** "31 Jan 2027" for a day, "Jan 2027" for a month; anything else as written. */
  const date = (value: string | undefined): string => (value ? writeDate(value) : '');
  /** "3 months", "1 day": a distance in time. */
  const distance = (span: Span): string => t(`unit.${span.unit}`, { count: span.count });

  return {
    /** The language these words are in: the one asked for when shipped, else English. */
    lang: locale,
    t,
    date,
    /** The year of a date, as written ("2026"). */
    year: (value: string) => value.slice(0, 4),
    /** "15 Jan 2026 – 31 Jan 2027", or "Due 31 Jan 2027" without a start. */
    span: (start: string | undefined, due: string) =>
      start ? t('date.range', { start: date(start), end: date(due) }) : t('date.due', { date: date(due) }),
    distance,
    /** Where a day stands from today: as a deadline ("overdue by 2 days") or as a plain day ("3 months ago"). */
    relative(when: When, as: 'deadline' | 'day' = 'day'): string {
      if (as === 'deadline') {
        if (when.days === 0) return t('relative.dueToday');
        if (when.days === 1) return t('relative.dueTomorrow');
        if (when.days < 0) return t('relative.overdueBy', { distance: distance(when.span) });
        return t('relative.in', { distance: distance(when.span) });
      }
      if (when.days === 0) return t('relative.today');
      return t(when.days > 0 ? 'relative.in' : 'relative.ago', { distance: distance(when.span) });
    },
    /** "5 years (to Jan 2031)", "By Jun 2029", "Retirement". */
    horizon(horizon: Horizon, target?: string): string {
      if (horizon.kind === 'retirement') return t('horizon.retirement');
      if (horizon.kind === 'date') return t('horizon.by', { date: date(horizon.date) });
      const span: Span = { unit: horizon.kind === 'years' ? 'year' : 'month', count: horizon.amount };
      return target ? t('horizon.span', { distance: distance(span), date: date(target.slice(0, 7)) }) : distance(span);
    },
    /** A value of the plan format as a label: `in-progress` as "In progress". */
    value: (value: string) => (`value.${value}` in catalogue ? t(`value.${value}` as WordKey) : value),
    /** "3", "2.5" ("2,5" in Spanish): a number without needless decimals. */
    number,
    /** "67%" ("67 %" in Spanish) from a 0-1 ratio. */
    percent,
  };
}

// A text split at its places once: text, name, text, name, ..., text. A site's pages fill
// hundreds of thousands of sentences, and String.replace with a function took microseconds each.
const splitAtPlaces = remember((text: string) => text.split(PLACE));

/** A text with its `{name}` places filled in; a place with no value stays as written. */
function fill(text: string, vars: Vars): string {
  const parts = splitAtPlaces(text);
  let filled = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    filled += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return filled;
}

/** A function of one value that works each answer out once (the values a site asks for are few). */
function remember<K, V>(work: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = work(key)));
    return value;
  };
}

/**
 * The short month names of a language as Intl.DateTimeFormat writes them in a
 * date ("Sep", "sept", "Sept."); the catalogue's `date.day` and `date.month`
 * put them in the language's order, so English keeps "31 Jan 2027".
 */
function listMonths(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.formatToParts(Date.UTC(2001, i, 15)).find((part) => part.type === 'month')!.value);
}
