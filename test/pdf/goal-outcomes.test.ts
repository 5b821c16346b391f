// How a goal's outcome is drawn in a plan's PDF, as on the site: an open or
// done goal gets a progress bar, a dropped goal only says what was done
// before it was dropped, and why.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pdf/layout/blocks.js';
import { makeGoals } from '../../src/pdf/sections/goals.js';
import { makeWords } from '../../src/words/words.js';
import { makeLoadedPlan } from './fixtures.js';

const loaded = makeLoadedPlan(
  {
    title: 'Goals that ended differently',
    owner: 'Kim Outcome',
    created: '2026-01-01',
    vision: { statement: 'Finish what matters.' },
    goals: [
      { title: 'Open goal', outcome: 'Done', due: '2027-01-31', steps: [{ action: 'Start', done: '2026-02-01' }, { action: 'Finish' }] },
      { title: 'Dropped goal', outcome: 'Moved', due: '2027-01-31', status: 'dropped', reason: 'Changed teams', steps: [{ action: 'Apply', done: '2026-02-01' }] },
    ],
  },
  'kim/outcome.md',
);

/** Every block inside a block, itself included. */
function flatten(block: Block): Block[] {
  const inner = block.kind === 'stack' ? block.children : block.kind === 'row' ? block.cells.flatMap((c) => c.blocks) : [];
  return [block, ...inner.flatMap(flatten)];
}

/** The blocks of each goal, by the bookmark its opening carries. */
function blocksOfGoal(number: number): Block[] {
  const blocks = makeGoals({ plan: loaded.plan, facts: loaded.facts, body: '', words: makeWords('en') });
  const opening = blocks.find((b) => b.mark?.id === `goal-${number}`)!;
  return flatten(opening);
}

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'text' ? [b.spans.map((s) => s.text).join('')] : []));

describe('a goal in the PDF', () => {
  it('draws an open goal’s progress bar under its share and steps', () => {
    const blocks = blocksOfGoal(1);
    expect(blocks.filter((b) => b.kind === 'bar')).toEqual([expect.objectContaining({ ratio: 0.5 })]);
    expect(texts(blocks)).toContain('50% · 1 of 2 steps done');
  });

  it('draws no bar for a dropped goal: only its steps done, and why it was dropped', () => {
    const blocks = blocksOfGoal(2);
    expect(blocks.some((b) => b.kind === 'bar')).toBe(false);
    expect(texts(blocks)).toEqual(expect.arrayContaining(['1 of 1 step done', 'Dropped: Changed teams']));
  });
});
