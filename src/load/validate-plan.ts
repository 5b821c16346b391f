import type { Document, LineCounter } from 'yaml';
import type * as z from 'zod';
import { describeIssue } from '../errors/describe-issue.js';
import { formatPath } from '../errors/problem.js';
import { listKnownKeys } from '../schema/known-keys.js';
import { planSchema, type Plan } from '../schema/plan.js';
import { locatePath } from './locate.js';
import type { RawProblem, SplitFile } from './parse-front-matter.js';
import { parseYaml } from './parse-yaml.js';
import { validateInParts, type ValidatedParts } from './validate-in-parts.js';

export type ValidationResult = { ok: true; plan: Plan } | { ok: false; problems: RawProblem[] };

const isMapping = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates front matter against the plan schema. A valid plan is done on the
 * fast path (for a version of a plan whose earlier versions were validated
 * with the same `parts`, only its changed parts are); anything else is parsed
 * again with positions, so each problem is placed at its line and column.
 */
export function validatePlan(split: SplitFile, parts?: ValidatedParts): ValidationResult {
  if (isMapping(split.quickData)) {
    const reused = parts && validateInParts(split.quickData, parts);
    if (reused) return { ok: true, plan: reused };
    const quick = planSchema.safeParse(split.quickData);
    if (quick.success) return { ok: true, plan: quick.data };
  }
  const parsed = parseYaml(split.yaml);
  if (!parsed.ok) return parsed;
  const { document, lineCounter, data } = parsed.value;
  const result = planSchema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, problems: placeIssues(result.error.issues, document, lineCounter, planSchema) };
}

/**
 * Turns Zod issues into problems at the line and column of the YAML (or
 * JSON) they are about, worded by the catalogue. Plans and the portfolio
 * configuration both report this way.
 */
export function placeIssues(
  issues: z.core.$ZodIssue[],
  document: Document.Parsed,
  lineCounter: LineCounter,
  root: z.ZodType,
): RawProblem[] {
  return splitUnknownKeys(issues).map((issue): RawProblem => {
    const unknownKey = issue.code === 'unrecognized_keys';
    const path = unknownKey ? [...issue.path, issue.keys[0]!] : issue.path;
    const position = locatePath(document, lineCounter, path, unknownKey);
    const message = describeIssue(issue, (at) => listKnownKeys(at, root));
    return { ...position, path: formatPath(path) || undefined, message };
  });
}

/** One issue per unknown key, so each is reported at its own line. */
function splitUnknownKeys(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
}
