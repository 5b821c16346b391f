import { addMonths, daysBetween, resolveDueDay } from '../dates/calendar.js';
import type { Goal } from '../schema/goal.js';
import type { Plan } from '../schema/plan.js';
import type { Deadline, GoalFacts, PlanFacts, Progress } from './types.js';

const isOpen = (goal: Goal) => goal.status !== 'done' && goal.status !== 'dropped';

function makeProgress(done: number, total: number): Progress {
  return { done, total, ratio: total === 0 ? 0 : done / total };
}

/** Works out, once, everything views need beyond what the plan says. */
export function deriveFacts(plan: Plan, today: string): PlanFacts {
  const deadlines: Deadline[] = [];
  const evaluations = { yes: 0, partly: 0, no: 0 };
  let done = 0;
  let total = 0;

  const goals = plan.goals.map((goal, goalIndex): GoalFacts => {
    const stepsDone = goal.status === 'done' ? goal.steps.length : goal.steps.filter((s) => s.done).length;
    if (goal.status !== 'dropped') {
      done += stepsDone;
      total += goal.steps.length;
    }
    let overdueSteps = 0;
    goal.steps.forEach((step, stepIndex) => {
      if (step.evaluation) evaluations[step.evaluation.worth] += 1;
      if (!step.due || step.done || !isOpen(goal)) return;
      const deadline = makeDeadline('step', goalIndex, goal, step.action, step.due, today, stepIndex);
      if (deadline.daysLeft < 0) overdueSteps += 1;
      deadlines.push(deadline);
    });
    const goalDeadline = makeDeadline('goal', goalIndex, goal, goal.title, goal.due, today);
    if (isOpen(goal)) deadlines.push(goalDeadline);
    return {
      id: goal.id,
      progress: makeProgress(stepsDone, goal.steps.length),
      overdue: isOpen(goal) && goalDeadline.daysLeft < 0,
      overdueSteps,
      daysLeft: goalDeadline.daysLeft,
    };
  });

  const byDay = (a: Deadline, b: Deadline) => a.daysLeft - b.daysLeft || a.goalIndex - b.goalIndex;
  const overdue = deadlines.filter((d) => d.daysLeft < 0).sort(byDay);
  const upcoming = deadlines.filter((d) => d.daysLeft >= 0).sort(byDay);
  return {
    today,
    progress: makeProgress(done, total),
    goals,
    overdue,
    upcoming,
    nextDeadline: upcoming[0],
    reviewDue: plan.nextReview !== undefined && plan.nextReview <= today,
    evaluations,
    horizonDay: resolveHorizonDay(plan),
  };
}

function makeDeadline(
  kind: Deadline['kind'],
  goalIndex: number,
  goal: Goal,
  title: string,
  due: string,
  today: string,
  stepIndex?: number,
): Deadline {
  const dueDay = resolveDueDay(due);
  return { kind, goalIndex, stepIndex, goalId: goal.id, title, due, dueDay, daysLeft: daysBetween(today, dueDay) };
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
