// Works out the one view of a plan (types.ts) from the validated plan and
// today's date. Every count, state and date the site, the PDFs and the
// exports state comes from here; nothing downstream compares dates again.
import { addMonths, resolveDueDay } from '../dates/calendar.js';
import type { Goal } from '../schema/goal.js';
import type { Plan } from '../schema/plan.js';
import type { Skill } from '../schema/skill.js';
import { layOutSkillRadar } from './skill-radar.js';
import { findTextLanguage } from './text-language.js';
import { layOutTimeline } from './timeline.js';
import type { Deadline, GoalFacts, GoalState, NextAction, PlanFacts, Progress, SkillFacts, StepFacts } from './types.js';
import { makeWhen } from './when.js';

/** How many next actions a plan lists. */
const NEXT_ACTIONS = 5;

const isOpen = (goal: Goal) => goal.status !== 'done' && goal.status !== 'dropped';

/** Done out of total, with the share done. */
export function makeProgress(done: number, total: number): Progress {
  return { done, total, ratio: total === 0 ? 0 : done / total };
}

/** Everything every view states about a plan (front matter and Markdown notes), as of `today`. */
export function deriveFacts(plan: Plan, today: string, body = ''): PlanFacts {
  const goals = plan.goals.map((goal) => deriveGoalFacts(goal, today));
  const deadlines: Deadline[] = [];
  const actions: NextAction[] = [];
  const evaluations = { yes: 0, partly: 0, no: 0, total: 0 };
  let done = 0;
  let total = 0;
  plan.goals.forEach((goal, goalIndex) => {
    const facts = goals[goalIndex]!;
    if (goal.status !== 'dropped') {
      done += facts.progress.done;
      total += facts.progress.total;
    }
    goal.steps.forEach((step, stepIndex) => {
      if (step.evaluation) {
        evaluations[step.evaluation.worth] += 1;
        evaluations.total += 1;
      }
      const { state, due } = facts.steps[stepIndex]!;
      if (state !== 'open' && state !== 'overdue') return;
      const base = { goalIndex, stepIndex, goalId: goal.id, title: step.action };
      actions.push({ ...base, overdue: state === 'overdue', ...(due ? { when: due } : {}) });
      if (due) deadlines.push({ kind: 'step', ...base, when: due });
    });
    if (isOpen(goal)) deadlines.push({ kind: 'goal', goalIndex, goalId: goal.id, title: goal.title, when: facts.due });
  });

  const byDay = (a: Deadline, b: Deadline) => a.when.days - b.when.days || a.goalIndex - b.goalIndex || (a.stepIndex ?? -1) - (b.stepIndex ?? -1);
  const overdue = deadlines.filter((d) => d.when.days < 0).sort(byDay);
  const upcoming = deadlines.filter((d) => d.when.days >= 0).sort(byDay);
  const counts = { total: 0, done: 0, dropped: 0, open: 0 };
  for (const goal of goals) counts[goal.state === 'done' ? 'done' : goal.state === 'dropped' ? 'dropped' : 'open'] += 1;
  counts.total = counts.done + counts.open;
  const counted = goals.filter((g) => g.state !== 'dropped');
  const progressBasis = { status: 0, measure: 0, steps: 0 };
  for (const goal of counted) progressBasis[goal.basis] += 1;
  const ratio = counted.length ? counted.reduce((sum, g) => sum + g.progress.ratio, 0) / counted.length : 0;
  const horizonDay = resolveHorizonDay(plan);
  const skills = (plan.skills ?? []).map(deriveSkillFacts);
  const radar = layOutSkillRadar(plan.skills ?? []);
  // The review log, newest first; its latest review counts as `reviewed`, and its `next` as `nextReview`.
  const reviews = [...(plan.reviews ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const lastReviewed = [reviews[0]?.date, plan.reviewed].filter((d) => d !== undefined).sort().at(-1);
  const nextReviewDay = reviews[0]?.next ?? plan.nextReview;
  const nextReview = nextReviewDay ? makeWhen(nextReviewDay, today) : undefined;
  const language = findTextLanguage(plan, body);

  return {
    today,
    progress: { done, total, ratio },
    progressBasis,
    goals,
    skills,
    skillsToGrow: skills.filter((s) => s.gap !== undefined).length,
    ...(radar ? { skillRadar: radar } : {}),
    goalCounts: counts,
    stepsOverdue: goals.reduce((n, g) => n + g.stepsOverdue, 0),
    overdue,
    overdueCounts: { steps: overdue.filter((d) => d.kind === 'step').length, goals: overdue.filter((d) => d.kind === 'goal').length },
    upcoming,
    ...(upcoming[0] ? { nextDeadline: upcoming[0] } : {}),
    nextActions: actions.sort(byNextAction).slice(0, NEXT_ACTIONS),
    review: {
      ...(lastReviewed ? { last: makeWhen(lastReviewed, today) } : {}),
      ...(nextReview ? { next: nextReview } : {}),
      due: nextReview !== undefined && nextReview.days <= 0,
      log: reviews.map((review) => ({ ...review, when: makeWhen(review.date, today) })),
    },
    evaluations,
    ...(horizonDay ? { horizon: makeWhen(horizonDay, today) } : {}),
    timeline: layOutTimeline(plan, goals, today),
    ...(language ? { language } : {}),
  };
}

/** Dated steps by due day (the most overdue first), then undated ones in plan order. */
function byNextAction(a: NextAction, b: NextAction): number {
  if (a.when && b.when) return a.when.days - b.when.days || a.goalIndex - b.goalIndex || a.stepIndex - b.stepIndex;
  if (a.when || b.when) return a.when ? -1 : 1;
  return a.goalIndex - b.goalIndex || a.stepIndex - b.stepIndex;
}

/** A goal's state, progress and the state of each of its steps. */
function deriveGoalFacts(goal: Goal, today: string): GoalFacts {
  const due = makeWhen(goal.due, today);
  const open = isOpen(goal);
  const overdue = open && due.days < 0;
  const steps = goal.steps.map((step): StepFacts => {
    const stepDue = step.due ? makeWhen(step.due, today) : undefined;
    const late = step.done !== undefined && stepDue !== undefined && step.done > stepDue.day;
    const facts = (state: StepFacts['state'], doneWithGoal = false): StepFacts => ({ state, doneWithGoal, ...(stepDue ? { due: stepDue } : {}), late });
    if (step.done) return facts('done');
    if (goal.status === 'done') return facts('done', true);
    if (goal.status === 'dropped') return facts('dropped');
    return facts(stepDue && stepDue.days < 0 ? 'overdue' : 'open');
  });
  const stepsDone = steps.filter((s) => s.state === 'done').length;
  const state: GoalState = overdue ? 'overdue' : goal.status;
  const stepsProgress = makeProgress(stepsDone, goal.steps.length);
  const measure = readMeasure(goal);
  // Done is complete whatever the numbers say; a measure outranks the steps, which are only the means.
  const basis = goal.status === 'done' ? 'status' : measure ? 'measure' : 'steps';
  const ratio = basis === 'status' ? 1 : measure ? measure.ratio : stepsProgress.ratio;
  return {
    id: goal.id,
    state,
    overdue,
    progress: { ...stepsProgress, ratio },
    basis,
    ...(measure ? { measure } : {}),
    ...(goal.completed ? { completed: makeWhen(goal.completed, today) } : {}),
    stepsOverdue: steps.filter((s) => s.state === 'overdue').length,
    due,
    ...(goal.start ? { start: makeWhen(goal.start, today, 'start') } : {}),
    steps,
  };
}

/**
 * How far a goal's measure has come from its baseline (0 when not given) to
 * its target, 0 to 1; a target below the baseline counts down. None without a
 * current value: the measure has not been read yet.
 */
function readMeasure(goal: Goal): GoalFacts['measure'] {
  const m = goal.measure;
  if (!m || m.current === undefined) return undefined;
  const baseline = m.baseline ?? 0;
  const span = m.target - baseline;
  const ratio = span === 0 ? (m.current === m.target ? 1 : 0) : Math.min(1, Math.max(0, (m.current - baseline) / span));
  return { baseline, current: m.current, target: m.target, ...(m.unit ? { unit: m.unit } : {}), ratio };
}

/** A skill's gap to its target and the cells of its level bar. */
function deriveSkillFacts(skill: Skill): SkillFacts {
  const { level, target } = skill;
  const cells = [0, 1, 2, 3, 4].map((i) => (i < (level ?? 0) ? 'have' : i < (target ?? 0) ? 'gap' : 'empty') as SkillFacts['cells'][number]);
  const gap = target !== undefined && target > (level ?? 0) ? target - (level ?? 0) : undefined;
  return { ...(gap !== undefined ? { gap } : {}), reached: level !== undefined && target !== undefined && level >= target, cells };
}

/** The day a vision aims at: a date as written, or N years/months after the plan was made. */
function resolveHorizonDay(plan: Plan): string | undefined {
  const horizon = plan.vision.horizon;
  if (!horizon) return undefined;
  if (horizon.kind === 'date') return resolveDueDay(horizon.date);
  if (horizon.kind === 'years') return addMonths(plan.created, horizon.amount * 12);
  if (horizon.kind === 'months') return addMonths(plan.created, horizon.amount);
  return undefined;
}
