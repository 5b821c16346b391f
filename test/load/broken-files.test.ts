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
