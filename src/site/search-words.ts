// Words for search where the search index cannot find them. Lao, Khmer and
// Burmese run words together without spaces, as Chinese and Thai do, but
// Pagefind splits none of them into words: a word from the middle of a
// sentence was never found, only a whole run up to the next space. Tibetan
// joins its syllables with a tsheg (་), where Pagefind does not split a page's
// text either (it does split a query there). The runtime's ICU has
// dictionaries for the first three and splits Tibetan into syllables
// (Intl.Segmenter), so a page in one of them carries its own words split
// apart, in an attribute Pagefind indexes (data-pagefind-index-attrs on a
// hidden element), in reading order, so that an excerpt of them still reads
// as the plan does.
import type { LoadedPlan } from '../load/types.js';
import { listOwnWords } from '../facts/text-language.js';

/** Languages Planfolio splits into words for search (their primary subtags): Pagefind does not. Tibetan and Dzongkha into syllables. */
const SPLIT_HERE = new Set(['lo', 'km', 'my', 'bo', 'dz']);

const LETTER = /\p{L}/u;

/** A Segmenter per language: making one loads ICU's dictionary for it. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The primary subtag of a language Planfolio splits into words for search, or undefined. */
function findSplitLanguage(language: string | undefined): string | undefined {
  const primary = language?.toLowerCase().split('-')[0];
  return primary && SPLIT_HERE.has(primary) ? primary : undefined;
}

/**
 * Some texts in a language split into its words, in order, one space between
 * each, punctuation, spaces and figures left out; undefined for a language the search
 * index splits by itself (or none).
 */
export function splitSearchWords(texts: readonly string[], language: string | undefined): string | undefined {
  const primary = findSplitLanguage(language);
  if (!primary) return undefined;
  let segmenter = segmenters.get(primary);
  if (!segmenter) segmenters.set(primary, (segmenter = new Intl.Segmenter(primary, { granularity: 'word' })));
  const words: string[] = [];
  // Words with letters: figures (dates, amounts) are found as the page has them.
  for (const text of texts) for (const part of segmenter.segment(text)) if (part.isWordLike && LETTER.test(part.segment)) words.push(part.segment);
  return words.length > 0 ? words.join(' ') : undefined;
}

/** A plan's own words (those its language is told from) and its notes, split for search when its language needs it. */
export function splitPlanSearchWords(plan: LoadedPlan): string | undefined {
  const language = plan.facts.language;
  return findSplitLanguage(language) ? splitSearchWords([...listOwnWords(plan.plan), plan.body], language) : undefined;
}
