import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate-portfolio.js';
import { editPlan } from '../../bench/history-bench.js';
import { createVersionMemo, loadPlan } from '../../src/load/load-plan.js';
import { createYamlPieces, readYamlInPieces, type YamlPieces } from '../../src/load/read-yaml-pieces.js';

/** js-yaml's reading of the whole text, as the loader's fast path does it. */
function readWhole(yaml: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

/** Pieces either step aside or agree exactly with the whole parse; they never accept what it refuses. */
function expectSameAsWhole(yaml: string, pieces: YamlPieces = createYamlPieces()): boolean {
  const read = readYamlInPieces(yaml, pieces);
  if (read === undefined) return false;
  const whole = readWhole(yaml);
  expect(whole.ok).toBe(true);
  expect(read).toStrictEqual((whole as { value: unknown }).value);
  return true;
}

describe('front matter read in pieces', () => {
  // [what, YAML, whether pieces take it]
  const cases: [string, string, boolean][] = [
    ['literal, kept and folded scalars at the ends of items', '\ngoals:\n  - notes: |\n      one\n  - notes: |+\n      two\n\n  - a: >\n      folded\n      text\n# c\nowner: y', true],
    ['a list not indented under its key', '\ngoals:\n- a: 1\n- b: |\n    keep\n', true],
    ['comments before, between and after items', '\ngoals:\n  # lead\n  - a: 1\n  # between\n  - b: 2\n    c: |-\n      t\n\n\nother: z', true],
    ['a literal scalar followed by blank lines', '\nvision: |\n  text\n\n\nnext: 1', true],
    ['quoted keys', '\n"quoted key": 1\n\'single\': 2', true],
    ['an empty item', '\nlist:\n  -\n  - x', true],
    ['an item less indented than the first', '\ngoals:\n  - a: 1\n - b: 2', false],
    ['a key at the items\' indentation', '\ngoals:\n  - a: 1\n  x: 2', false],
    ['a dash without a space', '\ngoals:\n  - a: 1\n  -x', false],
    ['a top-level key twice', '\na: 1\na: 2', false],
    ['a key twice inside an item', '\ngoals:\n  - a: 1\n    a: 2', false],
    ['a plain scalar continued at the margin', '\nkey: long\ncontinued', false],
    ['a flow list over two lines', '\nkey: [a,\nb]', false],
    ['an anchor and an alias', '\na: &x 1\nb: *x', false],
    ['a complex key', '\n? a\n: b', false],
    ['a document marker', '\na: 1\n---\nb: 2', false],
    ['__proto__ as a key', '\n__proto__: 1', false],
    ['a mapping indented as a whole', '\n  a: 1\n  b: 2', false],
  ];
  it.each(cases)('%s', (_, yaml, taken) => {
    expect(expectSameAsWhole(yaml)).toBe(taken);
    // Read again with the pieces of the first reading: the same answer.
    const pieces = createYamlPieces();
    expectSameAsWhole(yaml, pieces);
    expect(expectSameAsWhole(yaml, pieces)).toBe(taken);
  });

  it('agrees with the whole parse on every sample plan', () => {
    for (const file of ['ana-garcia/2026-data-lead.md', 'dmitry-sokolov.md', 'kim-minjun.md', 'sato-hanako.md']) {
      const text = readFileSync(`plans/${file}`, 'utf8');
      expect(expectSameAsWhole(text.slice(3, text.indexOf('\n---', 3)))).toBe(true);
    }
  });

  it('agrees with the whole parse under random edits of a plan, with pieces kept from earlier versions', () => {
    const original = generatePlan(3, { seed: 11 });
    const yamlOf = (text: string) => text.slice(3, text.indexOf('\n---', 3));
    const edit = fc.record({
      line: fc.nat(),
      op: fc.constantFrom('delete', 'duplicate', 'indent', 'outdent', 'insert'),
      text: fc.constantFrom('- x', '  - y: 1', 'k: v', '# c', '', '   ', '|', '>', '"', "'", ': ', '-', '[a', '{b: 1}', 'goals:', '    - action: z'),
    });
    const pieces = createYamlPieces();
    expectSameAsWhole(yamlOf(original), pieces);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const lines = yamlOf(original).split('\n');
        for (const { line, op, text } of edits) {
          const at = 1 + (line % (lines.length - 1));
          if (op === 'delete') lines.splice(at, 1);
          else if (op === 'duplicate') lines.splice(at, 0, lines[at]!);
          else if (op === 'indent') lines[at] = ` ${lines[at]}`;
          else if (op === 'outdent') lines[at] = lines[at]!.replace(/^ /, '');
          else lines.splice(at, 0, text);
        }
        expectSameAsWhole(lines.join('\n'), pieces);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the loader the same plans, version after version, and takes every version of them', () => {
    const location = { file: 'plans/p.md', absolutePath: '/p.md', relativePath: 'p.md' };
    let taken = 0;
    for (let plan = 0; plan < 20; plan++) {
      const memo = createVersionMemo();
      let text = generatePlan(plan, { seed: 5 });
      for (let version = 0; version < 10; version++) {
        if (version > 0) text = editPlan(text);
        const bytes = new TextEncoder().encode(text);
        expect(loadPlan(bytes, location, '2026-11-25', memo)).toStrictEqual(loadPlan(bytes, location, '2026-11-25'));
        if (readYamlInPieces(text.slice(3, text.indexOf('\n---', 3)), memo.pieces)) taken += 1;
      }
    }
    expect(taken).toBe(200);
  });
});
