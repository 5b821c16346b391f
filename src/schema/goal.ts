import { z } from 'zod';
import { dayOrMonthSchema } from './calendar-date.js';
import { slugify } from './slugify.js';
import { stepSchema } from './step.js';
import { textListSchema, textSchema } from './text.js';

/** Whether a goal is about work or life outside it. */
export const goalKinds = ['professional', 'personal'] as const;
/** Where a goal stands. */
export const goalStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

/** Optional numbers that track a goal's outcome. */
export const measureSchema = z.strictObject({
  /** Where the number stood when the goal was set. */
  baseline: z.number().optional(),
  /** Where it stands now. */
  current: z.number().optional(),
  /** Where it should get to. */
  target: z.number(),
  /** What is counted (e.g. "talks", "promotion"). */
  unit: textSchema.optional(),
});
export type Measure = z.infer<typeof measureSchema>;

/** A goal with a measurable outcome, a timeline and at least one step. */
export const goalSchema = z
  .strictObject({
    /** A short id, unique in the plan; made from the title when absent. */
    id: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u).optional(),
    /** What the owner wants to achieve. */
    title: textSchema,
    /** `professional` or `personal`. */
    kind: z.enum(goalKinds).default('professional'),
    /** How success is measured. */
    outcome: textSchema,
    /** Numbers to track the outcome with. */
    measure: measureSchema.optional(),
    /** When work on the goal starts (`YYYY-MM-DD` or `YYYY-MM`). */
    start: dayOrMonthSchema.optional(),
    /** When the goal is due (`YYYY-MM-DD` or `YYYY-MM`). */
    due: dayOrMonthSchema,
    /** Where the goal stands. */
    status: z.enum(goalStatuses).default('planned'),
    /** Names of skills from the plan's `skills` that this goal develops. */
    skills: textListSchema.optional(),
    /** How the goal will be reached; at least one step. */
    steps: z.array(stepSchema).min(1),
  })
  .transform((goal) => ({ ...goal, id: goal.id ?? makeGoalId(goal.title) }));
export type Goal = z.infer<typeof goalSchema>;

/** The id a goal gets from its title when it has none of its own. */
export function makeGoalId(title: string): string {
  return slugify(title) || 'goal';
}
