import * as z from 'zod';
import { adjustmentSchema } from './adjustment.js';
import { barrierSchema } from './barrier.js';
import { daySchema } from './calendar-date.js';
import { educationSchema } from './education.js';
import { goalSchema } from './goal.js';
import { opportunitySchema } from './opportunity.js';
import { checkPlanRules } from './plan-rules.js';
import { reviewSchema } from './review.js';
import { skillSchema } from './skill.js';
import { textListSchema, textSchema } from './text.js';
import { visionSchema } from './vision.js';

/** A BCP 47 language tag in its canonical form (`zh-hans` reads as `zh-Hans`). */
const languageTagSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const tag = readLanguageTag(text);
    if (!tag) ctx.issues.push({ code: 'custom', input: text, message: 'language', params: { rule: 'language' } });
    return tag ?? z.NEVER;
  });

/** The canonical form of a well-formed BCP 47 tag; undefined when it is not one. */
function readLanguageTag(text: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}

/** Where a plan stands as a whole. */
export const planStatuses = ['draft', 'active', 'achieved', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/**
 * A whole plan: its fields plus the rules across them (unique names, known
 * skills, due after start, evaluations on done steps). The rules run even when
 * some field is wrong, so one run reports every problem in the file.
 * Each field's description is its documentation: `planfolio schema` carries it
 * into plan.schema.json, so editors show the same words on hover.
 */
export const planSchema = z
  .strictObject({
    title: textSchema.describe("The plan's title."),
    owner: textSchema.describe('Whose plan it is; any Unicode name.'),
    role: textSchema.optional().describe("The owner's current position."),
    lang: languageTagSchema.optional().describe('The language the plan is written in (BCP 47, e.g. vi, zh-Hans, pt-BR); the site and PDFs mark its text with it.'),
    status: z.enum(planStatuses).default('active').describe('`draft`, `active`, `achieved` or `archived`.'),
    created: daySchema.describe('When the plan was made.'),
    reviewed: daySchema.optional().describe('When the plan was last reviewed (the latest of `reviews` counts too).'),
    nextReview: daySchema.optional().describe('When the next review is due.'),
    tags: textListSchema.optional().describe('Words to group plans by.'),
    mentor: textSchema.optional().describe('Who reviews the plan with the owner.'),
    vision: visionSchema.describe('Where the owner wants to be, and by when.'),
    strengths: textListSchema.optional().describe('Strengths to build on.'),
    weaknesses: textListSchema.optional().describe('Weaknesses to work on.'),
    skills: z.array(skillSchema).optional().describe('Skills held and skills to learn.'),
    barriers: z.array(barrierSchema).optional().describe('What could get in the way, and how to get past it.'),
    backupPlan: textSchema.optional().describe('What the owner will do if the main path closes.'),
    education: educationSchema.optional().describe("Whether the owner's education is enough for the goals."),
    goals: z.array(goalSchema).min(1).describe('The goals; at least one.'),
    opportunities: z.array(opportunitySchema).optional().describe('Openings, promotions or projects the owner came across.'),
    reviews: z.array(reviewSchema).optional().describe('The review log, in any order; the latest sets `reviewed` and, with its `next`, the next review.'),
    adjustments: z.array(adjustmentSchema).optional().describe('Why goals or timelines moved.'),
    custom: z.unknown().optional().describe('Free-form data for custom templates; never validated.'),
  })
  .superRefine(checkPlanRules, { when: () => true });
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
