import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { makeRepo } from '../history/git-repo.js';
import { BROKEN, V1, V2, V3, V4 } from '../history/plan-versions.js';
import { makeTempDir, removeWithCaches } from '../helpers/portfolio.js';

let browser: Browser;
let site: StaticSite;
/** The repository and the output folder of the build in beforeAll, removed in afterAll. */
let made: string[] = [];

beforeAll(async () => {
  const repo = makeRepo();
  made = [repo.dir];
  repo.commit('Start my plan', '2026-01-12', { 'plans/sam.md': V1 });
  repo.commit('Shadowing done, timeline moved', '2026-04-20', { 'plans/sam.md': V2 });
  repo.commit('Oops', '2026-05-02', { 'plans/sam.md': BROKEN });
  repo.commit('Mid-year review', '2026-07-01', { 'plans/sam.md': V3 });
  repo.commit('Plan achieved', '2026-10-02', { 'plans/sam.md': V4 });
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-history-site-')), '_site');
  made.push(path.dirname(out));
  // Built in this process (run-here.ts): the pages are what is checked here, not the command line.
  const build = await runPlanfolioHere(['build', '--no-pdf', '--no-search', '--plans', path.join(repo.dir, 'plans'), '--out', out]);
  if (build.code !== 0) throw new Error(build.stderr);
  browser = await launchBrowser();
  site = await serveStatic(out);
});

afterAll(async () => {
  await site?.close();
  await browser?.close();
  // With the caches of the repository's plans folder, which no later run reads.
  for (const dir of made) removeWithCaches(dir);
});

describe('a plan edited over several commits, in Chromium', () => {
  it('links its history from its page, with the day it last changed and how skill levels moved', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/plans/sam/`);
    expect(await page.innerText('main')).toMatch(/Last changed\s+2 Oct 2026/i);
    expect(await page.$$eval('.skill__trend', (els) => els.map((el) => el.textContent))).toEqual(['2 → 3 since 12 Jan 2026']);
    await page.click('text=History of this plan');
    expect(new URL(page.url()).pathname).toBe('/plans/sam/history/');
    await page.close();
  });

  it('tells each revision in words, newest first, and lists the one that did not validate', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/plans/sam/history/`);
    const subjects = await page.$$eval('.revision__subject', (els) => els.map((el) => el.textContent?.trim()));
    expect(subjects).toEqual(['Plan achieved', 'Mid-year review', 'Oops', 'Shadowing done, timeline moved', 'Start my plan']);
    // Commit messages and authors are not the plan's own words: search leaves them out, and the page is not indexed at all.
    const heads = await page.$$eval('.revision__head', (els) => els.map((el) => el.hasAttribute('data-pagefind-ignore')));
    expect(heads).toEqual([true, true, true, true, true]);
    expect(await page.$('[data-pagefind-body]')).toBeNull();
    const planPage = await browser.newPage();
    await planPage.goto(`${site.url}/plans/sam/`);
    expect(await planPage.getAttribute('main', 'data-pagefind-body')).toBe('');
    await planPage.close();
    const text = (await page.innerText('main')).replace(/\s+/g, ' ');
    for (const sentence of [
      'Plan status changed from active to achieved',
      'Goal renamed from “Run the weekly planning meeting” to “Lead the team planning meetings”',
      '“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later',
      'Step done: Shadow the current lead on 20 Apr 2026',
      'Not a valid plan',
    ]) {
      expect(text).toContain(sentence);
    }
    await page.close();
  });

  it('draws the progress chart with a point per valid revision', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/plans/sam/history/`);
    expect(await page.$$eval('.history-chart__point', (els) => els.length)).toBe(4);
    const box = await page.locator('.history-chart__svg').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await page.getAttribute('.history-chart__line', 'points')).toMatch(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+){3}$/);
    await page.close();
  });
});

describe('history where git has none to give', () => {
  it('says history is unavailable on the history page, and still builds', async () => {
    const plans = path.join(makeTempDir('planfolio-nogit-'), 'plans');
    cpSync('test/fixtures/good/bom.md', path.join(plans, 'bom.md'), { recursive: true });
    const out = path.join(makeTempDir('planfolio-nogit-site-'), '_site');
    const build = await runPlanfolioHere(['build', '--no-pdf', '--no-search', '--plans', plans, '--out', out]);
    expect(build.code).toBe(0);
    const served = await serveStatic(out);
    const page = await browser.newPage();
    await page.goto(`${served.url}/plans/bom/history/`);
    expect(await page.innerText('main')).toContain('History is unavailable');
    await page.close();
    await served.close();
  });
});
