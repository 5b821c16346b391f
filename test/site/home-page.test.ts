// The portfolio page of a portfolio with nothing overdue: every figure has a
// value, and the plans come before the ways to browse them (first on a phone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePortfolio, makeTempDir, writePlan } from '../helpers/portfolio.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

const goals = `goals:
  - title: Finish the UX certificate
    outcome: Certificate awarded
    due: 2027-06-30
    steps:
      - action: Enrol in the course
        due: 2027-01-15
`;

describe('the portfolio page with nothing overdue', () => {
  it('says 0 for steps overdue and reviews due, and lists the plans before the filters', async () => {
    const plans = makePortfolio({ 'lena.md': writePlan({ owner: 'Lena Vogel', goals }) });
    const out = path.join(makeTempDir('planfolio-home-'), '_site');
    // Built in this process (run-here.ts): the page is what is checked here, not the command line.
    const built = await runPlanfolioHere(['build', '--plans', plans, '--out', out, '--no-pdf', '--no-search', '--no-history']);
    expect(built.code, built.stderr).toBe(0);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const stats = [...html.matchAll(/<span class="stat__value">([^<]*)<[\s\S]*?<span class="stat__label">(?:<a [^>]*>)?([^<]*)</g)].map((m) => [m[1]!.trim(), m[2]!.trim()]);
    expect(stats).toEqual([
      ['0', 'goals done'],
      ['0', 'steps done'],
      ['0', 'steps overdue'],
      ['0', 'reviews due'],
    ]);
    expect(html.indexOf('id="plans-heading"')).toBeGreaterThan(0);
    expect(html.indexOf('id="plans-heading"')).toBeLessThan(html.indexOf('class="with-aside__side"'));
  });
});
