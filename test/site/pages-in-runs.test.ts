// A large portfolio's plan pages are rendered in runs of PLAN_PAGES_PER_RUN
// (an Eleventy run holds every page it renders until it ends); the site is
// the same as from one run. Runs of two plans stand in for runs of 500.
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite, PLAN_PAGES_PER_RUN } from '../../src/site/build-site.js';
import { makeTempDir } from '../helpers/portfolio.js';
import { useSharedBuild } from '../helpers/shared-builds.js';
import { hashTree } from '../helpers/tree.js';

const withoutSearch = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([file]) => !file.startsWith(`pagefind${path.sep}`)));

let unregister: () => Promise<void>;

beforeAll(() => {
  // Eleventy imports eleventy.config.ts itself, outside Vitest, as `planfolio` does under tsx.
  unregister = register();
  // As runPlanfolio pins them for the suite's shared build of the sample plans.
  vi.stubEnv('PLANFOLIO_TODAY', '2026-11-25');
  vi.stubEnv('SOURCE_DATE_EPOCH', '1767225600');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await unregister();
});

describe('plan pages rendered in runs', () => {
  it('give the same site, byte for byte, as one run of every page', async () => {
    expect(PLAN_PAGES_PER_RUN).toBe(500);
    const out = path.join(makeTempDir('planfolio-runs-'), '_site');
    const collectGarbage = vi.fn();
    const result = await buildSite({ plansDir: 'plans', outDir: out, search: false, planPagesPerRun: 2, collectGarbage });
    // Once, when the site's data is let go.
    expect(collectGarbage).toHaveBeenCalledTimes(1);
    expect(result.pages).toBeGreaterThan(result.portfolio.plans.length * 2);
    expect(withoutSearch(hashTree(out))).toEqual(withoutSearch(hashTree((await useSharedBuild('samples')).out)));
  }, 120_000);
});
