// The plans kept between runs: a file whose bytes gave a valid plan before
// gives the very same plan without being parsed, and anything else (a saved
// file, a broken one, a cache from other code) is read afresh.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { finishPlanCacheWrites, locatePlanCache } from '../../src/load/plan-cache.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

let cacheDir: string;
beforeEach(() => void (cacheDir = mkdtempSync(path.join(tmpdir(), 'planfolio-plan-cache-'))));
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

const today = '2026-11-25';
/** Loads a folder as a build would, with this test's cache folder, once its cache is written. */
async function load(plansDir: string, cache: string | false = cacheDir) {
  const portfolio = await loadPortfolio({ plansDir, today, includeDrafts: true, cacheDir: cache });
  await finishPlanCacheWrites();
  return portfolio;
}
/** The cache file's lines after the fingerprint: `hash<TAB>json`. */
const readEntries = (plansDir: string) => readFileSync(locatePlanCache(plansDir, cacheDir), 'utf8').split('\n').slice(1);
/** Puts other text in place of every cached plan's title, to see whether a load took it from the cache. */
function retitleCachedPlans(plansDir: string, title: string): void {
  const file = locatePlanCache(plansDir, cacheDir);
  const [fingerprint, ...lines] = readFileSync(file, 'utf8').split('\n');
  const changed = lines.map((line) => {
    const at = line.indexOf('\t');
    const plan = JSON.parse(line.slice(at + 1));
    plan.plan.title = title;
    return `${line.slice(0, at)}\t${JSON.stringify(plan)}`;
  });
  writeFileSync(file, [fingerprint, ...changed].join('\n'));
}

describe('the plans kept between runs', () => {
  it('gives every sample and fixture plan back exactly as parsing it does, facts included', async () => {
    for (const dir of ['plans', 'test/fixtures/good']) {
      const fresh = await load(dir, false);
      await load(dir);
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
    writeFileSync(file, [fingerprint, `${line!.slice(0, line!.indexOf('\t'))}\t{"plan": broken`].join('\n'));
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
