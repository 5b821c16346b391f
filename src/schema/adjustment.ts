import * as z from 'zod';
import { daySchema } from './calendar-date.js';
import { textSchema } from './text.js';

/** Why goals or timelines moved; git keeps the rest of the story. */
export const adjustmentSchema = z.strictObject({
  date: daySchema.optional().describe('When the plan was adjusted.'),
  note: textSchema.optional().describe('What moved and why.'),
});
export type Adjustment = z.infer<typeof adjustmentSchema>;
