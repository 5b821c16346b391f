import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPlan } from '../../src/load/load-plan.js';

// One-line lists (`[a, b]`): a comma always starts a new item, so text with
// a comma in it splits; the message says so and how to keep the item whole.
const location = { file: 'plans/p.md', absolutePath: '/tmp/p.md', relativePath: 'p.md' };
const load = (text: string) => loadPlan(new TextEncoder().encode(text), location, '2026-11-25');
const withStep = (line: string) =>
  `---\ntitle: A\nowner: B\ncreated: 2026-01-12\nvision:\n  horizon: 5 years\ngoals:\n  - title: G\n    outcome: O\n    due: 2026-12\n    steps:\n      - action: S\n${line}---\n`;
const linesOf = (text: string) => {
  const result = load(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const quoteHint = 'in a one-line [a, b] list a comma starts a new item: put an item that holds a comma in quotes, or write one "- item" per line';

describe('one-line lists', () => {
  it.each([
    ['an unquoted amount with a comma', '        resources: [Course fee of £3,400]\n', [`plans/p.md:13:38 goals[0].steps[0].resources[1]: expected text, found the number 400; ${quoteHint}`]],
    ['a number alone', '        resources: [400, Time]\n', [`plans/p.md:13:21 goals[0].steps[0].resources[0]: expected text, found the number 400; ${quoteHint}`]],
    ['true where text is expected', '        resources: [Time, true]\n', [`plans/p.md:13:27 goals[0].steps[0].resources[1]: expected text, found true; ${quoteHint}`]],
    ['a number in a "- item" list, which needs no comma hint', '        resources:\n          - 400\n', ['plans/p.md:14:13 goals[0].steps[0].resources[0]: expected text, found the number 400']],
  ])('%s: says what was found and how to keep the item whole', (_name, line, lines) => {
    expect(linesOf(withStep(line))).toEqual(lines);
  });

  it('reads a quoted item with a comma as one item', () => {
    const result = load(withStep('        resources: ["Course fee of £3,400", \'Time, evenings\']\n'));
    expect(result.ok && result.plan.plan.goals[0]!.steps[0]!.resources).toEqual(['Course fee of £3,400', 'Time, evenings']);
  });

  it.each([
    ['a list', '        resources: [Time, Money\n', 'plans/p.md:13:32 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; close the list with "]" after its last item'],
    ['a list followed by another key', '        resources: [Time, Money\n        due: 2026-02-01\n', 'plans/p.md:14:9 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; close the list with "]" after its last item'],
    ['a mapping', '        evaluation: { worth: yes\n', 'plans/p.md:13:33 invalid YAML: Flow map in block collection must be sufficiently indented and end with a }; close the mapping with "}" after its last entry'],
  ])('gives the bracket hint for %s left open', (_name, line, problem) => {
    expect(linesOf(withStep(line))).toEqual([problem]);
  });
});
