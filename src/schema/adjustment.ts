import { z } from 'zod';
import { daySchema } from './calendar-date.js';
import { textSchema } from './text.js';

/** Why goals or timelines moved; git keeps the rest of the story. */
export const adjustmentSchema = z.strictObject({
  /** When the plan was adjusted. */
  date: daySchema.optional(),
  /** What moved and why. */
  note: textSchema.optional(),
});
export type Adjustment = z.infer<typeof adjustmentSchema>;
