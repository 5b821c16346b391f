import * as z from 'zod';

/** A piece of text that must say something (not empty, not only spaces). */
export const textSchema = z.string().trim().min(1).meta({ pattern: '\\S' });

/** A list of short texts, such as tags or resources. */
export const textListSchema = z.array(textSchema);
