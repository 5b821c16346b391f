// What a plan's page says of when it last changed, from its history: a day
// git knows, or why there is none to give.
import { describe, expect, it } from 'vitest';
import type { PlanHistory, Revision } from '../../src/history/types.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { attachHistory, findSkillTrends } from '../../src/site/attach-history.js';
import type { Skill } from '../../src/schema/skill.js';
import { makeSiteData } from '../../src/site/site-data.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

const revision = (date: string, extra: Partial<Revision> = {}): Revision => ({
  hash: 'a'.repeat(40),
  shortHash: 'aaaaaaa',
  date,
  author: 'Sam Lee',
  subject: 'Edit',
  event: 'changed',
  path: 'sam.md',
  valid: true,
  changes: [],
  ...extra,
});

const cases: { case: string; revisions: Revision[]; note: string | undefined; day: string | undefined }[] = [
  { case: 'committed', revisions: [revision('2026-10-02'), revision('2026-01-12')], note: undefined, day: '2026-10-02' },
  { case: 'edited since its last commit', revisions: [revision('2026-11-25', { uncommitted: true, hash: '' }), revision('2026-01-12')], note: 'uncommitted', day: undefined },
  { case: 'never committed', revisions: [revision('2026-11-25', { uncommitted: true, hash: '', event: 'added' })], note: 'uncommitted', day: undefined },
  { case: 'cut short by a shallow clone', revisions: [revision('2026-09-01', { event: 'cut-short' })], note: 'cutShort', day: '2026-09-01' },
];

describe('when a plan last changed', () => {
  it.each(cases)('is told for a plan $case', async ({ revisions, note, day }) => {
    const portfolio = await loadPortfolio({ plansDir: makePortfolio({ 'sam.md': writePlan() }) });
    const data = makeSiteData(portfolio);
    const history: PlanHistory = { status: 'ok', revisions, lastChanged: revisions[0]!.date };
    attachHistory(data, new Map([['sam.md', history]]));
    const [plan] = data.plans;
    expect(plan!.lastChangedNote).toBe(note);
    expect(plan!.lastChanged?.date).toBe(day);
  });
});

describe('skill trends', () => {
  it('go from the oldest level git has to the level now, only for skills that moved, leaving out uncommitted edits', () => {
    const skills = [{ name: 'SQL', level: 3 }, { name: 'Spark', level: 1 }, { name: 'Speaking', level: 2 }, { name: 'New', level: 1 }];
    const revisions = [
      revision('2026-11-25', { uncommitted: true, hash: '', skillLevels: { SQL: 3, Spark: 1, Speaking: 0, New: 1 } }),
      revision('2026-06-01', { skillLevels: { SQL: 2, Spark: 1, Speaking: 2 } }),
      revision('2026-03-01', { skillLevels: { SQL: 1, Spark: 1 } }),
      revision('2026-02-01', { valid: false }),
    ];
    expect(findSkillTrends(skills as Skill[], revisions)).toEqual({
      SQL: { from: 1, to: 3, since: '2026-03-01' },
    });
  });
});
