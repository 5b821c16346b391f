// Facts about many plans at once, added up from each plan's own facts: the
// portfolio page, the portfolio PDF's cover and plans.json state the same.
import type { Plan } from '../schema/plan.js';
import type { Deadline, NextAction, PlanFacts } from './types.js';

/** Names in the reader's order; one collator, since String#localeCompare makes one per call. */
export const compareNames = new Intl.Collator().compare;

/** What a portfolio-wide fact needs of a plan. */
export interface PlanWithFacts {
  plan: Plan;
  facts: PlanFacts;
}

/** Totals across plans. */
export type PortfolioTotals = ReturnType<typeof sumPortfolio>;

/** Adds up the facts of many plans. */
export function sumPortfolio(plans: readonly PlanWithFacts[]) {
  const sum = (f: (p: PlanWithFacts) => number) => plans.reduce((n, p) => n + f(p), 0);
  return {
    plans: plans.length,
    /** Plans with status `active`. */
    active: plans.filter((p) => p.plan.status === 'active').length,
    people: new Set(plans.map((p) => p.plan.owner)).size,
    goals: sum((p) => p.facts.goalCounts.total),
    goalsDone: sum((p) => p.facts.goalCounts.done),
    steps: sum((p) => p.facts.progress.total),
    stepsDone: sum((p) => p.facts.progress.done),
    stepsOverdue: sum((p) => p.facts.stepsOverdue),
    /** Open goals and steps past due. */
    overdue: sum((p) => p.facts.overdue.length),
    /** Plans whose next review is today or past. */
    reviewsDue: plans.filter((p) => p.facts.review.due).length,
    evaluations: {
      yes: sum((p) => p.facts.evaluations.yes),
      partly: sum((p) => p.facts.evaluations.partly),
      no: sum((p) => p.facts.evaluations.no),
      total: sum((p) => p.facts.evaluations.total),
    },
  };
}

/** A deadline with the plan it belongs to. */
export type WithPlan<T, P> = T & { plan: P };

/** Every plan's open deadlines and next review, overdue and upcoming, soonest first (then by owner, then by goal). */
export function listPortfolioDeadlines<P extends PlanWithFacts>(plans: readonly P[]): { overdue: WithPlan<Deadline, P>[]; upcoming: WithPlan<Deadline, P>[] } {
  // A portfolio of 1,000 plans has thousands of deadlines, and watch mode
  // lists them again on every save: each gets one number to sort by (day,
  // then owner, then goal), rather than names compared in every comparison.
  const rank = rankByOwner(plans);
  const entries: { deadline: WithPlan<Deadline, P>; key: number }[] = [];
  for (const plan of plans) {
    const { next } = plan.facts.review;
    const review: Deadline[] = next ? [{ kind: 'review', goalIndex: -1, goalId: '', title: plan.plan.title, when: next }] : [];
    for (const d of [...plan.facts.overdue, ...plan.facts.upcoming, ...review]) {
      const deadline = { kind: d.kind, goalIndex: d.goalIndex, stepIndex: d.stepIndex, goalId: d.goalId, title: d.title, when: d.when, plan };
      entries.push({ deadline, key: (d.when.days * plans.length + rank.get(plan)!) * 4096 + d.goalIndex + 1 });
    }
  }
  const sorted = entries.sort((a, b) => a.key - b.key).map((entry) => entry.deadline);
  return { overdue: sorted.filter((d) => d.when.days < 0), upcoming: sorted.filter((d) => d.when.days >= 0) };
}

/**
 * The next open steps across plans, at most `limit` (no more than each plan
 * keeps of its own): dated ones by due day, the most overdue first, then by
 * owner; undated ones after them.
 */
export function listPortfolioNextActions<P extends PlanWithFacts>(plans: readonly P[], limit: number): WithPlan<NextAction, P>[] {
  const rank = rankByOwner(plans);
  const entries: { action: NextAction; plan: P; day: number; rank: number }[] = [];
  for (const plan of plans) {
    for (const action of plan.facts.nextActions) entries.push({ action, plan, day: action.when?.days ?? Number.POSITIVE_INFINITY, rank: rank.get(plan)! });
  }
  return entries
    .sort((a, b) => a.day - b.day || a.rank - b.rank || a.action.goalIndex - b.action.goalIndex || a.action.stepIndex - b.action.stepIndex)
    .slice(0, limit)
    .map(({ action, plan }) => ({ ...action, plan }));
}

/**
 * Each plan's place in owner order (plans of one owner as given). Owners
 * are fewer than plans, so they are what gets compared by name: watch mode
 * orders a thousand plans this way on every save, for every person too.
 */
export function rankByOwner<P extends PlanWithFacts>(plans: readonly P[]): Map<P, number> {
  const owners = rankNames(plans.map((p) => p.plan.owner));
  return new Map(plans.map((plan, i) => [plan, owners.get(plan.plan.owner)! * plans.length + i]));
}

/** Each distinct name's place in the reader's order. */
export function rankNames(names: readonly string[]): Map<string, number> {
  return new Map([...new Set(names)].sort(compareNames).map((name, i) => [name, i]));
}

/**
 * Plans in the reader's order, which the site's lists and portfolio.pdf
 * share: by owner's name, each owner's newest plan first (by `created`).
 */
export function sortPlansForReaders<P extends Pick<PlanWithFacts, 'plan'>>(plans: readonly P[]): P[] {
  const owners = rankNames(plans.map((p) => p.plan.owner));
  const newestFirst = (a: P, b: P) => (a.plan.created < b.plan.created ? 1 : a.plan.created > b.plan.created ? -1 : 0);
  return [...plans].sort((a, b) => owners.get(a.plan.owner)! - owners.get(b.plan.owner)! || newestFirst(a, b));
}
