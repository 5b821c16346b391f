// Education, like the site's education partial: what the owner has, whether
// it is enough for the goals, and the courses and credentials still needed.
import type { Block } from '../layout/blocks.js';
import { colors, gap, styles } from '../layout/theme.js';
import { makeLabelled, makeList, makeSectionHeading, makeText, spaceFirst, themeOf, type PlanInput } from './parts.js';

/** The education section; nothing when the plan says nothing about it. */
export function makeEducation(input: PlanInput): Block[] {
  const { plan, words } = input;
  const theme = themeOf(input);
  const education = plan.education;
  const needed = education?.needed ?? [];
  if (!education || (!education.current && education.sufficient === undefined && needed.length === 0)) return [];
  const { t } = words;
  const blocks: Block[] = [makeSectionHeading(theme, { id: 'education', title: t('education.title') })];
  if (education.current) blocks.push(makeLabelled(words, t('education.current'), education.current, styles.body));
  if (education.sufficient !== undefined) {
    const enough = education.sufficient;
    blocks.push(makeText(t(enough ? 'education.enough' : 'education.notEnough'), { ...styles.strong, color: enough ? colors.good : colors.warn }, { before: gap[1] }));
  }
  if (needed.length > 0) {
    blocks.push(makeText(t('education.needed'), styles.strong, { before: gap[3], keepWithNext: true }));
    blocks.push(...spaceFirst(makeList(needed, theme.accent), gap[1]!));
  }
  return blocks;
}
