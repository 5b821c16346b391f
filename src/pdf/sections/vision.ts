// The vision, like the site's vision partial: the statement with an accent
// bar beside it, and its horizon with the day it points at.
import type { Block } from '../layout/blocks.js';
import { colors, gap, shapes, sizes, styles } from '../layout/theme.js';
import { makeLabelled, makeSectionHeading, makeText, themeOf, type PlanInput } from './parts.js';

/** The vision section: always there, since a plan must have a vision. */
export function makeVision(input: PlanInput): Block[] {
  const { plan, facts, words } = input;
  const theme = themeOf(input);
  const { statement, horizon } = plan.vision;
  const blocks: Block[] = [makeSectionHeading(theme, { id: 'vision', title: words.t('vision.title') })];
  blocks.push(
    statement
      ? {
          kind: 'stack',
          indent: gap[4],
          bar: { color: theme.accent, width: shapes.sideBar },
          children: [makeText(statement, { face: 'regular', size: sizes.lead, color: colors.text }, { lineHeight: 1.45 })],
        }
      : makeText(words.t('vision.none'), styles.muted),
  );
  if (horizon) {
    const text = words.horizon(horizon, facts.horizon?.day);
    blocks.push({ kind: 'stack', indent: statement ? gap[4] : 0, before: gap[2], children: [makeLabelled(words, words.t('vision.horizon'), text, styles.strong)] });
  }
  return blocks;
}
