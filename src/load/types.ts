import type { Plan } from '../schema/plan.js';
import type { Problem } from '../errors/problem.js';

/** Steps done out of all steps that count. */
export interface Progress {
  done: number;
  total: number;
  /** done / total, 0 when there is nothing to count. */
  ratio: number;
}

/** A dated thing that should happen: a goal or one of its steps. */
export interface Deadline {
  kind: 'goal' | 'step';
  /** Index of the goal in `plan.goals`. */
  goalIndex: number;
  /** Index of the step in its goal's `steps` (steps only). */
  stepIndex?: number;
  goalId: string;
  /** The goal's title or the step's action. */
  title: string;
  /** The date as written (`YYYY-MM-DD` or `YYYY-MM`). */
  due: string;
  /** The day it falls due (a month means its last day). */
  dueDay: string;
  /** Days from today to dueDay; negative when overdue. */
  daysLeft: number;
}

/** What every view needs to know about one goal, beyond what was written. */
export interface GoalFacts {
  id: string;
  progress: Progress;
  /** Not done or dropped, and past its due day. */
  overdue: boolean;
  /** Its steps that are not done and past due. */
  overdueSteps: number;
  /** Days from today to its due day; negative when overdue. */
  daysLeft: number;
}

/** Facts derived once by the loader so views never recompute them. */
export interface PlanFacts {
  /** The day facts were computed against (`PLANFOLIO_TODAY` or the build day). */
  today: string;
  /** Steps done out of all steps of goals not dropped (a done goal counts all its steps). */
  progress: Progress;
  goals: GoalFacts[];
  /** Open goals and steps past due, most overdue first. */
  overdue: Deadline[];
  /** Open goals and steps due today or later, soonest first. */
  upcoming: Deadline[];
  /** The soonest open deadline that is not overdue. */
  nextDeadline?: Deadline;
  /** `nextReview` is today or past. */
  reviewDue: boolean;
  /** Counts of evaluations on done steps. */
  evaluations: { yes: number; partly: number; no: number };
  /** The day the vision's horizon points at, when it can be told. */
  horizonDay?: string;
}

/** A plan file that validated, with where it came from and its derived facts. */
export interface LoadedPlan {
  /** Path as shown to people, relative to the working folder (`plans/ana/2026.md`). */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path below the plans folder, with `/` separators (`ana/2026.md`). */
  relativePath: string;
  /** Page slug from the path (`ana/2026`). */
  slug: string;
  /** Site-relative URL of the plan page (`/plans/ana/2026/`). */
  url: string;
  /** The validated front matter. */
  plan: Plan;
  /** The Markdown body after the front matter. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  facts: PlanFacts;
}

/** What loading a plans folder gives: the valid plans and every problem found. */
export interface Portfolio {
  /** Valid plans, sorted by path; drafts included only when asked for. */
  plans: LoadedPlan[];
  /** Every problem in every file, in file then line order. */
  problems: Problem[];
  /** Things worth telling that are not errors (ignored files). */
  notes: string[];
  /** The day facts were computed against. */
  today: string;
}
