import * as z from 'zod';
import { textSchema } from './text.js';

/** Something that could get in the way, and how to get past it. */
export const barrierSchema = z.strictObject({
  barrier: textSchema.optional().describe('What could get in the way.'),
  mitigation: textSchema.optional().describe('How the owner means to get past it.'),
});
export type Barrier = z.infer<typeof barrierSchema>;
