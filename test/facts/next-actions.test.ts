// "What do I do next?": each plan's next open steps, and the same list across
// the plans of a person or the whole portfolio.
import { describe, expect, it } from 'vitest';
import { listPortfolioNextActions } from '../../src/facts/portfolio-facts.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { writePlan } from '../helpers/portfolio.js';

const TODAY = '2026-11-25';

/** A plan of one goal whose steps are given as `action: due` (no due: undated; a third part: done). */
function makePlan(owner: string, steps: [string, string?, string?][], status = 'in-progress') {
  const lines = steps.map(([action, due, done]) => `      - action: ${action}\n${due ? `        due: ${due}\n` : ''}${done ? `        done: ${done}\n` : ''}`);
  const goals = `goals:\n  - title: Goal of ${owner}\n    outcome: It is done\n    due: 2027-12-31\n    status: ${status}\n    steps:\n${lines.join('')}`;
  const result = loadPlan(Buffer.from(writePlan({ owner, goals })), { file: `${owner}.md`, absolutePath: `/${owner}.md`, relativePath: `${owner}.md` }, TODAY);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan;
}

describe('next actions', () => {
  it('are a plan\'s open steps, overdue and soonest first, undated last, done steps left out', () => {
    const plan = makePlan('Ana', [['Undated'], ['Next month', '2026-12-20'], ['Done', '2026-10-01', '2026-09-30'], ['Overdue', '2026-11-01'], ['Tomorrow', '2026-11-26']]);
    expect(plan.facts.nextActions.map((a) => [a.title, a.overdue, a.when?.days])).toEqual([
      ['Overdue', true, -24],
      ['Tomorrow', false, 1],
      ['Next month', false, 25],
      ['Undated', false, undefined],
    ]);
  });

  it('leave out the steps of a done or dropped goal', () => {
    expect(makePlan('Ana', [['Open step', '2026-12-01']], 'done').facts.nextActions).toEqual([]);
    expect(makePlan('Ana', [['Open step', '2026-12-01']], 'dropped').facts.nextActions).toEqual([]);
  });

  it('across plans: by due day, then by owner, undated after every dated one, at most the limit', () => {
    const plans = [
      makePlan('Zoë', [['Z undated'], ['Z overdue', '2026-11-20'], ['Z soon', '2026-12-01']]),
      makePlan('Ben', [['B soon', '2026-12-01'], ['B later', '2027-03-01']]),
      makePlan('Ana', [['A undated']]),
    ];
    const titles = (limit: number) => listPortfolioNextActions(plans, limit).map((a) => `${a.title} (${a.plan.plan.owner})`);
    expect(titles(10)).toEqual(['Z overdue (Zoë)', 'B soon (Ben)', 'Z soon (Zoë)', 'B later (Ben)', 'A undated (Ana)', 'Z undated (Zoë)']);
    expect(titles(3)).toEqual(['Z overdue (Zoë)', 'B soon (Ben)', 'Z soon (Zoë)']);
  });
});
