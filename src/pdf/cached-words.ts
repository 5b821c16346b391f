// The words a PDF uses, with their answers kept: a plan asks for the same
// labels, dates and separators hundreds of times, and each answer fills a
// sentence's places anew. Sections still ask through the Words interface.
import { makeWords, type Vars, type WordKey, type Words } from '../words/words.js';

/** Answers kept per wrapped Words; bounded, emptied when full. */
const MAX_KEPT = 20_000;

const wrapped = new WeakMap<Words, Words>();
let english: Words | undefined;

/** The default words (English), made once per process. */
export function findDefaultWords(): Words {
  english ??= keepAnswers(makeWords('en'));
  return english;
}

/** Words that give the same answers as `words`, keeping those of `t` without values, `date` and `value`. */
export function keepAnswers(words: Words): Words {
  const known = wrapped.get(words);
  if (known) return known;
  const kept = new Map<string, string>();
  const ask = (key: string, answer: () => string): string => {
    let text = kept.get(key);
    if (text === undefined) {
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, (text = answer()));
    }
    return text;
  };
  const cached: Words = {
    ...words,
    t: (key: WordKey, vars?: Vars) => (vars ? words.t(key, vars) : ask(`t\u0000${key}`, () => words.t(key))),
    date: (date) => (date === undefined ? words.date(date) : ask(`d\u0000${date}`, () => words.date(date))),
    value: (value) => ask(`v\u0000${value}`, () => words.value(value)),
  };
  wrapped.set(words, cached);
  wrapped.set(cached, cached);
  return cached;
}
