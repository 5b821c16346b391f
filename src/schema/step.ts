import * as z from 'zod';
import { dayOrMonthSchema, daySchema } from './calendar-date.js';
import { textListSchema, textSchema } from './text.js';

/** Answers to "was it worth the time and effort?". */
export const worthValues = ['yes', 'partly', 'no'] as const;

/** `yes`, `partly` or `no`; `true` and `false` read as yes and no. */
export const worthSchema = z
  .union([z.enum(worthValues), z.boolean()])
  .transform((value) => (value === true ? 'yes' : value === false ? 'no' : value));

/** What the owner thought of a step once it was done. */
export const evaluationSchema = z.strictObject({
  worth: worthSchema.describe('Was the step worth the time and effort?'),
  note: textSchema.optional().describe('What the owner learnt or would do differently.'),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** One action step towards a goal. */
export const stepSchema = z.strictObject({
  action: textSchema.describe('What will be done.'),
  due: dayOrMonthSchema.optional().describe('When it should be done by (`YYYY-MM-DD` or `YYYY-MM`).'),
  resources: textListSchema.optional().describe('What the step needs: time off, money, a mentor, a course.'),
  done: daySchema.optional().describe('The day the step was completed; absent means not done.'),
  evaluation: evaluationSchema.optional().describe("The owner's verdict on a done step."),
});
export type Step = z.infer<typeof stepSchema>;
