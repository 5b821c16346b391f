import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPlan } from '../../src/load/load-plan.js';

// How front matter is split (gray-matter) and read (js-yaml alone decides
// the data; the `yaml` package only places and words problems).
const location = { file: 'plans/p.md', absolutePath: '/tmp/p.md', relativePath: 'p.md' };
const load = (text: string) => loadPlan(new TextEncoder().encode(text), location, '2026-11-25');
const linesOf = (text: string) => {
  const result = load(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const plan = (extra = '') =>
  `title: A\nowner: B\ncreated: 2026-01-12\nvision:\n  horizon: 5 years\ngoals:\n  - title: G\n    outcome: O\n    due: 2026-12\n    steps:\n      - action: S\n${extra}`;

describe('splitting front matter', () => {
  it.each([
    ['a blank line after the closing line', `---\n${plan()}---\n\nBody\n`, '\nBody\n', 14],
    ['blanks after the closing dashes', `---\n${plan()}---  \nBody`, 'Body', 14],
    ['a closing "..."', `---\n${plan()}...\nBody\n`, 'Body\n', 14],
    ['CRLF line ends, kept in the body', `---\r\n${plan().replace(/\n/g, '\r\n')}---\r\n\r\nBody\r\n`, '\r\nBody\r\n', 14],
    ['a closing line that ends the file', `---\n${plan()}---`, '', 14],
  ])('keeps the body and its line with %s', (_name, text, body, bodyLine) => {
    const result = load(text);
    expect(result.ok && [result.plan.body, result.plan.bodyLine]).toEqual([body, bodyLine]);
  });

  it('does not close front matter at a line that only starts with dashes', () => {
    expect(linesOf(`---\n${plan()}---x\n`)).toEqual(['plans/p.md:1:1 front matter is not closed; add a line with only "---" after the last field']);
  });

  it('reports blank and comment-only front matter as empty', () => {
    const empty = 'plans/p.md:2:1 front matter is empty; add title, owner, created, vision and goals';
    expect([...linesOf('---\n  \n---\n'), ...linesOf('---\n# later\n---\n'), ...linesOf('---\n~\n---\n')]).toEqual([empty, empty, empty]);
  });
});

describe('reading front matter with js-yaml', () => {
  it("gives js-yaml's reason at its line and column when the yaml package sees nothing wrong", () => {
    expect(linesOf(`---\n${plan('custom: !!binary aGVsbG8=\n')}---\n`)).toEqual([
      'plans/p.md:13:26 invalid YAML: unknown tag !<tag:yaml.org,2002:binary>',
    ]);
  });

  it('reports an alias that refers to itself as an alias bomb, not a plan that cannot be serialised', () => {
    expect(linesOf(`---\n${plan('custom: &loop [*loop]\n')}---\n`)).toEqual([
      'plans/p.md:2:1 YAML aliases expand too far (an alias bomb?); write the values out or use fewer "*" references',
    ]);
  });

  it('reads a few aliases, and a long plan with none (but a "*"), as data', () => {
    // 180,000 values, more than the limit alone allows; written out, they are no bomb.
    const long = `custom:\n  star: "*"\n${Array.from({ length: 60_000 }, (_, i) => `  k${i}: [1, 2]`).join('\n')}\n`;
    expect(load(`---\n${plan('custom: { a: &a [x, y], b: *a, c: *a }\n')}---\n`).ok).toBe(true);
    expect(load(`---\n${plan(long)}---\n`).ok).toBe(true);
  });

  it('refuses nesting deeper than js-yaml reads', () => {
    expect(linesOf(`---\n${plan(`custom: ${'['.repeat(150)}${']'.repeat(150)}\n`)}---\n`)).toEqual([
      'plans/p.md:13:1 front matter is nested too deeply to read; flatten it',
    ]);
  });
});
