import type { Document, LineCounter } from 'yaml';
import type * as z from 'zod';
import { messages } from '../errors/catalogue.js';
import { describeIssue } from '../errors/describe-issue.js';
import { formatPath } from '../errors/problem.js';
import { listKnownKeys } from '../schema/known-keys.js';
import { planSchema, type Plan } from '../schema/plan.js';
import { locatePath } from './locate.js';
import type { RawProblem, SplitFile } from './parse-front-matter.js';
import { explainNotMapping, explainYamlFailure, readYamlDocument } from './parse-yaml.js';
import { isAliasBomb } from './read-yaml.js';

export type ValidationResult = { ok: true; plan: Plan } | { ok: false; problems: RawProblem[] };

const isMapping = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates front matter, as js-yaml read it, against the plan schema. Only
 * when something is wrong is it parsed again with the `yaml` package, to
 * place each problem at its line and column.
 */
export function validatePlan(split: SplitFile): ValidationResult {
  const fail = (problems: RawProblem[]): ValidationResult => ({ ok: false, problems });
  const { yaml, read } = split;
  if (!read.ok) return fail(explainYamlFailure(yaml, read.error));
  if (!isMapping(read.data)) return fail(explainNotMapping(yaml, read.data));
  if (isAliasBomb(read.data, yaml)) return fail([{ line: 2, column: 1, message: messages.aliasBomb() }]);
  const result = planSchema.safeParse(read.data, { reportInput: true });
  if (result.success) return { ok: true, plan: result.data };
  // Only positions are taken from the `yaml` package: the issues are about js-yaml's data.
  const { document, lineCounter } = readYamlDocument(yaml);
  if (!document) return fail([{ line: 2, column: 1, message: messages.tooDeep() }]);
  return fail(placeIssues(result.error.issues, document, lineCounter, planSchema));
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
