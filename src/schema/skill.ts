import * as z from 'zod';
import { textSchema } from './text.js';

/** The kinds a skill can be. */
export const skillKinds = ['technical', 'people', 'leadership', 'domain', 'other'] as const;

/** A skill level on the 0 to 5 scale. */
export const levelSchema = z.int().min(0).max(5);

/** A skill the owner has or wants, with where they stand and where they aim. */
export const skillSchema = z.strictObject({
  name: textSchema.describe("The skill's name; unique within the plan and referred to by goals."),
  kind: z.enum(skillKinds).optional().describe('What sort of skill it is.'),
  level: levelSchema.optional().describe('The current level, 0 to 5.'),
  target: levelSchema.optional().describe('The level wanted, 0 to 5.'),
  note: textSchema.optional().describe('Why the skill matters or how it will be learnt.'),
});
export type Skill = z.infer<typeof skillSchema>;
