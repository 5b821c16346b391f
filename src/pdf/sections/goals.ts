// Goals, like the site's goals partial: each goal's header band (kicker,
// title, status), its timeline, progress and measure, outcome and skills,
// then its steps as a checklist. States, counts and dates are the facts';
// a goal's header keeps its first step, and carried-over steps say whose they are.
import type { Goal } from '../../schema/goal.js';
import type { Step } from '../../schema/step.js';
import type { GoalFacts, StepFacts } from '../../facts/types.js';
import type { Block, StackBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, shapes, sizes, styles, type PdfTheme } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import type { Words } from '../../words/words.js';
import { makeBar, makeFact, makeLabel, makeLabelled, makeSectionHeading, makeText, themeOf, type PlanInput } from './parts.js';

/** The goals section: a heading with the counts, then every goal. */
export function makeGoals(input: PlanInput): Block[] {
  const { plan, facts, words } = input;
  const theme = themeOf(input);
  const { t } = words;
  const counts = facts.goalCounts;
  let note = t('goals.note', {
    goals: t('count.goals', { count: counts.total }),
    done: counts.done,
    steps: t('progress.steps', { done: facts.progress.done, total: facts.progress.total, count: facts.progress.total }),
  });
  if (counts.dropped > 0) note += `${t('list.separator')}${t('goals.dropped', { count: counts.dropped })}`;
  return [makeSectionHeading(theme, { id: 'goals', title: t('goals.title') }, note), ...plan.goals.flatMap((goal, i) => makeGoal(words, theme, goal, facts.goals[i]!, i + 1))];
}

/** One goal: its opening (kept with its first step), then its other steps. */
function makeGoal(words: Words, theme: PdfTheme, goal: Goal, goalFacts: GoalFacts, number: number): Block[] {
  const { t } = words;
  const steps = goal.steps.map((step, s) => makeStep(words, theme, step, goalFacts.steps[s]!, goal.status === 'dropped'));
  const body = (children: Block[], extra: Partial<StackBlock> = {}): StackBlock => ({ kind: 'stack', indent: gap[3], children, ...extra });
  const counts = t('progress.stepsShort', { done: goalFacts.progress.done, total: goalFacts.progress.total });
  const opening: StackBlock = {
    kind: 'stack',
    keep: true,
    before: number > 1 ? gap[5] : 0,
    mark: { id: `goal-${number}`, title: t('pdf.goalBookmark', { number, title: goal.title }), parent: 'goals' },
    children: [
      makeBand(words, theme, goal, goalFacts, number),
      body([
        makeGoalFacts(words, goal, goalFacts),
        ...makeEnding(words, goal, goalFacts),
        makeLabelled(words, t('goal.outcome'), goal.outcome, styles.body, gap[3]),
        ...(goal.skills?.length ? [makeLabelled(words, t('goal.develops'), goal.skills.join(t('list.separator')), { ...styles.small, color: theme.accent }, gap[1])] : []),
        { kind: 'text', before: gap[3], spans: [makeLabel(words, t('goal.actionSteps')), { text: `  ${counts}`, style: styles.label }] },
      ], { before: gap[2] }),
      ...(steps[0] ? [body([steps[0]], { before: gap[1] })] : []),
    ],
  };
  const carry: Block[] = [{ kind: 'text', keepWithNext: true, spans: [makeLabel(words, t('goal.continued', { number }), { ...styles.label, color: theme.accent })] }];
  return [opening, ...steps.slice(1).map((step) => body([step], { before: gap[1], carry }))];
}

/** The tinted band: kicker and title on the left, status pills on the right. */
function makeBand(words: Words, theme: PdfTheme, goal: Goal, goalFacts: GoalFacts, number: number): Block {
  const kicker: Span = makeLabel(words, words.t('goal.kicker', { number, kind: words.value(goal.kind) }), { ...styles.label, color: theme.accent });
  const pills = [{ text: words.value(goal.status), tone: toneOf(goal.status) }];
  if (goalFacts.overdue) pills.unshift({ text: words.value('overdue'), tone: toneOf('overdue') });
  const title = makeText(goal.title, { face: 'semibold', size: sizes.lead, color: goal.status === 'dropped' ? colors.muted : colors.text }, { lineHeight: 1.3, before: gap[0] });
  return {
    kind: 'stack',
    fill: colors.surface2,
    bar: { color: theme.accent, width: shapes.sideBar + 0.5 },
    pad: { x: gap[3], top: gap[2], bottom: gap[2] },
    children: [
      {
        kind: 'row',
        gap: gap[3],
        cells: [
          { grow: 1, blocks: [{ kind: 'text', spans: [kicker] }, title] },
          { fit: true, blocks: [{ kind: 'pills', align: 'right', pills }] },
        ],
      },
    ],
  };
}

/** Timeline beside progress: the goal's share, its steps and, when it has one, its measure. */
function makeGoalFacts(words: Words, goal: Goal, goalFacts: GoalFacts): Block {
  const { t } = words;
  const overdue = { ...styles.smallStrong, color: colors.bad };
  const timeline: Block[] = [makeText(words.span(goal.start, goal.due), goalFacts.overdue ? overdue : styles.small)];
  if (goalFacts.overdue) timeline.push(makeText(t('pdf.overdue'), overdue));
  const { progress, measure } = goalFacts;
  const steps = t('progress.steps', { done: progress.done, total: progress.total, count: progress.total });
  // A dropped goal has no bar to fill, as on the site: only what was done before it was dropped.
  const shown: Block[] =
    goalFacts.state === 'dropped'
      ? [makeText(steps, styles.muted)]
      : [makeText(`${words.percent(progress.ratio)}${t('list.separator')}${steps}`, styles.small), makeBar(progress.ratio, sizes.body * 12)];
  if (measure) {
    const line = t('progress.measure', { current: words.number(measure.current), target: words.number(measure.target), unit: measure.unit ?? '' }).trim();
    shown.splice(1, 0, makeText(line, styles.small));
    if (goal.measure?.baseline !== undefined) shown.splice(2, 0, makeText(t('goal.measureStart', { baseline: words.number(measure.baseline) }), styles.muted));
  } else if (goal.measure) {
    // A measure with no value yet: its target still says what the goal is for.
    const { target, unit } = goal.measure;
    shown.splice(1, 0, makeText(`${t('goal.measureTarget')} ${words.number(target)}${unit ? ` ${unit}` : ''}`, styles.muted));
  }
  return {
    kind: 'row',
    gap: gap[3],
    cells: [
      { grow: 1, blocks: [makeFact(words, t('goal.timeline'), ...timeline)] },
      { grow: 2, blocks: [makeFact(words, t('fact.progress'), ...shown)] },
    ],
  };
}

/** When a done goal was reached, or why a dropped one was dropped, as on the site. */
function makeEnding(words: Words, goal: Goal, goalFacts: GoalFacts): Block[] {
  const { t } = words;
  const lines: Block[] = [];
  if (goalFacts.completed) lines.push(makeText(t('goal.completed', { date: words.date(goalFacts.completed.date) }), { ...styles.strong, color: colors.good }, { before: gap[3] }));
  if (goal.reason) lines.push(makeText(t('goal.droppedBecause', { reason: goal.reason }), { ...styles.strong, color: colors.muted }, { before: gap[3] }));
  return lines;
}

/**
 * One step, kept on one page (and flowing on when longer than a page), like
 * a step of the site's goals partial: its check box as its state says, its
 * action, then when it was done or is due, what it needs and how it turned
 * out. Everything sits under the action, so text copied out of the PDF keeps
 * the action in one piece.
 */
function makeStep(words: Words, theme: PdfTheme, step: Step, facts: StepFacts, dropped: boolean): Block {
  const { t } = words;
  const separator = (): Span => ({ text: t('list.separator'), style: styles.muted });
  const meta: Span[] = [];
  if (facts.state === 'done') {
    const done = facts.doneWithGoal || !step.done ? t('step.doneWithGoal') : t('step.doneOn', { date: words.date(step.done) });
    meta.push({ text: done, style: { ...styles.smallStrong, color: colors.good } });
    if (facts.late) meta.push(separator(), { text: t('step.late'), style: styles.muted });
  }
  if (facts.state === 'dropped') meta.push({ text: t('step.droppedWithGoal'), style: styles.muted });
  const overdue = { ...styles.smallStrong, color: colors.bad };
  if (facts.due) {
    if (meta.length > 0) meta.push(separator());
    meta.push({ text: t('step.due', { date: words.date(facts.due.date) }), style: facts.state === 'overdue' ? overdue : styles.small });
    if (facts.state === 'overdue') meta.push(separator(), { text: t('pdf.overdue'), style: overdue });
  } else if (facts.state === 'open' || facts.state === 'overdue') {
    meta.push({ text: t('step.noDue'), style: styles.muted });
  }
  const text: Block[] = [makeText(step.action, dropped ? { ...styles.body, color: colors.muted } : styles.body)];
  if (meta.length > 0) text.push({ kind: 'text', spans: meta, before: gap[0] });
  if (step.resources?.length) {
    text.push({ kind: 'text', before: gap[0], spans: [makeLabel(words, t('step.needs')), { text: `  ${step.resources.join(t('list.separator'))}`, style: styles.muted }] });
  }
  const evaluation = step.evaluation;
  if (evaluation) {
    const spans: Span[] = [{ text: t(`worth.${evaluation.worth}`), style: { ...styles.smallStrong, color: theme.tones[toneOf(evaluation.worth)].text } }];
    if (evaluation.note) spans.push({ text: `: ${evaluation.note}`, style: styles.muted });
    text.push({ kind: 'text', spans, before: gap[0] });
  }
  text.push({ kind: 'rule', color: colors.border, width: shapes.hairline, before: gap[2] });
  const check: Block = { kind: 'check', state: facts.state };
  return { kind: 'stack', keep: true, children: [{ kind: 'row', gap: gap[2], cells: [{ width: shapes.check, blocks: [check] }, { grow: 1, blocks: text }] }] };
}
