import type { z } from 'zod';
import { describeIssue } from '../errors/describe-issue.js';
import { formatPath } from '../errors/problem.js';
import { listKnownKeys } from '../schema/known-keys.js';
import { planSchema, type Plan } from '../schema/plan.js';
import { locatePath } from './locate.js';
import type { FrontMatter, RawProblem } from './parse-front-matter.js';

export type ValidationResult = { ok: true; plan: Plan } | { ok: false; problems: RawProblem[] };

/** Validates parsed front matter against the plan schema, placing each problem at its line. */
export function validatePlan(frontMatter: FrontMatter): ValidationResult {
  const result = planSchema.safeParse(frontMatter.data, { reportInput: true });
  if (result.success) return { ok: true, plan: result.data };
  const problems = splitUnknownKeys(result.error.issues).map((issue): RawProblem => {
    const unknownKey = issue.code === 'unrecognized_keys';
    const path = unknownKey ? [...issue.path, issue.keys[0]!] : issue.path;
    const position = locatePath(frontMatter.document, frontMatter.lineCounter, path, unknownKey);
    return { ...position, path: formatPath(path) || undefined, message: describeIssue(issue, listKnownKeys) };
  });
  return { ok: false, problems };
}

/** One issue per unknown key, so each is reported at its own line. */
function splitUnknownKeys(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
}
