import * as z from 'zod';
import { daySchema } from './calendar-date.js';
import { textSchema } from './text.js';

/** What the owner decided about an opportunity. */
export const decisions = ['considering', 'applied', 'accepted', 'declined', 'missed'] as const;

/** A job opening, promotion or project the owner came across. */
export const opportunitySchema = z.strictObject({
  title: textSchema.describe('What the opportunity is.'),
  seen: daySchema.optional().describe('When the owner came across it.'),
  decision: z.enum(decisions).optional().describe('What the owner decided.'),
  note: textSchema.optional().describe('How it was judged against the plan.'),
});
export type Opportunity = z.infer<typeof opportunitySchema>;
