import { z } from 'zod';
import { horizonSchema } from './horizon.js';
import { textSchema } from './text.js';

/** Where the owner wants to be, and by when. */
export const visionSchema = z.strictObject({
  /** The place the owner wants to reach, in a sentence. */
  statement: textSchema.optional(),
  /** `N years`, `N months`, a date, or `retirement`. */
  horizon: horizonSchema.optional(),
});
export type Vision = z.infer<typeof visionSchema>;
