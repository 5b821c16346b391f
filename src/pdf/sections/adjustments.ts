// Adjustments, like the site's adjustments partial: a dated log of why goals
// or timelines moved.
import type { Block } from '../layout/blocks.js';
import { colors, gap, sizes, styles } from '../layout/theme.js';
import { BODY_LINE, makeSectionHeading, makeText, makeValue, themeOf, type PlanInput } from './parts.js';

/** The adjustments section; nothing without adjustments. */
export function makeAdjustments(input: PlanInput): Block[] {
  const { plan, words } = input;
  const theme = themeOf(input);
  const items = (plan.adjustments ?? []).filter((a) => a.date || a.note);
  if (items.length === 0) return [];
  const { t } = words;
  const rows = items.map(
    (item, i): Block => ({
      kind: 'row',
      gap: gap[3],
      before: i > 0 ? gap[2] : 0,
      cells: [
        {
          width: sizes.body * 7.5,
          blocks: [makeText(item.date ? words.date(item.date) : t('adjustments.undated'), item.date ? { ...styles.smallStrong, color: theme.accent } : styles.muted, { lineHeight: BODY_LINE })],
        },
        { grow: 1, blocks: [makeValue(words, item.note)] },
      ],
    }),
  );
  return [makeSectionHeading(theme, { id: 'adjustments', title: t('adjustments.title') }), ...rows];
}
