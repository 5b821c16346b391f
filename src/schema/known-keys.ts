import * as z from 'zod';
import { planSchema } from './plan.js';

// Reads the keys an object accepts straight from the schema, so "did you
// mean" suggestions can never drift from the format.
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
  return schema instanceof z.ZodPipe ? unwrap(schema.in as z.ZodType) : schema;
}

/** The keys the object at `path` of a plan accepts; empty when the path is not an object. */
export function listKnownKeys(path: readonly PropertyKey[], root: z.ZodType = planSchema): string[] {
  let schema = unwrap(root);
  for (const part of path) {
    if (typeof part === 'number' && schema instanceof z.ZodArray) schema = unwrap(schema.element as z.ZodType);
    else if (typeof part === 'string' && schema instanceof z.ZodObject && schema.shape[part]) schema = unwrap(schema.shape[part]);
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}
