import { describe, expect, it } from 'vitest';
import { makeCommitUrl } from '../../src/history/commit-url.js';
import { layOutProgressChart } from '../../src/history/progress-chart.js';
import type { Revision } from '../../src/history/types.js';

const HASH = '0123456789abcdef0123456789abcdef01234567';

describe('makeCommitUrl', () => {
  it.each([
    ['https://github.com/sam/plans', `https://github.com/sam/plans/commit/${HASH}`],
    ['https://github.com/sam/plans.git', `https://github.com/sam/plans/commit/${HASH}`],
    ['https://github.com/sam/plans/', `https://github.com/sam/plans/commit/${HASH}`],
    ['git@github.com:sam/plans.git', `https://github.com/sam/plans/commit/${HASH}`],
    ['ssh://git@github.com:22/sam/plans.git', `https://github.com/sam/plans/commit/${HASH}`],
    ['https://x-access-token:secret@github.com/sam/plans.git', `https://github.com/sam/plans/commit/${HASH}`],
    ['https://gitlab.com/group/sub/plans', `https://gitlab.com/group/sub/plans/-/commit/${HASH}`],
    ['git@bitbucket.org:sam/plans.git', `https://bitbucket.org/sam/plans/commits/${HASH}`],
    ['https://codeberg.org/sam/plans', `https://codeberg.org/sam/plans/commit/${HASH}`],
  ])('links %s', (url, expected) => {
    expect(makeCommitUrl(url, HASH)).toBe(expected);
  });

  it.each([[undefined], [''], ['/home/sam/plans'], ['file:///srv/plans.git'], ['not a url'], ['https://github.com/']])('gives no link for %s', (url) => {
    expect(makeCommitUrl(url, HASH)).toBeUndefined();
  });

  it('never keeps credentials from a clone URL', () => {
    expect(makeCommitUrl('https://user:token@github.com/sam/plans', HASH)).toBe(`https://github.com/sam/plans/commit/${HASH}`);
  });
});

describe('layOutProgressChart', () => {
  const revision = (date: string, done: number, total: number, extra: Partial<Revision> = {}): Revision => ({
    hash: `${date}hash`,
    shortHash: date.slice(5),
    date,
    author: 'Sam',
    subject: 's',
    event: 'changed',
    path: 'sam.md',
    valid: true,
    changes: [],
    progress: { done, total, ratio: total ? done / total : 0 },
    ...extra,
  });

  it('puts the oldest revision left and the newest right, by date, with done at the top', () => {
    const chart = layOutProgressChart([
      revision('2026-12-31', 4, 4),
      revision('2026-07-01', 1, 4, { valid: false, progress: undefined }),
      revision('2026-04-01', 1, 4),
      revision('2026-01-01', 0, 2),
    ], '2027-01-15');
    expect(chart.points.map((p) => [p.x, p.y, p.done, p.total, p.ratio])).toEqual([
      [0, 100, 0, 2, 0],
      [24.73, 75, 1, 4, 0.25],
      [100, 0, 4, 4, 1],
    ]);
    expect(chart.polyline).toBe('0,100 24.73,75 100,0');
    expect([chart.from, chart.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('spreads revisions of one day evenly, centres a single one, and draws nothing without progress', () => {
    const sameDay = [revision('2026-01-01', 2, 2), revision('2026-01-01', 1, 2), revision('2026-01-01', 0, 2)];
    expect(layOutProgressChart(sameDay, '2026-11-25').points.map((p) => p.x)).toEqual([0, 50, 100]);
    expect(layOutProgressChart([revision('2026-01-01', 1, 2)], '2026-11-25').points.map((p) => [p.x, p.y])).toEqual([[50, 50]]);
    expect(layOutProgressChart([], '2026-11-25')).toEqual({ points: [], polyline: '' });
  });

  it('draws a commit dated after today (a clock set wrong) at today, without stretching the axis', () => {
    const chart = layOutProgressChart([revision('2031-05-01', 2, 2), revision('2026-06-01', 1, 2), revision('2026-01-01', 0, 2)], '2026-12-31');
    expect(chart.points.map((p) => p.x)).toEqual([0, 41.48, 100]);
    expect([chart.from, chart.to]).toEqual(['2026-01-01', '2026-12-31']);
  });
});
