import { describe, expect, it } from 'vitest';
import { RebuildQueue, type Changes } from '../../src/watch/rebuild-queue.js';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RebuildQueue', () => {
  it('runs one rebuild at a time and folds changes that arrive meanwhile into the next', async () => {
    const runs: string[][] = [];
    let running = 0;
    let most = 0;
    const queue = new RebuildQueue(async (changes: Changes) => {
      running += 1;
      most = Math.max(most, running);
      runs.push([...changes.plans].sort());
      await tick(20);
      running -= 1;
    }, () => undefined);

    queue.push({ plans: new Set(['a.md']) });
    for (let i = 0; i < 100; i++) queue.push({ plans: new Set([`p${i % 7}.md`]) });
    await queue.idle();

    expect(most).toBe(1);
    expect(runs).toEqual([['a.md'], ['p0.md', 'p1.md', 'p2.md', 'p3.md', 'p4.md', 'p5.md', 'p6.md']]);
  });

  it('never loses a save that lands while the last rebuild is finishing', async () => {
    const seen: string[] = [];
    const queue = new RebuildQueue(async (changes) => {
      seen.push(...changes.plans);
      await tick(10);
    }, () => undefined);
    queue.push({ plans: new Set(['one.md']) });
    await tick(9);
    queue.push({ plans: new Set(['two.md']) });
    await queue.idle();
    expect(seen).toEqual(['one.md', 'two.md']);
  });

  it('keeps going after a rebuild throws, reporting the error', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queue = new RebuildQueue(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
    }, (error) => errors.push(error));
    queue.push({ templates: true });
    await queue.idle();
    queue.push({ rescan: true });
    await queue.idle();
    expect(calls).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom']);
  });
});
