import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { splitFrontMatter } from '../../src/load/parse-front-matter.js';
import { decodeSource } from '../../src/load/read-source.js';
import { renderPlanJsonSchema } from '../../src/schema/json-schema.js';
import { makeNewPlanText } from '../../src/scaffold/new-plan.js';

const committed = readFileSync('plan.schema.json', 'utf8');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(committed) as object);

/** The front matter of a plan file as data, read with Planfolio's own parsers. */
function readFrontMatter(bytes: Uint8Array): unknown {
  const source = decodeSource(bytes);
  if (!source.ok) throw new Error(source.message);
  const split = splitFrontMatter(source.text);
  if (!split.ok) throw new Error(split.problems[0]!.message);
  const { read } = split.value;
  if (!read.ok) throw new Error(String(read.error));
  return read.data;
}

function listPlanFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

const BROKEN = 'test/fixtures/broken';
/** Broken files whose mistakes are in keys, types, allowed values, formats or what is required. */
const SCHEMA_CATCHES = [
  'bad-date-format', 'bad-goal-status', 'bad-horizon', 'bad-skill-kind', 'bad-status', 'bad-worth', 'blank-text',
  'bom-with-error', 'crlf-with-error', 'empty-goals', 'empty-required-value', 'five-problems',
  'goal-missing-outcome-and-due', 'goal-without-steps', 'level-not-whole', 'level-out-of-range', 'missing-goals',
  'missing-owner-and-created', 'missing-title', 'missing-vision', 'month-not-allowed-for-created',
  'step-missing-action', 'typo-steps', 'unknown-key-no-suggestion', 'unknown-top-key', 'wrong-type-list', 'wrong-type-text',
];
/** Mistakes across fields or in the calendar, which only `planfolio check` sees. */
const CHECK_ONLY = ['due-before-start', 'duplicate-goal-ids', 'duplicate-skill-names', 'evaluation-on-open-step', 'no-such-day', 'unknown-skill-reference'];

describe('plan.schema.json', () => {
  it('is what `planfolio schema` makes from the Zod schema today', () => {
    expect(committed, 'run "npm run schema" and commit plan.schema.json').toBe(renderPlanJsonSchema());
  });

  it('describes every field, for hover help in editors', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, at: string) => {
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof sub.description !== 'string' || !sub.description) undescribed.push(`${at}${key}`);
        walk(sub, `${at}${key}.`);
        if (sub.items) walk(sub.items as Record<string, unknown>, `${at}${key}[].`);
      }
    };
    walk(JSON.parse(committed) as Record<string, unknown>, '');
    expect(undescribed).toEqual([]);
  });

  it('accepts every sample plan and a new plan from the template', () => {
    for (const file of listPlanFiles('plans')) {
      expect(validate(readFrontMatter(readFileSync(file))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const fresh = makeNewPlanText({ owner: 'Ana García', today: '2026-11-25', schemaRef: '../plan.schema.json' });
    expect(validate(readFrontMatter(new TextEncoder().encode(fresh))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(SCHEMA_CATCHES)('rejects %s.md, as planfolio check does', (name) => {
    const bytes = readFileSync(path.join(BROKEN, `${name}.md`));
    const checked = loadPlan(bytes, { file: name, absolutePath: name, relativePath: `${name}.md` }, '2026-11-25');
    expect(checked.ok).toBe(false);
    expect(validate(readFrontMatter(bytes))).toBe(false);
  });

  it.each(CHECK_ONLY)('leaves %s.md to planfolio check, whose rules tie fields together', (name) => {
    const bytes = readFileSync(path.join(BROKEN, `${name}.md`));
    expect(validate(readFrontMatter(bytes))).toBe(true);
  });

  it('is where the first line of every sample plan points editors', () => {
    for (const file of listPlanFiles('plans')) {
      const line = readFileSync(file, 'utf8').split('\n')[1]!;
      const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(line)?.[1];
      expect(ref, file).toBeDefined();
      expect(path.resolve(path.dirname(file), ref!), file).toBe(path.resolve('plan.schema.json'));
    }
  });
});
