import { z } from 'zod';
import { textSchema } from './text.js';

/** Something that could get in the way, and how to get past it. */
export const barrierSchema = z.strictObject({
  /** What could get in the way. */
  barrier: textSchema.optional(),
  /** How the owner means to get past it. */
  mitigation: textSchema.optional(),
});
export type Barrier = z.infer<typeof barrierSchema>;
