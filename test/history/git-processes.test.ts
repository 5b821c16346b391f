import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildHistory } from '../../src/history/build-history.js';
import { writePlan } from '../helpers/portfolio.js';
import { loadPlans, makeRepo, TODAY } from './git-repo.js';
import { V1, V2, V3 } from './plan-versions.js';

// Every git process history starts goes through child_process.spawn; count them.
const spawned = vi.hoisted(() => [] as string[][]);
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  const spawn = ((command: string, args: string[], options: object) => {
    if (command === 'git') spawned.push(args);
    return original.spawn(command, args, options);
  }) as typeof original.spawn;
  return { ...original, spawn };
});

/** The git subcommand of each process (skipping `-c name=value` options). */
const subcommands = () => spawned.map((args) => args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c'));

describe('git processes', () => {
  beforeEach(() => void spawned.splice(0));

  it('reads one plan with three revisions in three git processes', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    repo.commit('Mid-year', '2026-07-01', { 'plans/sam.md': V3 });
    const plansDir = path.join(repo.dir, 'plans');
    const plans = await loadPlans(plansDir);
    spawned.splice(0);
    await buildHistory({ plansDir, plans, today: TODAY, workers: 0, includeWorkingTree: true });
    expect(subcommands()).toEqual(['rev-parse', 'log', 'cat-file']);
  });

  it('reads forty plans with twelve revisions each in the same three', async () => {
    const repo = makeRepo();
    const names = Array.from({ length: 40 }, (_, i) => `plans/p${i}.md`);
    for (let c = 0; c < 12; c++) {
      const due = `2027-${String(c + 1).padStart(2, '0')}-15`;
      repo.commit(`Round ${c}`, `2026-01-${String(c + 10)}`, Object.fromEntries(names.map((n) => [n, writePlan({ extra: `nextReview: ${due}\n` })])));
    }
    const plansDir = path.join(repo.dir, 'plans');
    const plans = await loadPlans(plansDir);
    spawned.splice(0);
    const histories = await buildHistory({ plansDir, plans, today: TODAY, workers: 0, includeWorkingTree: true });
    expect(subcommands()).toEqual(['rev-parse', 'log', 'cat-file']);
    expect([...histories.values()].every((h) => h.revisions.length === 12)).toBe(true);
    expect(histories.get('p3.md')!.revisions[0]!.changes.map((c) => c.text)).toEqual(['Next review moved from 15 Nov 2027 to 15 Dec 2027, 1 month later']);
  });
});
