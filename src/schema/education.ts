import { z } from 'zod';
import { textListSchema, textSchema } from './text.js';

/** Whether the owner's education carries the plan, and what it lacks. */
export const educationSchema = z.strictObject({
  /** The highest or most relevant education the owner has. */
  current: textSchema.optional(),
  /** Is it enough for the goals? */
  sufficient: z.boolean().optional(),
  /** Courses or credentials still needed. */
  needed: textListSchema.optional(),
});
export type Education = z.infer<typeof educationSchema>;
