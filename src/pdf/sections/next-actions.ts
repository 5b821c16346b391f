// Next actions, like the site's next-actions partial: the plan's next open
// steps as the facts list them (overdue first, then by due day, undated
// last), each with its goal. On paper a due date stays true where "in 2
// weeks" goes stale, so each says its date, and "overdue" when it is.
import type { NextAction } from '../../facts/types.js';
import type { Block } from '../layout/blocks.js';
import { colors, gap, styles } from '../layout/theme.js';
import type { Span } from '../layout/text-layout.js';
import type { Words } from '../../words/words.js';
import { makeSectionHeading, makeText, themeOf, type PlanInput } from './parts.js';

/** The next actions section, on the first page after the head; says so when no step is open. */
export function makeNextActions(input: PlanInput): Block[] {
  const { plan, facts, words } = input;
  const { t } = words;
  const accent = themeOf(input).accent;
  const heading = makeSectionHeading(themeOf(input), { id: 'next-actions', title: t('nextActions.title') });
  if (facts.nextActions.length === 0) return [heading, makeText(t('nextActions.none'), styles.muted)];
  const rows = facts.nextActions.map((action, i) => makeAction(words, action, plan.goals[action.goalIndex]?.title ?? action.goalId, i, accent));
  return [heading, ...rows];
}

/**
 * One action: the step, then when it is due and its goal on the line under
 * it, as a step of the goals section reads. One column, so text copied or
 * read out of the PDF keeps each step with its date and goal.
 */
function makeAction(words: Words, action: NextAction, goalTitle: string, index: number, accent: string): Block {
  const { t } = words;
  const overdue = { ...styles.smallStrong, color: colors.bad };
  const separator = { text: t('list.separator'), style: styles.muted };
  const meta: Span[] = action.when
    ? [{ text: t('step.due', { date: words.date(action.when.date) }), style: action.overdue ? overdue : styles.smallStrong }]
    : [{ text: t('nextActions.noDue'), style: styles.muted }];
  if (action.overdue) meta.push(separator, { text: t('pdf.overdue'), style: overdue });
  meta.push(separator, { text: t('deadline.forGoal', { goal: goalTitle }), style: styles.muted });
  return {
    kind: 'stack',
    keep: true,
    indent: gap[3]! + gap[0]!,
    before: index > 0 ? gap[2] : 0,
    children: [
      { kind: 'text', spans: [{ text: action.title, style: styles.body }], marker: { kind: 'bullet', color: action.overdue ? colors.bad : accent } },
      { kind: 'text', spans: meta, before: gap[0] },
    ],
  };
}
