import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { findYamlProblems } from '../../src/load/locate-problems.js';

// js-yaml alone decides what front matter holds; the `yaml` package only
// places problems. Neither may leak into the other's job.
const location = { file: 'plans/p.md', absolutePath: '/tmp/p.md', relativePath: 'p.md' };
const load = (text: string) => loadPlan(new TextEncoder().encode(text), location, '2026-11-25');
const plan = (extra = '') =>
  `title: A\nowner: B\ncreated: 2026-01-12\nvision:\n  horizon: 5 years\ngoals:\n  - title: G\n    outcome: O\n    due: 2026-12\n    steps:\n      - action: S\n${extra}`;
const linesOf = (text: string) => {
  const result = load(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const custom = (text: string) => {
  const result = load(text);
  return result.ok ? result.plan.plan.custom : result.problems.map(formatProblem);
};
const tagHint = (tag: string) => `invalid YAML: ${tag} is read as a YAML tag, not as text; put the whole value in quotes`;

describe('what js-yaml refuses is never read by the other reader', () => {
  it.each([
    ['a tag before text', '        resources: [!urgent Update the CV]\n', [`plans/p.md:13:21 ${tagHint('"!urgent"')}`]],
    ['a tag as a whole value', 'custom: !urgent Update the CV\n', [`plans/p.md:13:9 ${tagHint('"!urgent"')}`]],
    ['a tag beside an anchor', 'custom: { a: &x [1], b: *x, c: !urgent Update the CV }\n', [`plans/p.md:13:32 ${tagHint('"!urgent"')}`]],
    ['an alias with no anchor', 'custom: { a: *nowhere }\n', ['plans/p.md:13:14 invalid YAML: "*nowhere" refers to no anchor; write "&nowhere" before the value it repeats, or write the value out']],
    ['a tag js-yaml does not know', 'custom: !!binary aGVsbG8=\n', ['plans/p.md:13:26 invalid YAML: unknown tag !<tag:yaml.org,2002:binary>']],
  ])('%s is a problem, and no word is dropped', (_name, extra, lines) => {
    expect(linesOf(`---\n${plan(extra)}---\n`)).toEqual(lines);
  });

  it.each([
    ['0b11', 'custom: 0b11\n', 3],
    ['0b11 beside an anchor', 'custom: { a: &x 0b11, b: *x }\n', { a: 3, b: 3 }],
    ['0o17 and 0x1F beside an anchor', 'custom: [&x 0o17, 0x1F, *x]\n', [15, 31, 15]],
  ])('reads %s as js-yaml does', (_name, extra, value) => {
    expect(custom(`---\n${plan(extra)}---\n`)).toEqual(value);
  });

  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('keeps a value with %s before "---" whole, and the front matter with it', (_name, separator) => {
    const result = load(`---\n${plan(`custom:\n  note: pasted${separator}---\n  after: kept\n`)}---\nBody\n`);
    expect(result.ok && [result.plan.plan.custom, result.plan.body, result.plan.bodyLine]).toEqual([
      { note: `pasted${separator}---`, after: 'kept' },
      'Body\n',
      17,
    ]);
  });
});

// Plan-like documents built from the pieces people write by hand and the
// ones the two readers could read differently.
const pieces = [
  'Update the CV', 'Course fee of £3,400', '0b11', '0o17', '0x1F', '1_000', '.5', '.inf', 'true', 'yes', 'null', '~',
  '2026-01-12', "'it''s'", '"a\\"b"', '!urgent x', '!!str 5', '&a x', '*a', 'a #c', 'a#b', '[a, b]', '{a: b}',
  '[a, b', '{a: b', '[]', '{}', 'x\u2028---', 'x\u2029y', '@x', '`x', '%x', 'a\tb', '<<: *a', '|', '- x', ': x',
];
// Left out: a quote left open, whose value runs on to a less indented line.
// js-yaml reads that; `yaml` (and the YAML spec) does not, and only a second
// full read of every valid plan would catch it (see "known to differ" below).
const scalar = fc.constantFrom(...pieces);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`));
const line = fc
  .tuple(fc.constantFrom('', '  ', '- ', '  - '), fc.constantFrom('title', 'tags', 'note', 'a'), value)
  .map(([indent, key, item]) => `${indent}${key}: ${item}`);
const document = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => `${lines.join('\n')}\n`);
const jsYamlReads = (source: string) => {
  try {
    jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
    return true;
  } catch {
    return false;
  }
};

describe('the two readers agree on what is valid', () => {
  it('finds a problem to place exactly when js-yaml refuses the document (seeded, 3,000 documents)', () => {
    fc.assert(
      fc.property(document, (source) => {
        expect({ source, valid: findYamlProblems(source).length === 0 }).toEqual({ source, valid: jsYamlReads(source) });
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('known to differ: js-yaml reads a quoted value continued on a less indented line, and its reading decides', () => {
    const source = '- title: "a\ntitle: b"\n';
    expect([jsYamlReads(source), findYamlProblems(source).length > 0]).toEqual([true, true]);
    expect(jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA })).toEqual([{ title: 'a title: b' }]);
  });
});
