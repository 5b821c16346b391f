import { z } from 'zod';
import { adjustmentSchema } from './adjustment.js';
import { barrierSchema } from './barrier.js';
import { daySchema } from './calendar-date.js';
import { educationSchema } from './education.js';
import { goalSchema } from './goal.js';
import { opportunitySchema } from './opportunity.js';
import { checkPlanRules } from './plan-rules.js';
import { skillSchema } from './skill.js';
import { textListSchema, textSchema } from './text.js';
import { visionSchema } from './vision.js';

/** Where a plan stands as a whole. */
export const planStatuses = ['draft', 'active', 'achieved', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The fields of a plan's front matter, before the rules that tie fields together. */
export const planFieldsSchema = z.strictObject({
  /** The plan's title. */
  title: textSchema,
  /** Whose plan it is; any Unicode name. */
  owner: textSchema,
  /** The owner's current position. */
  role: textSchema.optional(),
  /** `draft`, `active`, `achieved` or `archived`. */
  status: z.enum(planStatuses).default('active'),
  /** When the plan was made. */
  created: daySchema,
  /** When the plan was last reviewed. */
  reviewed: daySchema.optional(),
  /** When the next review is due. */
  nextReview: daySchema.optional(),
  /** Words to group plans by. */
  tags: textListSchema.optional(),
  /** Who reviews the plan with the owner. */
  mentor: textSchema.optional(),
  /** Where the owner wants to be, and by when. */
  vision: visionSchema,
  /** Strengths to build on. */
  strengths: textListSchema.optional(),
  /** Weaknesses to work on. */
  weaknesses: textListSchema.optional(),
  /** Skills held and skills to learn. */
  skills: z.array(skillSchema).optional(),
  /** What could get in the way, and how to get past it. */
  barriers: z.array(barrierSchema).optional(),
  /** What the owner will do if the main path closes. */
  backupPlan: textSchema.optional(),
  /** Whether the owner's education is enough for the goals. */
  education: educationSchema.optional(),
  /** The goals; at least one. */
  goals: z.array(goalSchema).min(1),
  /** Openings, promotions or projects the owner came across. */
  opportunities: z.array(opportunitySchema).optional(),
  /** Why goals or timelines moved. */
  adjustments: z.array(adjustmentSchema).optional(),
  /** Free-form data for custom templates; never validated. */
  custom: z.unknown().optional(),
});

/**
 * A whole plan: its fields plus the rules across them (unique names, known
 * skills, due after start, evaluations on done steps). The rules run even when
 * some field is wrong, so one run reports every problem in the file.
 */
export const planSchema = planFieldsSchema.superRefine(
  (plan, ctx) => {
    for (const issue of checkPlanRules(plan)) ctx.addIssue({ ...issue });
  },
  { when: () => true },
);
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
