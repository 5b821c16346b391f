import type * as z from 'zod';
import { planSchema } from './plan.js';

// Reads the keys an object accepts straight from the schema, so "did you
// mean" suggestions can never drift from the format.
type Def = { type: string; shape?: Record<string, unknown>; innerType?: Schema; in?: Schema; element?: Schema };
type Schema = { _zod: { def: Def } };

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The keys the object at `path` of a plan accepts; empty when the path is not an object. */
export function listKnownKeys(path: readonly PropertyKey[], root: z.ZodType = planSchema): string[] {
  let schema = unwrap(root as unknown as Schema);
  for (const part of path) {
    const def = schema._zod.def;
    if (typeof part === 'number' && def.type === 'array' && def.element) schema = unwrap(def.element);
    else if (typeof part === 'string' && def.type === 'object' && def.shape?.[part]) {
      schema = unwrap(def.shape[part] as Schema);
    } else return [];
  }
  const def = schema._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
