import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildHistory, createHistoryCache } from '../../src/history/build-history.js';
import { readHistoryCache, writeHistoryCache } from '../../src/history/history-cache-file.js';
import { writePlan } from '../helpers/portfolio.js';
import { gitEnv, loadPlans, makeRepo, makeTempDir, TODAY } from './git-repo.js';
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
    await buildHistory({ plansDir, plans, today: TODAY, includeWorkingTree: true });
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
    const histories = await buildHistory({ plansDir, plans, today: TODAY, includeWorkingTree: true });
    expect(subcommands()).toEqual(['rev-parse', 'log', 'cat-file']);
    expect([...histories.values()].every((h) => h.revisions.length === 12)).toBe(true);
    expect(histories.get('p3.md')!.revisions[0]!.changes.map((c) => c.text)).toEqual(['Next review moved from 15 Nov 2027 to 15 Dec 2027, 1 month later']);
  });

  it('reuses lineages from a cache between builds of a watch session', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1, 'plans/ana.md': writePlan() });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    const plansDir = path.join(repo.dir, 'plans');
    const cache = createHistoryCache();
    const build = async () => buildHistory({ plansDir, plans: await loadPlans(plansDir), today: TODAY, includeWorkingTree: true, cache });

    const first = await build();
    spawned.splice(0);
    expect(await build()).toEqual(first);
    expect(subcommands()).toEqual(['rev-parse', 'log']);

    // An uncommitted edit is compared with the cached last valid version: still no cat-file.
    repo.write({ 'plans/sam.md': V3 });
    spawned.splice(0);
    const edited = await build();
    expect(subcommands()).toEqual(['rev-parse', 'log']);
    expect(edited.get('sam.md')!.revisions[0]!.changes[0]!.text).toBe('Goal renamed from “Run the weekly planning meeting” to “Lead the team planning meetings”');

    // A new commit changes one lineage: only that one is read again.
    repo.commit('Mid-year', '2026-07-01');
    spawned.splice(0);
    const committed = await build();
    expect(subcommands()).toEqual(['rev-parse', 'log', 'cat-file']);
    expect(committed.get('sam.md')!.revisions.map((r) => r.subject)).toEqual(['Mid-year', 'Review', 'Changed with 1 other plan']);
    expect(committed.get('ana.md')).toEqual(first.get('ana.md'));
    expect(cache.size).toBe(2);
  });

  it('keeps the cache on disk for the next build, and ignores a cache from other code', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1, 'plans/ana.md': writePlan() });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    const plansDir = path.join(repo.dir, 'plans');
    const file = path.join(makeTempDir(), 'cache', 'history.json');
    const plans = await loadPlans(plansDir);
    const build = async (cache = createHistoryCache()) => buildHistory({ plansDir, plans, today: TODAY, includeWorkingTree: true, cache });

    const cache = await readHistoryCache(file);
    expect(cache.size).toBe(0);
    const first = await build(cache);
    await writeHistoryCache(cache, file);

    spawned.splice(0);
    expect(await build(await readHistoryCache(file))).toEqual(first);
    expect(subcommands()).toEqual(['rev-parse', 'log']);

    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"other code"'));
    expect((await readHistoryCache(file)).size).toBe(0);
    writeFileSync(file, '{ not json');
    expect((await readHistoryCache(file)).size).toBe(0);
  });

  it('fetches the old versions of a blobless clone in one request before reading them', async () => {
    const repo = makeRepo();
    repo.git('config', 'uploadpack.allowFilter', 'true');
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1, 'plans/ana.md': writePlan() });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    repo.commit('Mid-year', '2026-07-01', { 'plans/sam.md': V3 });
    const clone = path.join(makeTempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--filter=blob:none', `file://${repo.dir}`, clone], { env: gitEnv() });
    const plansDir = path.join(clone, 'plans');
    const plans = await loadPlans(plansDir);

    spawned.splice(0);
    const histories = await buildHistory({ plansDir, plans, today: TODAY });
    expect(subcommands()).toEqual(['rev-parse', 'log', 'rev-list', 'config', 'fetch', 'cat-file']);
    expect(histories.get('sam.md')!.revisions.map((r) => r.valid)).toEqual([true, true, true]);

    // Everything is local now: the next build lists what is missing, finds nothing, fetches nothing.
    spawned.splice(0);
    await buildHistory({ plansDir, plans, today: TODAY });
    expect(subcommands()).toEqual(['rev-parse', 'log', 'rev-list', 'cat-file']);
  });
});
