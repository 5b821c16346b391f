// Progress from outcomes: a goal with a measure counts by it (up or down), a
// done goal is complete, a dropped goal is left out of every count, and the
// review log sets the last and next review (fixture: test/fixtures/outcomes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPortfolioNextActions } from '../../src/facts/portfolio-facts.js';
import { loadPlan } from '../../src/load/load-plan.js';

const TODAY = '2026-11-25';
const PLANS = path.resolve(import.meta.dirname, '../fixtures/outcomes/plans');

function load(file: string) {
  const absolutePath = path.join(PLANS, file);
  const result = loadPlan(readFileSync(absolutePath), { file, absolutePath, relativePath: file }, TODAY);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan;
}

const lina = load('lina-haddad.md');
const tomas = load('tomas-novak.md');

describe('progress from outcomes', () => {
  it.each([
    // goal, what its progress is read from, how far along, steps done of all
    [0, 'measure', 0, [3, 3], 'a measure at its baseline, whatever the steps say'],
    [1, 'measure', 0.5, [0, 1], 'a measure counting down, from 12 days to 2, now at 7'],
    [2, 'status', 1, [1, 1], 'a done goal, complete'],
    [4, 'steps', 0, [0, 2], 'a goal without a measure, by its steps'],
  ] as const)('goal %i reads its progress from its %s: %d (%j steps): %s', (goal, basis, ratio, [done, total], _case) => {
    const g = lina.facts.goals[goal]!;
    expect([g.basis, g.progress.ratio, g.progress.done, g.progress.total]).toEqual([basis, ratio, done, total]);
  });

  it('keeps the measure beside the steps, so the page can say both', () => {
    expect(lina.facts.goals[0]!.measure).toEqual({ baseline: 0, current: 0, target: 60, unit: 'credits', ratio: 0 });
  });

  it('leaves a dropped goal out of every count, and gives the plan the mean of the rest', () => {
    expect(lina.facts.goals[3]!.state).toBe('dropped');
    expect(lina.facts.goalCounts).toEqual({ total: 4, done: 1, dropped: 1, open: 3 });
    expect(lina.facts.progress).toEqual({ done: 4, total: 7, ratio: 0.375 });
    expect(lina.facts.progressBasis).toEqual({ status: 1, measure: 2, steps: 1 });
    expect(lina.facts.timeline.rows[3]!.state).toBe('dropped');
  });

  it('knows the day a done goal was reached', () => {
    expect(lina.facts.goals[2]!.completed?.date).toBe('2026-10-20');
  });
});

describe('reviews', () => {
  it('take the last review and the next one from the latest entry of the log, listed newest first', () => {
    const { review } = lina.facts;
    expect(review.log.map((r) => r.date)).toEqual(['2026-09-15', '2026-06-30']);
    expect([review.last?.date, review.next?.date, review.due]).toEqual(['2026-09-15', '2026-11-15', true]);
  });

  it('without a log, come from reviewed and nextReview', () => {
    expect([tomas.facts.review.last?.date, tomas.facts.review.next?.date, tomas.facts.review.due, tomas.facts.review.log]).toEqual(['2026-08-01', '2027-02-01', false, []]);
  });
});

describe('next actions across owners', () => {
  it('list the open steps of both plans, overdue first', () => {
    const actions = listPortfolioNextActions([lina, tomas], 5).map((a) => [a.plan.plan.owner, a.title, a.overdue]);
    expect(actions).toEqual([
      ['Lina Haddad', 'Book a sleep clinic appointment', true],
      ['Tomáš Novák', "Shadow the product manager's discovery calls", true],
      ['Lina Haddad', 'Agree a slot with the ward manager', false],
      ['Tomáš Novák', 'Write the brief for the refunds feature', false],
      ['Lina Haddad', 'Prepare the first session', false],
    ]);
  });
});
