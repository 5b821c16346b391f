// Validating in parts (history's fast path) gives exactly the plan the whole
// schema gives, reuses what unchanged objects validated to, and steps aside
// for anything the whole schema would not pass as it is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate-portfolio.js';
import { editPlan } from '../../bench/history-bench.js';
import { splitFrontMatter } from '../../src/load/parse-front-matter.js';
import { decodeSource } from '../../src/load/read-source.js';
import { createYamlPieces, readYamlInPieces } from '../../src/load/read-yaml-pieces.js';
import { createValidatedParts, validateInParts } from '../../src/load/validate-in-parts.js';
import { planSchema } from '../../src/schema/plan.js';

/** Front matter as the loader reads it quickly (undefined where it takes the careful path). */
function readFrontMatter(file: string): unknown {
  const source = decodeSource(readFileSync(file));
  const split = source.ok ? splitFrontMatter(source.text) : undefined;
  return split?.ok ? split.value.quickData : undefined;
}

const planFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(dir, name));

const minimal = { title: 'T', owner: 'O', created: '2026-01-01', vision: {}, goals: [{ title: 'G', outcome: 'X', due: '2026-12', steps: [{ action: 'A' }] }] };
const goal = minimal.goals[0]!;

describe('validating in parts', () => {
  it('gives the same plan as the whole schema, fields in the same order, for every sample and good fixture', () => {
    const files = [...planFiles('plans'), ...planFiles('test/fixtures/good')];
    let compared = 0;
    for (const file of files) {
      const data = readFrontMatter(file);
      const whole = planSchema.safeParse(data);
      if (data === undefined || !whole.success) continue;
      compared += 1;
      expect(JSON.stringify(validateInParts(data, createValidatedParts())), file).toBe(JSON.stringify(whole.data));
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('gives the same plans as the whole schema across versions, reusing the goals that did not change', () => {
    const pieces = createYamlPieces();
    const parts = createValidatedParts();
    let text = generatePlan(3, { seed: 11 });
    let before: { goals: object[] } | undefined;
    for (let version = 0; version < 12; version++) {
      if (version > 0) text = editPlan(text);
      const data = readYamlInPieces(text.slice(3, text.indexOf('\n---', 3)), pieces)!;
      const plan = validateInParts(data, parts)!;
      expect(JSON.stringify(plan)).toBe(JSON.stringify(planSchema.parse(data)));
      if (before) {
        // An edit touches one goal: the others are the very objects of the version before.
        const same = plan.goals.filter((g, i) => g === before!.goals[i]).length;
        expect(same).toBe(plan.goals.length - 1);
      }
      before = plan;
    }
  });

  it.each([
    ['an unknown key', { ...minimal, titel: 'T' }],
    ['a missing field', { ...minimal, owner: undefined }],
    ['a wrong value in a goal', { ...minimal, goals: [{ ...goal, status: 'doing' }] }],
    ['no goals', { ...minimal, goals: [] }],
    ['goals that are not mappings', { ...minimal, goals: ['G'] }],
    ['two goals with one id', { ...minimal, goals: [goal, goal] }],
    ['a goal skill that is not declared', { ...minimal, goals: [{ ...goal, skills: ['SQL'] }] }],
    ['an evaluation on a step not done', { ...minimal, goals: [{ ...goal, steps: [{ action: 'A', evaluation: { worth: 'yes' } }] }] }],
    ['a list instead of a mapping', [minimal]],
  ])('steps aside for %s', (_, data) => {
    expect(validateInParts(data, createValidatedParts())).toBeUndefined();
  });

  it('passes the minimal plan it is compared against', () => {
    expect(validateInParts(minimal, createValidatedParts())).toEqual(planSchema.parse(minimal));
  });
});
