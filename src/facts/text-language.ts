// The language a plan's own words are in, as far as the plan tells: its
// `lang` when given, else its letters when they can only be one language
// (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese, Tibetan). The site
// marks the plan's words with it, so a screen reader reads them in that
// language, and search needs it: Chinese, Japanese, Thai, Lao, Khmer and
// Burmese run words together without spaces, Tibetan joins its syllables with
// a mark the index does not split at, and search finds a word from inside a
// sentence only when it knows the language (a Chinese plan indexed as English
// text was found by the first word of each sentence only).
import type { Plan } from '../schema/plan.js';

const LETTERS = /\p{L}/gu;
/**
 * The blocks of the letters that can tell a language here (Thai, Lao,
 * Tibetan, Myanmar, Khmer, Hangul, kana, Han, and the surrogates of Han beyond
 * the first plane), as plain ranges: most plans have none, and a look for them
 * costs a fraction of counting scripts.
 */
const TELLING_BLOCKS = /[\u0E00-\u0FFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFFDC]|[\uD840-\uD8BF]/;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const HANGUL = /\p{Script=Hangul}/gu;
/**
 * Scripts of one language each, as far as plans go (Myanmar's letters also
 * write Shan and Mon, Tibetan's Dzongkha: a plan in one of those says its `lang`).
 */
const ONE_LANGUAGE_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Myanmar}/gu, 'my'],
  [/\p{Script=Tibetan}/gu, 'bo'],
];
/** Kana in Japanese prose run to a good part of its letters; a few katakana in Chinese text are a name. */
const KANA_IN_JAPANESE = 0.1;

/**
 * The plan's language (BCP 47): its `lang`, else `ko`, `ja`, `th`, `lo`,
 * `km`, `my`, `bo` or `zh` when at least a third of the letters of its own
 * words are Hangul, kana and Han, Thai, Lao, Khmer, Myanmar, Tibetan, or Han
 * (the owner's name alone in Chinese leaves an English plan English), else none.
 */
export function findTextLanguage(plan: Plan, body: string): string | undefined {
  if (plan.lang) return plan.lang;
  const words = [...listOwnWords(plan), body];
  if (!words.some((text) => TELLING_BLOCKS.test(text))) return undefined;
  const text = words.join('\n');
  const count = (letters: RegExp) => text.match(letters)?.length ?? 0;
  const [letters, kana, han, hangul] = [count(LETTERS), count(KANA), count(HAN), count(HANGUL)];
  if (letters === 0) return undefined;
  if (hangul >= letters / 3) return 'ko';
  if (kana >= letters * KANA_IN_JAPANESE && kana + han >= letters / 3) return 'ja';
  for (const [script, language] of ONE_LANGUAGE_SCRIPTS) if (count(script) >= letters / 3) return language;
  if (han + kana >= letters / 3) return 'zh';
  return undefined;
}

/** The language every one of some plans is in, when they agree (a person's page holds all of theirs). */
export function findSharedLanguage(languages: readonly (string | undefined)[]): string | undefined {
  const [first] = languages;
  return first !== undefined && languages.every((language) => language === first) ? first : undefined;
}

/** Every piece of text the plan's writer wrote, names and dates aside: each string value but the few that are codes. */
export function listOwnWords(value: unknown, key = '', into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!CODE_KEYS.has(key)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) listOwnWords(item, key, into);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const name in value) listOwnWords((value as Record<string, unknown>)[name], name, into);
  }
  return into;
}

/** Fields whose values are codes or names rather than the writer's prose. */
const CODE_KEYS = new Set(['id', 'owner', 'mentor', 'status', 'kind', 'worth', 'lang', 'url', 'term']);
