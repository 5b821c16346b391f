import * as z from 'zod';
import { daySchema } from './calendar-date.js';
import { textListSchema, textSchema } from './text.js';

/** One review of the plan: when, what was seen, what was decided, and when the next one is. */
export const reviewSchema = z.strictObject({
  date: daySchema.describe('When the review took place.'),
  note: textSchema.describe('What the review found.'),
  decisions: textListSchema.optional().describe('What was decided.'),
  next: daySchema.optional().describe('When the next review is due; the latest review\'s sets the next review.'),
});
export type Review = z.infer<typeof reviewSchema>;
