// Strengths beside weaknesses, like the site's strengths partial: two
// columns of bullets, flowing together when longer than a page.
import type { Block } from '../layout/blocks.js';
import { colors, gap, styles } from '../layout/theme.js';
import { makeList, makeSectionHeading, makeText, spaceFirst, themeOf, type PlanInput } from './parts.js';

/** The strengths and weaknesses section; nothing when both lists are empty. */
export function makeStrengths(input: PlanInput): Block[] {
  const { plan, words } = input;
  const strengths = plan.strengths ?? [];
  const weaknesses = plan.weaknesses ?? [];
  if (strengths.length === 0 && weaknesses.length === 0) return [];
  const { t } = words;
  const column = (title: string, items: string[], color: string): Block[] => [
    makeText(title, { ...styles.strong, color }),
    ...(items.length > 0 ? spaceFirst(makeList(items, color), gap[1]!) : [makeText(t('strengths.none'), styles.muted, { before: gap[1] })]),
  ];
  return [
    makeSectionHeading(themeOf(input), { id: 'strengths', title: t('strengths.title') }),
    {
      kind: 'row',
      gap: gap[5],
      cells: [
        { grow: 1, blocks: column(t('strengths.strengths'), strengths, colors.good) },
        { grow: 1, blocks: column(t('strengths.weaknesses'), weaknesses, colors.warn) },
      ],
    },
  ];
}
