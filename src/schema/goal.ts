import * as z from 'zod';
import { dayOrMonthSchema, daySchema } from './calendar-date.js';
import { slugify } from './slugify.js';
import { stepSchema } from './step.js';
import { textListSchema, textSchema } from './text.js';

/** Whether a goal is about work or life outside it. */
export const goalKinds = ['professional', 'personal'] as const;
/** Where a goal stands. */
export const goalStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

/** Optional numbers that track a goal's outcome. */
export const measureSchema = z.strictObject({
  baseline: z.number().optional().describe('Where the number stood when the goal was set.'),
  current: z.number().optional().describe('Where it stands now.'),
  target: z.number().describe('Where it should get to.'),
  unit: textSchema.optional().describe('What is counted (e.g. "talks", "promotion").'),
});
export type Measure = z.infer<typeof measureSchema>;

/** A goal with a measurable outcome, a timeline and at least one step. */
export const goalSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u)
      .optional()
      .describe('A short id, unique in the plan; made from the title when absent.'),
    title: textSchema.describe('What the owner wants to achieve.'),
    kind: z.enum(goalKinds).default('professional').describe('`professional` or `personal`.'),
    outcome: textSchema.describe('How success is measured.'),
    measure: measureSchema.optional().describe('Numbers to track the outcome with.'),
    start: dayOrMonthSchema.optional().describe('When work on the goal starts (`YYYY-MM-DD` or `YYYY-MM`).'),
    due: dayOrMonthSchema.describe('When the goal is due (`YYYY-MM-DD` or `YYYY-MM`).'),
    status: z.enum(goalStatuses).default('planned').describe('Where the goal stands.'),
    completed: daySchema.optional().describe('The day a done goal was reached.'),
    reason: textSchema.optional().describe('Why a dropped goal was dropped.'),
    skills: textListSchema.optional().describe("Names of skills from the plan's `skills` that this goal develops."),
    steps: z.array(stepSchema).min(1).describe('How the goal will be reached; at least one step.'),
  })
  .transform((goal) => ({ ...goal, id: goal.id ?? makeGoalId(goal.title) }));
export type Goal = z.infer<typeof goalSchema>;

/** The id a goal gets from its title when it has none of its own. */
export function makeGoalId(title: string): string {
  return slugify(title) || 'goal';
}
