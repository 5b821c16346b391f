// The one view of a plan: every fact the site, the PDFs, plans.json and the
// calendars state about a plan, worked out once after loading (derive-facts.ts)
// from the validated plan and today's date. Views only lay these out.
import type { Review } from '../schema/review.js';
import type { SkillRadar } from './skill-radar.js';

/** A distance in time in the largest unit that reads naturally ("3 weeks"). */
export interface Span {
  unit: 'day' | 'week' | 'month' | 'year';
  count: number;
}

/** A date and where it stands from today. */
export interface When {
  /** As written: `YYYY-MM-DD`, or `YYYY-MM` for a month. */
  date: string;
  /** The day it means: a month's last day for a deadline, its first day for a start. */
  day: string;
  /** Days from today to `day`: negative in the past, 0 today. */
  days: number;
  /** How far that is, for words ("in 3 months", "overdue by 2 weeks"). */
  span: Span;
}

/** Steps done out of all that count, and how far along that is. */
export interface Progress {
  done: number;
  total: number;
  /**
   * How far along, 0 to 1: done / total for steps alone; for a goal, from its
   * measure when it has one, and complete when done; for a plan, the mean of
   * its goals that are not dropped.
   */
  ratio: number;
}

/** What a goal's progress is read from: its status (done), its measure, or its steps. */
export type ProgressBasis = 'status' | 'measure' | 'steps';

/** Where a step stands. A step of a done goal is done; of a dropped goal, dropped. */
export type StepState = 'done' | 'overdue' | 'open' | 'dropped';
/** Where a goal stands: its status, with `overdue` for an open goal past its due day. */
export type GoalState = 'planned' | 'in-progress' | 'overdue' | 'done' | 'dropped';

/** What every view says about one step. */
export interface StepFacts {
  state: StepState;
  /** Done because its goal is done, with no `done:` date of its own. */
  doneWithGoal: boolean;
  /** Its due date, when it has one. */
  due?: When;
  /** Done after its due day. */
  late: boolean;
}

/** What every view says about one goal. */
export interface GoalFacts {
  id: string;
  state: GoalState;
  /** Open (not done or dropped) and past its due day. */
  overdue: boolean;
  /** Steps done out of all its steps (all of them when the goal is done), and how far along the goal is. */
  progress: Progress;
  /** What `progress.ratio` is read from. */
  basis: ProgressBasis;
  /** The goal's measure, when it has a current value: baseline (0 when not given) to target, and how far along that is. */
  measure?: { baseline: number; current: number; target: number; unit?: string; ratio: number };
  /** The day a done goal was reached, when given. */
  completed?: When;
  /** Its steps that are open and past their due day. */
  stepsOverdue: number;
  due: When;
  start?: When;
  steps: StepFacts[];
}

/** Where a skill stands against its target on the 0-5 scale. */
export interface SkillFacts {
  /** Levels still to go to the target (from 0 when no level is set); absent when there is none to go. */
  gap?: number;
  /** Both set, and the level is at or above the target. */
  reached: boolean;
  /** The five cells of a level bar: held, still to learn (up to the target), or neither. */
  cells: ('have' | 'gap' | 'empty')[];
}

/** A goal or step of an open goal that falls due; across plans, also a plan's next review. */
export interface Deadline {
  kind: 'goal' | 'step' | 'review';
  /** Index of the goal in `plan.goals` (-1 for a review). */
  goalIndex: number;
  /** Index of the step in its goal's `steps` (steps only). */
  stepIndex?: number;
  goalId: string;
  /** The goal's title or the step's action. */
  title: string;
  when: When;
}

/** An open step to do next, dated or not. */
export interface NextAction {
  goalIndex: number;
  stepIndex: number;
  goalId: string;
  /** The step's action. */
  title: string;
  /** Its due date, when it has one. */
  when?: When;
  /** Whether its due date has passed. */
  overdue: boolean;
}

/** The timeline of a plan's goals on one time axis. */
export interface Timeline {
  /** One goal each, in percent of the chart's width. */
  rows: {
    goalId: string;
    title: string;
    state: GoalState;
    /** Left edge, 0-100. */
    from: number;
    /** Width, at least a sliver so a one-day goal still shows. */
    width: number;
    /** The day the bar starts (the goal's start, else the plan's creation). */
    start: string;
    /** The due date as written. */
    due: string;
  }[];
  /** Where today falls, 0-100; absent when outside the drawn span. */
  today?: number;
  /** Year marks along the axis. */
  ticks: { at: number; label: string }[];
  /** The months the axis starts and ends in (`YYYY-MM`). */
  from: string;
  to: string;
}

/** Everything every view states about a plan beyond what it says itself. */
export interface PlanFacts {
  /** The day facts were worked out against (`PLANFOLIO_TODAY` or the build day). */
  today: string;
  /** Steps done out of all steps of goals not dropped (a done goal counts all its steps); the ratio is the mean of those goals' own. */
  progress: Progress;
  /** How many of the goals counted in `progress` read theirs from each basis. */
  progressBasis: Record<ProgressBasis, number>;
  goals: GoalFacts[];
  skills: SkillFacts[];
  /** Skills whose target is above their level. */
  skillsToGrow: number;
  /** The skills radar's geometry: level against target; absent for fewer than three skills. */
  skillRadar?: SkillRadar;
  /** Goals by where they stand; `total` leaves dropped goals out, as every count does. */
  goalCounts: { total: number; done: number; dropped: number; open: number };
  /** Open steps past their due day, in all goals. */
  stepsOverdue: number;
  /** Open goals and steps past due, most overdue first. */
  overdue: Deadline[];
  /** How many of `overdue` are steps and how many goals. */
  overdueCounts: { steps: number; goals: number };
  /** Open goals and steps due today or later, soonest first. */
  upcoming: Deadline[];
  /** The soonest open deadline that is not overdue. */
  nextDeadline?: Deadline;
  /** The next open steps: overdue first, then by due day, then undated; at most five. */
  nextActions: NextAction[];
  /** The plan's reviews: the last one, the next one, whether it is due, and the log, newest first. */
  review: { last?: When; next?: When; due: boolean; log: (Review & { when: When })[] };
  /** Answers to "was it worth it?" on done steps. */
  evaluations: { yes: number; partly: number; no: number; total: number };
  /** The day the vision's horizon points at, when it can be told. */
  horizon?: When;
  timeline: Timeline;
  /** The language its own words are in (BCP 47): its `lang`, else Chinese, Japanese, Korean or Thai told from its letters; absent when not told. */
  language?: string;
}
