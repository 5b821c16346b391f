// History validates every version of every plan, and each version differs
// from the one before by a line or two. When front matter is read in pieces
// (read-yaml-pieces.ts), an unchanged piece hands back the very same object
// as last time, so what that object validated to can be kept: a version then
// runs Zod only on the goals, skills or vision that changed.
// This path only ever answers "valid, and here is the plan". Anything less
// than a clean pass (an unknown key, a wrong value, a broken rule) returns
// undefined and the whole schema decides, so problems are found, worded and
// placed exactly as for any other file.
import type * as z from 'zod';
import { checkPlanRules } from '../schema/plan-rules.js';
import { planFieldsSchema, type Plan } from '../schema/plan.js';

/** What each object validated to, per plan field: kept across the versions of one plan. */
export type ValidatedParts = Map<string, WeakMap<object, unknown>>;

/** Makes an empty store of validated parts. */
export function createValidatedParts(): ValidatedParts {
  return new Map();
}

/** A list field validated item by item: the item's schema and the fewest items allowed. */
interface ListField {
  item: z.ZodType;
  minimum: number;
}

interface Field {
  key: string;
  schema: z.ZodType;
  list?: ListField;
}

const FAILED = Symbol('failed');
type Outcome = unknown | typeof FAILED;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The item schema of an (optional) array field whose only rule of its own is a minimum length. */
function readListField(schema: z.ZodType): ListField | undefined {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; checks?: { _zod: { def: { check: string; minimum?: number } } }[] };
  if (def.type === 'optional' && def.innerType) return readListField(def.innerType);
  if (def.type !== 'array' || !def.element) return undefined;
  let minimum = 0;
  for (const check of def.checks ?? []) {
    if (check._zod.def.check !== 'min_length') return undefined;
    minimum = Math.max(minimum, check._zod.def.minimum ?? 0);
  }
  return { item: def.element, minimum };
}

const fields: Field[] = Object.entries(planFieldsSchema.shape).map(([key, schema]) => ({
  key,
  schema: schema as z.ZodType,
  list: readListField(schema as z.ZodType),
}));
const knownKeys = new Set(fields.map((field) => field.key));

/** A value's output, from the store when this very object was validated before. */
function validateObject(value: object, schema: z.ZodType, store: WeakMap<object, unknown>): Outcome {
  if (store.has(value)) return store.get(value);
  const result = schema.safeParse(value);
  if (!result.success) return FAILED;
  store.set(value, result.data);
  return result.data;
}

function validateField(field: Field, value: unknown, store: WeakMap<object, unknown>): Outcome {
  const { list } = field;
  if (list && Array.isArray(value) && value.every(isRecord)) {
    if (value.length < list.minimum) return FAILED;
    const items: unknown[] = [];
    for (const item of value) {
      const output = validateObject(item, list.item, store);
      if (output === FAILED) return FAILED;
      items.push(output);
    }
    return items;
  }
  if (isRecord(value)) return validateObject(value, field.schema, store);
  const result = field.schema.safeParse(value);
  return result.success ? result.data : FAILED;
}

/**
 * The plan the front matter validates to, reusing what unchanged objects
 * validated to in earlier versions; undefined unless it is valid as a whole.
 * Fields come out in the schema's order, and a field absent from the input
 * is absent from the output unless it has a default, as Zod's own objects do.
 */
export function validateInParts(data: unknown, parts: ValidatedParts): Plan | undefined {
  if (!isRecord(data)) return undefined;
  for (const key in data) if (!knownKeys.has(key)) return undefined;
  const plan: Record<string, unknown> = {};
  for (const field of fields) {
    let store = parts.get(field.key);
    if (!store) parts.set(field.key, (store = new WeakMap()));
    const output = validateField(field, data[field.key], store);
    if (output === FAILED) return undefined;
    if (output !== undefined || field.key in data) plan[field.key] = output;
  }
  return checkPlanRules(plan).length === 0 ? (plan as Plan) : undefined;
}
