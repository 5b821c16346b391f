import { z } from 'zod';
import { daySchema } from './calendar-date.js';
import { textSchema } from './text.js';

/** What the owner decided about an opportunity. */
export const decisions = ['considering', 'applied', 'accepted', 'declined', 'missed'] as const;

/** A job opening, promotion or project the owner came across. */
export const opportunitySchema = z.strictObject({
  /** What the opportunity is. */
  title: textSchema,
  /** When the owner came across it. */
  seen: daySchema.optional(),
  /** What the owner decided. */
  decision: z.enum(decisions).optional(),
  /** How it was judged against the plan. */
  note: textSchema.optional(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;
