import { z } from 'zod';
import { textSchema } from './text.js';

/** The kinds a skill can be. */
export const skillKinds = ['technical', 'people', 'leadership', 'domain', 'other'] as const;

/** A skill level on the 0 to 5 scale. */
export const levelSchema = z.int().min(0).max(5);

/** A skill the owner has or wants, with where they stand and where they aim. */
export const skillSchema = z.strictObject({
  /** The skill's name; unique within the plan and referred to by goals. */
  name: textSchema,
  /** What sort of skill it is. */
  kind: z.enum(skillKinds).optional(),
  /** The current level, 0 to 5. */
  level: levelSchema.optional(),
  /** The level wanted, 0 to 5. */
  target: levelSchema.optional(),
  /** Why the skill matters or how it will be learnt. */
  note: textSchema.optional(),
});
export type Skill = z.infer<typeof skillSchema>;
