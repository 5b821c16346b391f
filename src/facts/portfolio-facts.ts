// Facts about many plans at once, added up from each plan's own facts: the
// portfolio page, the portfolio PDF's cover and plans.json state the same.
import type { Plan } from '../schema/plan.js';
import type { Deadline, NextAction, PlanFacts } from './types.js';

/** What a portfolio-wide fact needs of a plan. */
export interface PlanWithFacts {
  plan: Plan;
  facts: PlanFacts;
}

/** Totals across plans. */
export interface PortfolioTotals {
  plans: number;
  /** Plans with status `active`. */
  active: number;
  people: number;
  goals: number;
  goalsDone: number;
  steps: number;
  stepsDone: number;
  stepsOverdue: number;
  /** Open goals and steps past due. */
  overdue: number;
  /** Plans whose next review is today or past. */
  reviewsDue: number;
  evaluations: { yes: number; partly: number; no: number; total: number };
}

/** Adds up the facts of many plans. */
export function sumPortfolio(plans: readonly PlanWithFacts[]): PortfolioTotals {
  const sum = (f: (p: PlanWithFacts) => number) => plans.reduce((n, p) => n + f(p), 0);
  return {
    plans: plans.length,
    active: plans.filter((p) => p.plan.status === 'active').length,
    people: new Set(plans.map((p) => p.plan.owner)).size,
    goals: sum((p) => p.facts.goalCounts.total),
    goalsDone: sum((p) => p.facts.goalCounts.done),
    steps: sum((p) => p.facts.progress.total),
    stepsDone: sum((p) => p.facts.progress.done),
    stepsOverdue: sum((p) => p.facts.stepsOverdue),
    overdue: sum((p) => p.facts.overdue.length),
    reviewsDue: plans.filter((p) => p.facts.review.due).length,
    evaluations: {
      yes: sum((p) => p.facts.evaluations.yes),
      partly: sum((p) => p.facts.evaluations.partly),
      no: sum((p) => p.facts.evaluations.no),
      total: sum((p) => p.facts.evaluations.total),
    },
  };
}

/** A deadline, or a next action, with the plan it belongs to. */
export type WithPlan<T, P> = T & { plan: P };

/** Every plan's open deadlines, overdue and upcoming, soonest first (then by owner). */
export function listPortfolioDeadlines<P extends PlanWithFacts>(plans: readonly P[]): { overdue: WithPlan<Deadline, P>[]; upcoming: WithPlan<Deadline, P>[] } {
  const all = plans.flatMap((plan) => [...plan.facts.overdue, ...plan.facts.upcoming].map((d) => ({ ...d, plan })));
  const byDay = (a: WithPlan<Deadline, P>, b: WithPlan<Deadline, P>) =>
    a.when.days - b.when.days || a.plan.plan.owner.localeCompare(b.plan.plan.owner) || a.goalIndex - b.goalIndex;
  return { overdue: all.filter((d) => d.when.days < 0).sort(byDay), upcoming: all.filter((d) => d.when.days >= 0).sort(byDay) };
}

/** The next actions of many plans together: dated ones by due day, then undated ones; at most `limit`. */
export function listPortfolioActions<P extends PlanWithFacts>(plans: readonly P[], limit: number): WithPlan<NextAction, P>[] {
  const all = plans.flatMap((plan) => plan.facts.nextActions.map((action) => ({ ...action, plan })));
  const dated = all.filter((a) => a.when).sort((a, b) => a.when!.days - b.when!.days || a.plan.plan.owner.localeCompare(b.plan.plan.owner));
  return [...dated, ...all.filter((a) => !a.when)].slice(0, limit);
}
