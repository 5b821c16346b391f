// The plan format's reference for people, docs/plan-format.md, written from
// the same Zod schema as plan.schema.json (through its JSON Schema, which
// already says what people write: types, required keys, allowed values,
// defaults), so the reference cannot drift from what `planfolio check` accepts.
import * as z from 'zod';
import { daySchema, dayOrMonthSchema } from './calendar-date.js';
import { horizonSchema } from './horizon.js';
import { planSchema } from './plan.js';
import { textSchema } from './text.js';

/** Where the reference lives, relative to the project root. */
export const PLAN_FORMAT_DOC = 'docs/plan-format.md';

/** The parts of a JSON Schema node the reference reads. */
interface Node {
  type?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  anyOf?: Node[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

const toJson = (schema: z.ZodType): Node => z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Node;

/** Kinds of text told apart by the pattern the schema gives editors. */
const TEXT_KINDS = new Map<string | undefined, string>([
  [toJson(daySchema).pattern, 'date `YYYY-MM-DD`'],
  [toJson(dayOrMonthSchema).pattern, 'date `YYYY-MM-DD` or month `YYYY-MM`'],
  [toJson(horizonSchema).pattern, '`N years`, `N months`, a date or `retirement`'],
  [toJson(textSchema).pattern, 'text'],
  ['^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*$', 'letters, digits and `-`'],
]);

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What a field holds, in words: "text", "list of text", "whole number 0–5", "mapping (see below)". */
function describeType(node: Node): string {
  if (node.anyOf) return node.anyOf.map(describeType).join(' or ');
  if (node.enum) return 'one of the values';
  if (node.type === 'string') return TEXT_KINDS.get(node.pattern) ?? (node.pattern ? `text matching \`${node.pattern}\`` : 'text');
  if (node.type === 'integer') return node.minimum !== undefined && node.maximum !== undefined ? `whole number ${node.minimum} to ${node.maximum}` : 'whole number';
  if (node.type === 'number') return 'number';
  if (node.type === 'boolean') return '`true` or `false`';
  if (node.type === 'array') {
    const least = node.minItems ? `, at least ${node.minItems}` : '';
    return node.items?.properties ? `list of mappings${least}` : `list of ${describeType(node.items ?? {})}${least}`;
  }
  if (node.type === 'object') return node.properties ? 'mapping' : 'mapping of your own keys';
  return 'any value';
}

/** The allowed values and the default, for the table's last but one column. */
function describeValues(node: Node): string {
  const values = node.enum ?? node.anyOf?.flatMap((n) => n.enum ?? (n.type === 'boolean' ? [true, false] : []));
  const parts = values?.length ? [values.map(code).join(', ')] : [];
  if (node.default !== undefined) parts.push(`default ${code(node.default)}`);
  return parts.join('; ');
}

/** One table row per field, depth first, with paths such as `goals[].steps[].action`. */
function listFields(node: Node, prefix: string, rows: string[]): void {
  for (const [key, field] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${key}`;
    const required = node.required?.includes(key) ? 'yes' : '';
    rows.push(`| \`${path}\` | ${cell(describeType(field))} | ${required} | ${cell(describeValues(field))} | ${cell(field.description ?? '')} |`);
    if (field.properties) listFields(field, `${path}.`, rows);
    if (field.items?.properties) listFields(field.items, `${path}[].`, rows);
  }
}

/** A short plan that uses most fields; a test checks that it is a valid plan. */
export const EXAMPLE_PLAN = `---
title: From support engineer to product manager
owner: Mei Tanaka
role: Support Engineer
status: active
created: 2026-09-01
reviewed: 2026-11-15
nextReview: 2027-02-15
tags: [product, career-change]
mentor: Jo Park
vision:
  statement: Lead a product team that turns customer problems into features people love.
  horizon: 3 years
strengths: [Customer empathy, Clear writing]
weaknesses: [No formal product training]
skills:
  - name: Product discovery
    kind: domain
    level: 1
    target: 4
  - name: Roadmapping
    kind: leadership
    level: 0
    target: 3
barriers:
  - barrier: Little time beside a full-time job
    mitigation: Two protected evenings a week
backupPlan: Move into a product operations role first.
education:
  current: BSc Computer Science
  sufficient: false
  needed: [Product management certificate]
goals:
  - title: Earn a product management certificate
    kind: professional
    outcome: Certificate awarded with a capstone on a real feature
    measure:
      baseline: 0
      current: 2
      target: 6
      unit: modules
    start: 2026-10
    due: 2027-06
    status: in-progress
    skills: [Product discovery]
    steps:
      - action: Enrol in the evening course
        due: 2026-10-01
        resources: [Course fee, Manager's sign-off]
        done: 2026-09-28
        evaluation:
          worth: yes
          note: The cohort is full of people making the same move.
      - action: Write the capstone on the self-serve refunds feature
        due: 2027-05-15
opportunities:
  - title: Shadow the product team's quarterly planning
    seen: 2026-11-02
    decision: applied
adjustments:
  - date: 2026-11-15
    note: Moved the capstone later to fit the course's schedule.
---

Notes in Markdown go below the front matter.
`;

/** docs/plan-format.md as it should read now. */
export function renderPlanFormatDoc(): string {
  const rows: string[] = [];
  listFields(toJson(planSchema), '', rows);
  return [
    '# The plan file format',
    '',
    '<!-- Generated by `npm run schema` from the Zod schema in src/schema/; do not edit by hand. -->',
    '',
    'A plan is a Markdown file in `plans/` (or a folder below it) that starts with YAML front matter',
    'between two `---` lines; the Markdown after it is the plan\'s notes. Every field, with what it',
    'holds, whether it is required, the values it allows and what it means:',
    '',
    '| Field | Holds | Required | Values | Meaning |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'A field inside a list (`goals[].title`) is required in every item of that list. Dates are',
    'calendar days; a month (`2027-06`) as a due date means its last day. Keys not listed here are',
    'refused, so a misspelt key is caught; put data of your own under `custom`. `planfolio check`',
    'also checks what a schema cannot: a step is evaluated only once done, a goal is not due before',
    'it starts, and a goal names only skills the plan lists.',
    '',
    '## Example',
    '',
    '```markdown',
    EXAMPLE_PLAN.trimEnd(),
    '```',
    '',
  ].join('\n');
}
