import * as z from 'zod';
import { horizonSchema } from './horizon.js';
import { textSchema } from './text.js';

/** Where the owner wants to be, and by when. */
export const visionSchema = z.strictObject({
  statement: textSchema.optional().describe('The place the owner wants to reach, in a sentence.'),
  horizon: horizonSchema.optional().describe('`N years`, `N months`, a date, or `retirement`.'),
});
export type Vision = z.infer<typeof visionSchema>;
