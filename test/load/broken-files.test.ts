import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';

// Each broken file sits beside a `.expected` file holding the exact lines
// `planfolio check` must print for it; one load reports them all at once.
const dir = 'test/fixtures/broken';
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

describe('broken plan files', async () => {
  const portfolio = await loadPortfolio({ plansDir: dir, today: '2026-11-25' });
  const linesOf = (file: string) => portfolio.problems.filter((p) => p.file === file).map(formatProblem);

  it('has a scenario for every way front matter goes wrong', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts none of them', () => {
    expect(portfolio.plans).toEqual([]);
  });

  it.each(cases)('%s gives exactly its expected lines', (name) => {
    const expected = readFileSync(`${dir}/${name.replace(/\.md$/, '.expected')}`, 'utf8').trimEnd().split('\n');
    expect(linesOf(`${dir}/${name}`)).toEqual(expected);
  });

  it('gives one line per problem: five problems, five lines', () => {
    expect(linesOf(`${dir}/five-problems.md`)).toHaveLength(5);
  });
});

describe('files too large to be plans', () => {
  it('refuses a huge file before parsing it, with one line saying why', async () => {
    const { loadPlan } = await import('../../src/load/load-plan.js');
    const huge = new TextEncoder().encode(`---\ntitle: x\n---\n${'x'.repeat(3 * 1024 * 1024)}`);
    const result = loadPlan(huge, { file: 'plans/huge.md', absolutePath: '/tmp/huge.md', relativePath: 'huge.md' }, '2026-11-25');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `plans/huge.md:1:1 the file is ${huge.length} bytes, over the 2097152-byte limit for a plan; split it or move large notes out`,
    ]);
  });
});
