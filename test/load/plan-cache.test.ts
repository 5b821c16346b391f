// The plans kept between runs: a file whose bytes gave a valid plan before
// gives the very same plan without being parsed, and anything else (a saved
// file, a broken one, a cache from other code) is read afresh.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { locatePlanCache } from '../../src/load/plan-cache.js';
import { runExitSaves } from '../../src/runtime/save-on-exit.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

let cacheDir: string;
beforeEach(() => void (cacheDir = mkdtempSync(path.join(tmpdir(), 'planfolio-plan-cache-'))));
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

const today = '2026-11-25';
/** Loads a folder as a command would, with this test's cache folder, reading the facts (as a build does) or not (as a check does), and ends the command. */
async function load(plansDir: string, cache: string | false = cacheDir, options: { facts?: boolean; today?: string } = {}) {
  const portfolio = await loadPortfolio({ plansDir, today: options.today ?? today, includeDrafts: true, cacheDir: cache });
  if (options.facts) for (const plan of portfolio.plans) void plan.facts;
  await runExitSaves();
  return portfolio;
}
/** The cache file's lines after the fingerprint: key, day of the facts, plan, facts, tab-separated. */
const readEntries = (plansDir: string) => {
  const file = locatePlanCache(plansDir, cacheDir);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(1) : [];
};
/** Changes every cached plan (and its facts, if kept), to see whether a load took them from the cache. */
function changeCachedPlans(plansDir: string, change: (entry: { plan: { plan: { title: string } }; facts?: { progress: { done: number } } }) => void): void {
  const file = locatePlanCache(plansDir, cacheDir);
  const [fingerprint, ...lines] = readFileSync(file, 'utf8').split('\n');
  const changed = lines.map((line) => {
    const [key, day, plan, facts] = line.split('\t');
    const entry = { plan: JSON.parse(plan!), ...(facts ? { facts: JSON.parse(facts) } : {}) };
    change(entry);
    return [key, day, JSON.stringify(entry.plan), entry.facts ? JSON.stringify(entry.facts) : ''].join('\t');
  });
  writeFileSync(file, [fingerprint, ...changed].join('\n'));
}
const retitleCachedPlans = (plansDir: string, title: string) => changeCachedPlans(plansDir, (entry) => void (entry.plan.plan.title = title));

describe('the plans kept between runs', () => {
  it('gives every sample and fixture plan back exactly as parsing it does, facts included', async () => {
    for (const dir of ['plans', 'test/fixtures/good']) {
      const fresh = await load(dir, false, { facts: true });
      await load(dir, cacheDir, { facts: true });
      const cached = await load(dir);
      expect(readEntries(dir)).toHaveLength(fresh.plans.length);
      expect(cached.plans.map((p) => ({ ...p }))).toStrictEqual(fresh.plans.map((p) => ({ ...p })));
    }
  });

  it('takes an unchanged file from the cache and reads a saved one afresh', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan({ title: 'Lead' }), 'sam.md': writePlan({ title: 'Grow', owner: 'Sam Lee' }) });
    await load(dir);
    retitleCachedPlans(dir, 'From the cache');
    writeFileSync(path.join(dir, 'sam.md'), writePlan({ title: 'Grow further', owner: 'Sam Lee' }));
    const { plans } = await load(dir);
    expect(plans.map((p) => [p.relativePath, p.plan.title])).toEqual([
      ['ana.md', 'From the cache'],
      ['sam.md', 'Grow further'],
    ]);
  });

  it('never keeps a broken plan: its problems are found, placed and worded on every run', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan({ extra: 'status: unknown\n' }) });
    const first = await load(dir);
    const second = await load(dir);
    expect(second.problems.map((p) => formatProblem(p))).toEqual(first.problems.map((p) => formatProblem(p)));
    expect(second.problems).toHaveLength(1);
    expect(readEntries(dir)).toEqual([]);
  });

  it('keeps facts with the day they were derived for, and uses them on that day only', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan() });
    await load(dir);
    expect(readEntries(dir)[0]!.split('\t')[3]).toBe('');
    await load(dir, cacheDir, { facts: true });
    expect(readEntries(dir)[0]!.split('\t')[1]).toBe(today);
    changeCachedPlans(dir, (entry) => void (entry.facts!.progress.done = 99));
    expect((await load(dir)).plans[0]!.facts.progress.done).toBe(99);
    const tomorrow = await load(dir, cacheDir, { facts: true, today: '2026-11-26' });
    expect(tomorrow.plans[0]!.facts).toMatchObject({ today: '2026-11-26', progress: { done: 1 } });
    expect(readEntries(dir)[0]!.split('\t')[1]).toBe('2026-11-26');
  });

  it('leaves the file as it is when every plan came from it unchanged', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan() });
    await load(dir, cacheDir, { facts: true });
    const file = locatePlanCache(dir, cacheDir);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    await load(dir, cacheDir, { facts: true });
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('keeps only the plans of the last run', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan(), 'sam.md': writePlan({ owner: 'Sam Lee' }) });
    await load(dir);
    rmSync(path.join(dir, 'sam.md'));
    await load(dir);
    expect(readEntries(dir)).toHaveLength(1);
  });

  it('passes over a cache written by other code, and damaged lines', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan({ title: 'Lead' }) });
    await load(dir);
    retitleCachedPlans(dir, 'From the cache');
    const file = locatePlanCache(dir, cacheDir);
    const [, ...lines] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, ['another-fingerprint', ...lines].join('\n'));
    expect((await load(dir)).plans[0]!.plan.title).toBe('Lead');
    const [fingerprint, line] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [fingerprint, `${line!.slice(0, line!.indexOf('\t'))}\t\t{"plan": broken\t`].join('\n'));
    expect((await load(dir)).plans[0]!.plan.title).toBe('Lead');
  });

  it('writes nothing without a cache folder, and leaves no temporary file behind', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan() });
    await load(dir, false);
    expect(readdirSync(cacheDir)).toEqual([]);
    await load(dir);
    expect(readdirSync(path.dirname(locatePlanCache(dir, cacheDir)))).toEqual([path.basename(locatePlanCache(dir, cacheDir))]);
  });
});

describe('the plan cache folder', () => {
  it('lets go of the plans of folders not built for a month, and of files a stopped run left half written', async () => {
    const dir = makePortfolio({ 'ana.md': writePlan() });
    const folder = path.dirname(locatePlanCache(dir, cacheDir));
    mkdirSync(folder, { recursive: true });
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    const hourAgo = new Date(Date.now() - 2 * 3600 * 1000);
    for (const [name, when] of [['gone.tsv', old], ['recent.tsv', new Date()], ['stopped.tsv.1.x.tmp', hourAgo], ['writing.tsv.2.y.tmp', new Date()]] as const) {
      writeFileSync(path.join(folder, name), '');
      utimesSync(path.join(folder, name), when, when);
    }
    await load(dir);
    expect(readdirSync(folder).sort()).toEqual([path.basename(locatePlanCache(dir, cacheDir)), 'recent.tsv', 'writing.tsv.2.y.tmp'].sort());
  });
});
