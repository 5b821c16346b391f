import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPlan } from '../../src/load/load-plan.js';

const location = { file: 'plans/fuzz.md', absolutePath: '/tmp/fuzz.md', relativePath: 'fuzz.md' };
const load = (text: string) => loadPlan(new TextEncoder().encode(text), location, '2026-11-25');

/** Every outcome is a plan or a list of well-formed problem lines; nothing throws. */
function expectReported(text: string) {
  const result = load(text);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe('plans/fuzz.md');
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

const keys = fc.constantFrom('title', 'owner', 'created', 'vision', 'goals', 'steps', 'status', 'skills', 'due', 'start', 'level', 'worth', 'evaluation', 'done', 'horizon', 'x');
const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-01-12', '2026-13', 'retirement', '5 years', 'yes'));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(keys, tie('node'), { maxKeys: 5 })),
})).node;

describe('the loader under random input', () => {
  it('reports random front matter structures as problems, never throws', () => {
    fc.assert(fc.property(tree, (data) => expectReported(`---\n${stringify(data)}---\nbody\n`)), { numRuns: 300 });
  });

  it('reports random text as problems, never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectReported(`---\n${text}\n---\n`)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectReported(text)), { numRuns: 300 });
  });

  it('survives mutations of a valid plan', () => {
    const plan = `---\ntitle: A\nowner: B\ncreated: 2026-01-12\nvision:\n  horizon: 5 years\ngoals:\n  - title: G\n    outcome: O\n    due: 2026-12\n    steps:\n      - action: S\n        done: 2026-02-01\n        evaluation: { worth: partly }\n---\nbody\n`;
    fc.assert(
      fc.property(fc.nat(plan.length - 1), fc.nat(plan.length), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        expectReported(plan.slice(0, at) + insert + plan.slice(Math.min(plan.length, at + (cut % 4))));
      }),
      { numRuns: 500 },
    );
  });
});
