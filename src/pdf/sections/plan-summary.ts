// A plan on one page, for a portfolio too large to draw every plan in full:
// the plan's own head (who, status, progress, next deadline and review),
// a link to the plan's own PDF, then its goals, one row each, with their state.
import type { Block } from '../layout/blocks.js';
import { colors, gap, styles } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import { makeHead } from './head.js';
import { makeBar, makeLabel, makeSectionHeading, makeTable, makeText, themeOf, type Column, type PlanInput } from './parts.js';

/** Where the plan's own PDF is: its file name, and the address the link opens. */
export interface PlanPdfLink {
  name: string;
  href: string;
}

/**
 * The summary of a plan with its first `goalsShown` goals (default all);
 * the rest are counted in a line that points to the plan's own PDF.
 */
export function makePlanSummary(input: PlanInput, pdf: PlanPdfLink, goalsShown = input.plan.goals.length): Block[] {
  const { plan, facts, words } = input;
  const { t } = words;
  const theme = themeOf(input);
  const link: Block = {
    kind: 'text',
    before: gap[3],
    spans: [makeLabel(words, t('pdf.summary.fullPlan')), { text: '  ', style: styles.body }, { text: pdf.name, style: { ...styles.small, color: theme.accent, link: pdf.href } }],
  };
  const columns: Column[] = [
    { title: t('pdf.summary.goal'), grow: 46 },
    { title: t('fact.status'), grow: 18 },
    { title: t('fact.progress'), grow: 20 },
    { title: t('pdf.summary.due'), grow: 16 },
  ];
  const rows = plan.goals.slice(0, goalsShown).map((goal, i) => {
    const goalFacts = facts.goals[i]!;
    const pills = [{ text: words.value(goal.status), tone: toneOf(goal.status) }];
    if (goalFacts.overdue) pills.push({ text: words.value('overdue'), tone: toneOf('overdue') });
    const { progress } = goalFacts;
    const dropped = goal.status === 'dropped';
    return {
      cells: [
        [makeText(goal.title, dropped ? { ...styles.small, color: colors.muted } : styles.small)],
        [{ kind: 'pills', pills } satisfies Block],
        // A dropped goal is out of every count, so it gets no bar (as in the plan's own PDF).
        dropped ? [] : [makeText(t('progress.stepsShort', { done: progress.done, total: progress.total }) + t('list.separator') + words.percent(progress.ratio), styles.small), makeBar(progress.ratio)],
        [makeText(words.date(goalFacts.due.date), goalFacts.overdue ? { ...styles.smallStrong, color: colors.bad } : styles.small)],
      ],
    };
  });
  const hidden = plan.goals.length - rows.length;
  const more = hidden > 0 ? [makeText(t('pdf.summary.moreGoals', { count: hidden }), styles.muted, { before: gap[2] })] : [];
  const note = t('goals.summary', { done: facts.goalCounts.done, total: facts.goalCounts.total });
  return [...makeHead(input), link, makeSectionHeading(theme, { id: 'goals', title: t('goals.title') }, note), ...makeTable(words, columns, rows), ...more];
}
