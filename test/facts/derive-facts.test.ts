import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive-facts.js';
import { sumPortfolio } from '../../src/facts/portfolio-facts.js';
import { measureSpan } from '../../src/facts/when.js';
import { loadPlan } from '../../src/load/load-plan.js';

const TODAY = '2026-11-25';
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/parity/plans/edge-cases.md');

function loadEdgeCases() {
  const result = loadPlan(readFileSync(FIXTURE), { file: 'edge-cases.md', absolutePath: FIXTURE, relativePath: 'edge-cases.md' }, TODAY);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan;
}

describe('the one view of a plan', () => {
  const loaded = loadEdgeCases();
  const facts = loaded.facts;

  it.each([
    // goal, state, steps done of all, each step's state
    [0, 'done', [2, 2], ['done', 'done']],
    [1, 'dropped', [1, 2], ['done', 'dropped']],
    [2, 'in-progress', [1, 5], ['done', 'overdue', 'overdue', 'open', 'open']],
    [3, 'overdue', [0, 2], ['open', 'open']],
  ] as const)('goal %i is %s with %j steps done, its steps %j', (goal, state, [done, total], steps) => {
    const g = facts.goals[goal]!;
    expect(g.state).toBe(state);
    expect([g.progress.done, g.progress.total]).toEqual([done, total]);
    expect(g.steps.map((s) => s.state)).toEqual(steps);
  });

  it('counts the steps of a done goal as done with it, and none of them overdue', () => {
    expect(facts.goals[0]!.steps.map((s) => [s.doneWithGoal, s.state])).toEqual([[true, 'done'], [true, 'done']]);
    expect(facts.goals[0]!.stepsOverdue).toBe(0);
    expect(facts.overdue.filter((d) => d.goalIndex === 0)).toEqual([]);
  });

  it('leaves a dropped goal out of the plan progress, and its steps out of every deadline', () => {
    // The plan is as far along as the mean of its goals that count: done (1), 1 of 5 steps (0.2), 0 of 2 (0).
    expect([facts.progress.done, facts.progress.total]).toEqual([3, 9]);
    expect(facts.progress.ratio).toBeCloseTo((1 + 0.2 + 0) / 3, 10);
    expect([...facts.overdue, ...facts.upcoming].filter((d) => d.goalIndex === 1)).toEqual([]);
    expect(facts.goalCounts).toEqual({ total: 3, done: 1, dropped: 1, open: 2 });
  });

  it('marks a step done after its due day as late, and lists overdue things most overdue first', () => {
    expect(facts.goals[2]!.steps[0]).toMatchObject({ state: 'done', late: true });
    expect(facts.overdue.map((d) => [d.kind, d.title, d.when.days])).toEqual([
      ['step', 'Write the discussion guide', -41],
      ['goal', 'Publish a case study', -24],
      ['step', 'Book the research lab', -15],
    ]);
    expect(facts.overdueCounts).toEqual({ steps: 2, goals: 1 });
    expect(facts.stepsOverdue).toBe(2);
  });

  it('puts the next actions in order: overdue first, then by due day, then undated', () => {
    expect(facts.nextActions.map((a) => a.title)).toEqual([
      'Write the discussion guide',
      'Book the research lab',
      'Present the findings',
      'Pick a note-taking tool',
      'Choose the project to write about',
    ]);
  });

  it('says the review is due, and where the horizon and the next deadline stand', () => {
    expect(facts.review).toMatchObject({ due: true, last: { date: '2026-06-01' }, next: { date: '2026-10-01', days: -55 } });
    expect(facts.nextDeadline).toMatchObject({ title: 'Present the findings', when: { day: '2027-03-15' } });
    expect(facts.horizon).toMatchObject({ day: '2029-01-05' });
    expect(facts.evaluations).toEqual({ yes: 0, partly: 1, no: 0, total: 1 });
  });

  it('lays the goals out on one time axis, today marked', () => {
    const { timeline } = facts;
    expect(timeline.rows.map((r) => [r.goalId, r.state])).toEqual([
      ['finish-the-design-systems-course', 'done'],
      ['move-to-the-payments-team', 'dropped'],
      ['run-the-quarterly-usability-study', 'in-progress'],
      ['publish-a-case-study', 'overdue'],
    ]);
    expect([timeline.from, timeline.to]).toEqual(['2026-01', '2027-03']);
    expect(timeline.today).toBeGreaterThan(70);
    expect(timeline.rows.every((r) => r.from >= 0 && r.from + r.width <= 100.01)).toBe(true);
  });

  it('adds up plans for the portfolio', () => {
    const totals = sumPortfolio([loaded, loaded]);
    expect(totals).toMatchObject({ plans: 2, people: 1, goals: 6, goalsDone: 2, steps: 18, stepsDone: 6, stepsOverdue: 4, overdue: 6, reviewsDue: 2 });
  });

  it('measures the same plan the same way whenever it is asked', () => {
    expect(deriveFacts(loaded.plan, TODAY)).toEqual(facts);
  });
});

describe('distances in time', () => {
  it.each([
    ['2026-11-25', '2026-11-25', 'day', 0],
    ['2026-11-25', '2026-12-08', 'day', 13],
    ['2026-11-25', '2026-12-09', 'week', 2],
    ['2026-11-25', '2027-01-23', 'week', 8],
    ['2026-11-25', '2027-01-24', 'week', 8],
    ['2026-11-25', '2027-01-25', 'month', 2],
    ['2026-11-25', '2028-10-25', 'month', 23],
    ['2026-11-25', '2028-11-25', 'year', 2],
    ['2026-11-25', '2024-11-25', 'year', 2],
  ] as const)('from %s to %s is counted in %ss: %i', (from, to, unit, count) => {
    expect(measureSpan(from, to)).toEqual({ unit, count });
  });

  it('never reads a later day as nearer (one scale, no jumps back)', () => {
    let last = 0;
    for (let days = 0; days < 1200; days++) {
      const to = new Date(Date.UTC(2026, 10, 25 + days)).toISOString().slice(0, 10);
      const { unit, count } = measureSpan('2026-11-25', to);
      const approx = count * { day: 1, week: 7, month: 30.44, year: 365.25 }[unit];
      expect(approx, `${days} days read as ${count} ${unit}`).toBeGreaterThanOrEqual(last);
      last = Math.max(last, approx);
    }
  });
});
