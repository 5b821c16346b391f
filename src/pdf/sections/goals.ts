// Goals, like the site's goals partial: each goal's header band (kicker,
// title, status), its timeline, progress and measure, outcome and skills,
// then its steps as a checklist. States, counts and dates are the facts';
// a goal's header keeps its first step, and carried-over steps say whose they are.
import type { Goal } from '../../schema/goal.js';
import type { GoalFacts } from '../../facts/types.js';
import type { Block, StackBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, shapes, sizes, styles } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import { makeFact, makeLabel, makeLabelled, makeSectionHeading, makeText, type PlanInput } from './parts.js';
import { makeStep } from './steps.js';

/** The goals section: a heading with the counts, then every goal. */
export function makeGoals(input: PlanInput): Block[] {
  const { plan, facts, words } = input;
  const { t } = words;
  const note = t('goals.note', {
    goals: t('count.goals', { count: facts.goalCounts.total }),
    done: facts.goalCounts.done,
    steps: t('progress.steps', { done: facts.progress.done, total: facts.progress.total, count: facts.progress.total }),
  });
  return [makeSectionHeading({ id: 'goals', title: t('goals.title') }, note), ...plan.goals.flatMap((goal, i) => makeGoal(input, goal, i))];
}

/** One goal: its opening (kept with its first step), then its other steps. */
function makeGoal(input: PlanInput, goal: Goal, index: number): Block[] {
  const { words } = input;
  const { t } = words;
  const goalFacts = input.facts.goals[index]!;
  const number = index + 1;
  const steps = goal.steps.map((step, s) => makeStep(words, step, goalFacts.steps[s]!, goal.status === 'dropped'));
  const body = (children: Block[], extra: Partial<StackBlock> = {}): StackBlock => ({ kind: 'stack', indent: gap[3], children, ...extra });
  const counts = t('progress.stepsShort', { done: goalFacts.progress.done, total: goalFacts.progress.total });
  const opening: StackBlock = {
    kind: 'stack',
    keep: true,
    before: index > 0 ? gap[5] : 0,
    mark: { id: `goal-${number}`, title: t('pdf.goalBookmark', { number, title: goal.title }), parent: 'goals' },
    children: [
      makeBand(input, goal, goalFacts, number),
      body([
        makeGoalFacts(input, goal, goalFacts),
        { ...makeLabelled(words, t('goal.outcome'), [{ text: goal.outcome, style: styles.body }]), before: gap[3] },
        ...(goal.skills?.length
          ? [{ ...makeLabelled(words, t('goal.develops'), [{ text: goal.skills.join(t('list.separator')), style: { ...styles.small, color: colors.accent } }]), before: gap[1] }]
          : []),
        { kind: 'text', before: gap[3], spans: [makeLabel(words, t('goal.actionSteps')), { text: `  ${counts}`, style: styles.label }] },
      ], { before: gap[2] }),
      ...(steps[0] ? [body([steps[0]], { before: gap[1] })] : []),
    ],
  };
  const carry: Block[] = [{ kind: 'text', keepWithNext: true, spans: [makeLabel(words, t('goal.continued', { number }), { ...styles.label, color: colors.accent })] }];
  return [opening, ...steps.slice(1).map((step) => body([step], { before: gap[1], carry }))];
}

/** The tinted band: kicker and title on the left, status pills on the right. */
function makeBand({ words }: PlanInput, goal: Goal, goalFacts: GoalFacts, number: number): Block {
  const kicker: Span = makeLabel(words, words.t('goal.kicker', { number, kind: words.value(goal.kind) }), { ...styles.label, color: colors.accent });
  const pills = [{ text: words.value(goal.status), tone: toneOf(goal.status) }];
  if (goalFacts.overdue) pills.unshift({ text: words.value('overdue'), tone: toneOf('overdue') });
  return {
    kind: 'stack',
    fill: colors.surface2,
    bar: { color: colors.accent, width: shapes.sideBar + 0.5 },
    pad: { x: gap[3], top: gap[2], bottom: gap[2] },
    children: [
      {
        kind: 'row',
        gap: gap[3],
        cells: [
          { grow: 1, blocks: [{ kind: 'text', spans: [kicker] }, makeText(goal.title, { face: 'semibold', size: sizes.lead, color: goal.status === 'dropped' ? colors.muted : colors.text }, { lineHeight: 1.3, before: gap[0] })] },
          { fit: true, blocks: [{ kind: 'pills', align: 'right', pills }] },
        ],
      },
    ],
  };
}

/** Timeline, progress and measure side by side. */
function makeGoalFacts({ words }: PlanInput, goal: Goal, goalFacts: GoalFacts): Block {
  const { t } = words;
  const timeline: Block[] = [makeText(words.span(goal.start, goal.due), goalFacts.overdue ? { ...styles.smallStrong, color: colors.bad } : styles.small)];
  if (goalFacts.overdue) timeline.push(makeText(t('pdf.overdue'), { ...styles.smallStrong, color: colors.bad }));
  const { progress } = goalFacts;
  const measure = goal.measure;
  const measureBlocks: Block[] = measure
    ? [
        makeText(`${t('goal.measureLine', { current: words.number(measure.current ?? measure.baseline ?? 0), target: words.number(measure.target) })}${measure.unit ? ` ${measure.unit}` : ''}`, styles.small),
        ...(measure.baseline !== undefined ? [makeText(t('goal.measureStart', { baseline: words.number(measure.baseline) }), styles.muted)] : []),
      ]
    : [makeText(t('dash'), styles.muted)];
  return {
    kind: 'row',
    gap: gap[3],
    cells: [
      { grow: 1, blocks: [makeFact(words, t('goal.timeline'), timeline)] },
      {
        grow: 1,
        blocks: [makeFact(words, t('fact.progress'), [makeText(t('progress.steps', { done: progress.done, total: progress.total, count: progress.total }), styles.small), { kind: 'bar', ratio: progress.ratio, tone: progress.ratio >= 1 ? 'good' : 'accent', width: sizes.body * 12 }])],
      },
      { grow: 1, blocks: [makeFact(words, t('goal.measure'), measureBlocks)] },
    ],
  };
}
