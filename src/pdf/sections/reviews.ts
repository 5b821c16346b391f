// The review log, like the site's reviews partial and laid out as the
// adjustments are: newest first, each review's date beside what it found,
// what was decided and when the next review was set for.
import type { Block } from '../layout/blocks.js';
import { colors, gap, sizes, styles } from '../layout/theme.js';
import { BODY_LINE, makeLabel, makeList, makeSectionHeading, makeText, makeValue, spaceFirst, themeOf, type PlanInput } from './parts.js';

/** The reviews section; nothing without a review log. */
export function makeReviews(input: PlanInput): Block[] {
  const { facts, words } = input;
  const theme = themeOf(input);
  const log = facts.review.log;
  if (log.length === 0) return [];
  const { t } = words;
  const rows = log.map((review, i): Block => {
    const what: Block[] = [makeValue(words, review.note)];
    if (review.decisions?.length) {
      what.push({ kind: 'text', before: gap[1], keepWithNext: true, spans: [makeLabel(words, t('reviews.decisions'))] });
      what.push(...spaceFirst(makeList(review.decisions, theme.accent), gap[0]!));
    }
    if (review.next) what.push(makeText(t('reviews.nextOn', { date: words.date(review.next) }), styles.muted, { before: gap[1] }));
    return {
      kind: 'row',
      gap: gap[3],
      before: i > 0 ? gap[3] : 0,
      cells: [
        { width: sizes.body * 7.5, blocks: [makeText(words.date(review.date), { ...styles.smallStrong, color: theme.accent }, { lineHeight: BODY_LINE })] },
        { grow: 1, blocks: what },
      ],
    };
  });
  return [makeSectionHeading(theme, { id: 'reviews', title: t('reviews.title') }, t('count.reviews', { count: log.length })), ...rows];
}
