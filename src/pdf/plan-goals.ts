// Goals, each with its outcome, measure, timeline, status and progress, and
// its steps as a checklist. A goal's header never ends a page without its
// first step, and a step is never split across pages.
import { resolveDueDay } from '../dates/calendar.js';
import type { GoalFacts, LoadedPlan } from '../load/types.js';
import type { Goal } from '../schema/goal.js';
import type { Step } from '../schema/step.js';
import type { Bookmark, Canvas } from './canvas.js';
import {
  drawCheckbox,
  drawFactRow,
  drawPill,
  drawProgressBar,
  drawSectionHeading,
  measureFactRow,
  measurePill,
  makeSpans,
  styles,
  pickToneColor,
  type Fact,
} from './draw-parts.js';
import { formatDate, formatNumber, formatSpan, formatWord, formatWorth, toneOf } from '../format/format-values.js';
import type { Span, TextBlock } from './text-layout.js';
import { colors, lineHeight, sizes } from './theme.js';

const STEP_INDENT = 17;

/** Draws the goals section: a heading with a summary, then every goal. */
export function drawGoals(c: Canvas, loaded: LoadedPlan): void {
  const { goals } = loaded.plan;
  const done = goals.filter((g) => g.status === 'done').length;
  const note = `${goals.length} ${goals.length === 1 ? 'goal' : 'goals'} · ${done} done · ${loaded.facts.progress.done} of ${loaded.facts.progress.total} steps`;
  const first = goals[0] ? measureGoalStart(c, loaded, goals[0], 0) : 0;
  const section = drawSectionHeading(c, 'Goals', first, note);
  goals.forEach((goal, i) => drawGoal(c, loaded, goal, i, section));
}

interface GoalParts {
  header: TextBlock;
  pills: { text: string; tone: ReturnType<typeof toneOf> }[];
  facts: Fact[];
  outcome: TextBlock;
  skills?: TextBlock;
  steps: StepParts[];
}

interface StepParts {
  action: TextBlock;
  details?: TextBlock;
  height: number;
}

function makeGoalParts(c: Canvas, loaded: LoadedPlan, goal: Goal, index: number): GoalParts {
  const goalFacts = loaded.facts.goals[index];
  const pills: GoalParts['pills'] = [{ text: formatWord(goal.status), tone: toneOf(goal.status) }];
  if (goalFacts?.overdue) pills.unshift({ text: 'Overdue', tone: 'bad' });
  const pillWidth = pills.reduce((sum, p) => sum + measurePill(c, p.text) + 5, 0);
  const header = c.layout(
    [
      { text: `GOAL ${index + 1} · ${goal.kind.toUpperCase()}\n`, style: { ...styles.label, color: colors.accent } },
      { text: goal.title, style: { face: 'semibold', size: sizes.goalTitle, color: colors.text } },
    ],
    c.contentWidth - 24 - pillWidth,
    1.3,
  );
  const outcome = c.layout(
    [
      { text: 'Outcome  ', style: styles.label },
      { text: goal.outcome, style: styles.body },
    ],
    c.contentWidth - 20,
  );
  const skills = goal.skills?.length
    ? c.layout(
        [
          { text: 'Develops  ', style: styles.label },
          { text: goal.skills.join('  ·  '), style: { ...styles.small, color: colors.accent } },
        ],
        c.contentWidth - 20,
      )
    : undefined;
  const steps = goal.steps.map((step) => makeStepParts(c, step, loaded.facts.today, goal.status));
  return { header, pills, facts: makeGoalFacts(c, goal, goalFacts), outcome, skills, steps };
}

function makeGoalFacts(c: Canvas, goal: Goal, facts: GoalFacts | undefined): Fact[] {
  // No "N days left": it would change the PDF's bytes every day. Overdue
  // flags change only when a deadline passes.
  const progress = facts?.progress;
  const measure = goal.measure;
  return [
    {
      label: 'Timeline',
      value: [
        { text: formatSpan(goal.start, goal.due), style: { ...styles.small, color: facts?.overdue ? colors.bad : colors.text } },
      ],
    },
    {
      label: 'Progress',
      value: [],
      drawHeight: sizes.small * lineHeight + 7,
      draw: (x, y, width) => {
        if (!progress) return 0;
        const block = c.layout(makeSpans(`${progress.done} of ${progress.total} ${progress.total === 1 ? 'step' : 'steps'} done`, styles.small), width);
        c.drawBlock(block, x, y);
        drawProgressBar(c, x, y + block.height + 2, Math.min(width, 110), progress.ratio, progress.ratio >= 1 ? 'good' : 'accent');
        return block.height + 7;
      },
    },
    {
      label: 'Measure',
      value: measure
        ? [
            { text: `Now ${formatNumber(measure.current ?? measure.baseline ?? 0)}, target ${formatNumber(measure.target)}${measure.unit ? ` ${measure.unit}` : ''}`, style: styles.small },
            ...(measure.baseline !== undefined ? [{ text: `\nStarted at ${formatNumber(measure.baseline)}`, style: styles.muted }] : []),
          ]
        : makeSpans('—', styles.muted),
    },
  ];
}

function makeStepParts(c: Canvas, step: Step, today: string, goalStatus: Goal['status']): StepParts {
  // Everything about a step sits under its action, not in a column beside it:
  // text extraction (and copy and paste) then keeps the action in one piece.
  const width = c.contentWidth - 12 - STEP_INDENT;
  const done = step.done !== undefined;
  const action = c.layout(makeSpans(step.action, { ...styles.body, color: goalStatus === 'dropped' ? colors.muted : colors.text }), width);
  const details: Span[] = [];
  const overdue = !done && step.due !== undefined && goalStatus !== 'dropped' && resolveDueDay(step.due) < today;
  if (step.due) {
    details.push({ text: `Due ${formatDate(step.due)}`, style: overdue ? { ...styles.smallBold, color: colors.bad } : styles.small });
    if (overdue) details.push({ text: ' · overdue', style: { ...styles.smallBold, color: colors.bad } });
  }
  if (step.resources?.length) {
    if (details.length > 0) details.push({ text: '   ', style: styles.muted });
    details.push({ text: 'Needs  ', style: styles.label }, { text: step.resources.join('  ·  '), style: styles.muted });
  }
  if (done) {
    if (details.length > 0) details.push({ text: '\n', style: styles.muted });
    details.push({ text: `Done ${formatDate(step.done)}`, style: { ...styles.smallBold, color: colors.good } });
    const evaluation = step.evaluation;
    if (evaluation) {
      details.push({ text: `  ·  ${formatWorth(evaluation.worth)}`, style: { ...styles.smallBold, color: pickToneColor(toneOf(evaluation.worth)) } });
      if (evaluation.note) details.push({ text: `: ${evaluation.note}`, style: styles.mutedItalic });
    }
  }
  const detailBlock = details.length > 0 ? c.layout(details, width) : undefined;
  const height = action.height + (detailBlock ? detailBlock.height + 1 : 0);
  return { action, details: detailBlock, height };
}

// Height of everything that must stay with a goal's title: the header band,
// facts, outcome, skills and the first step.
function measureStart(c: Canvas, parts: GoalParts): number {
  const band = parts.header.height + 16;
  const facts = measureFactRow(c, parts.facts, c.contentWidth - 20, 3);
  const skills = parts.skills ? parts.skills.height + 4 : 0;
  const firstStep = parts.steps[0] ? parts.steps[0].height + 6 : 0;
  // The same sums drawGoal and drawStep move the cursor by.
  return band + 8 + facts + 8 + parts.outcome.height + 4 + skills + 6 + 12 + firstStep;
}

function measureGoalStart(c: Canvas, loaded: LoadedPlan, goal: Goal, index: number): number {
  return measureStart(c, makeGoalParts(c, loaded, goal, index));
}

function drawGoal(c: Canvas, loaded: LoadedPlan, goal: Goal, index: number, section: Bookmark): void {
  const parts = makeGoalParts(c, loaded, goal, index);
  if (index > 0) c.y += 14;
  c.keepTogether(measureStart(c, parts));
  c.bookmark(`${index + 1}. ${goal.title}`, section);

  const band = parts.header.height + 16;
  c.draw.roundedRect(c.left, c.y, c.contentWidth, band, 4).fill(colors.accentPale);
  c.draw.rect(c.left, c.y, 3, band).fill(colors.accent);
  c.drawBlock(parts.header, c.left + 12, c.y + 8);
  let x = c.right - 10;
  for (const pill of [...parts.pills].reverse()) {
    x -= measurePill(c, pill.text);
    drawPill(c, pill.text, pill.tone, x, c.y + 9);
    x -= 5;
  }
  c.y += band + 8;
  c.y += drawFactRow(c, parts.facts, c.left + 12, c.y, c.contentWidth - 20, 3) + 8;
  c.flowBlock(parts.outcome, c.left + 12);
  c.y += 4;
  if (parts.skills) {
    c.flowBlock(parts.skills, c.left + 12);
    c.y += 4;
  }
  c.y += 6;
  const stepsDone = goal.steps.filter((s) => s.done !== undefined).length;
  c.drawBlock(c.layout(makeSpans(`ACTION STEPS  ${stepsDone}/${goal.steps.length}`, styles.label), 200), c.left + 12, c.y);
  c.y += 12;
  goal.steps.forEach((step, i) => drawStep(c, step, parts.steps[i]!, index));
}

function drawStep(c: Canvas, step: Step, parts: StepParts, goalIndex: number): void {
  if (c.keepTogether(parts.height + 6)) {
    // Steps carried over to a new page say which goal they belong to.
    c.drawBlock(c.layout(makeSpans(`GOAL ${goalIndex + 1}, CONTINUED`, { ...styles.label, color: colors.accent }), 200), c.left + 12, c.y);
    c.y += 12;
  }
  const x = c.left + 12;
  const top = c.y + 3;
  drawCheckbox(c, x, top + (parts.action.lines[0]?.height ?? 13) / 2 - 4.5, step.done !== undefined);
  if (c.fitsOnPage(parts.height + 24)) {
    c.drawBlock(parts.action, x + STEP_INDENT, top);
    if (parts.details) c.drawBlock(parts.details, x + STEP_INDENT, top + parts.action.height + 1);
    c.y = top + parts.height + 3;
  } else {
    // A step longer than a page (a very long action) flows on, line by line.
    c.y = top;
    c.flowBlock(parts.action, x + STEP_INDENT);
    if (parts.details) c.flowBlock(parts.details, x + STEP_INDENT);
    c.y += 3;
  }
  c.draw.moveTo(x + STEP_INDENT, c.y).lineTo(c.right, c.y).lineWidth(0.4).stroke(colors.rule);
}
