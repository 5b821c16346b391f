import * as z from 'zod';
import { textListSchema, textSchema } from './text.js';

/** Whether the owner's education carries the plan, and what it lacks. */
export const educationSchema = z.strictObject({
  current: textSchema.optional().describe('The highest or most relevant education the owner has.'),
  sufficient: z.boolean().optional().describe('Is it enough for the goals?'),
  needed: textListSchema.optional().describe('Courses or credentials still needed.'),
});
export type Education = z.infer<typeof educationSchema>;
