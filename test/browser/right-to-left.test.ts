// Plans written in Arabic and Hebrew, in a site whose own words are English:
// the plan's own text reads right to left, its words in their order, and an
// English sentence around a plan's words ("For “…”") keeps its own order.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { removeWithCaches } from '../helpers/portfolio.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { makeRepo } from '../history/git-repo.js';

const FIXTURES = path.resolve('test/fixtures/right-to-left');
const PLANS = {
  'plans/layla/2026-finance-director.md': readFileSync(path.join(FIXTURES, 'layla-haddad.md'), 'utf8'),
  'plans/noa/2026-team-lead.md': readFileSync(path.join(FIXTURES, 'noa-levi.md'), 'utf8'),
};

let browser: Browser;
let page: Page;
let site: StaticSite;
let made: string[] = [];

beforeAll(async () => {
  const repo = makeRepo();
  made = [repo.dir];
  repo.commit('Two plans', '2026-02-20', PLANS);
  // A strength that ends in Latin letters: the history says it in an English sentence, quoted.
  const noa = PLANS['plans/noa/2026-team-lead.md'].replace('strengths: [הסבר רעיונות מורכבים]', 'strengths: [הסבר רעיונות מורכבים, עבודה עם מערכת CRM]');
  repo.commit('A strength', '2026-03-10', { 'plans/noa/2026-team-lead.md': noa });
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-rtl-')), '_site');
  made.push(path.dirname(out));
  const build = await runPlanfolioHere(['build', '--no-pdf', '--no-search', '--plans', path.join(repo.dir, 'plans'), '--out', out]);
  if (build.code !== 0) throw new Error(build.stderr);
  browser = await launchBrowser();
  page = await browser.newPage();
  site = await serveStatic(out);
}, 60_000);

afterAll(async () => {
  await site?.close();
  await browser?.close();
  for (const dir of made) removeWithCaches(dir);
});

/** Every run of Arabic or Hebrew text in the page's main part that no element gives a direction of its own (`dir` or `<bdi>`). */
function findUnisolatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rtl = /[\u0590-\u05ff\u0600-\u06ff]/;
    const loose: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      // Charts draw their labels apart (SVG text), each label a run of its own.
      if (!rtl.test(node.textContent ?? '') || parent.closest('svg')) continue;
      if (!parent.closest('bdi, [dir]')) loose.push(`${parent.tagName.toLowerCase()}.${parent.className}: ${node.textContent!.trim()}`);
    }
    return loose;
  });
}

/** The direction Chromium lays each matching element out in. */
const readDirections = (selector: string) => page.$$eval(selector, (els) => els.map((el) => getComputedStyle(el).direction));

describe('plans in Arabic and Hebrew, in Chromium', () => {
  it.each([
    '/plans/layla/2026-finance-director/',
    '/plans/noa/2026-team-lead/',
    '/plans/noa/2026-team-lead/history/',
    '/people/ليلى-حداد/',
    '/people/נעה-לוי/',
    '/people/',
    '/',
    '/deadlines/',
    '/reviews/',
  ])('gives every run of their text a direction of its own on %s', async (url) => {
    const response = await page.goto(`${site.url}${encodeURI(url)}`);
    expect(response?.status()).toBe(200);
    expect(await findUnisolatedText(page)).toEqual([]);
  });

  it("lays out the plan's own text right to left and Planfolio's labels left to right", async () => {
    await page.goto(`${site.url}/plans/noa/2026-team-lead/`);
    for (const selector of ['h1', '.vision__statement', '.goal__title', '.goal__fact--wide dd', '.step__action', '.barrier__what', '.skill__name', '.prose']) {
      expect(await readDirections(selector), selector).toEqual(expect.arrayContaining(['rtl']));
    }
    for (const selector of ['.goal__fact dt', '.barrier__what .label', '.step__meta', 'h2']) {
      expect(new Set(await readDirections(selector)), selector).toEqual(new Set(['ltr']));
    }
  });

  it("keeps the history's sentences in order around the names they quote", async () => {
    await page.goto(`${site.url}/plans/noa/2026-team-lead/history/`);
    const change = page.locator('.change', { hasText: 'CRM' });
    expect(await change.innerText()).toBe('Strength added: “עבודה עם מערכת CRM”');
    expect(await change.locator('bdi').innerText()).toBe('עבודה עם מערכת CRM');
  });

  it("keeps an English sentence's order around a plan's words", async () => {
    await page.goto(`${site.url}/plans/layla/2026-finance-director/`);
    const context = page.locator('.next-actions .deadline__context').first();
    expect(await context.innerText()).toBe('For “الحصول على شهادة CMA”');
    expect(await context.locator('bdi').innerText()).toBe('الحصول على شهادة CMA');
  });

  it('gives each person an address with their letters, leaving out the optional vowel points', async () => {
    await page.goto(`${site.url}/people/`);
    const hrefs = await page.$$eval('.person-card__name a', (links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname)));
    expect(hrefs.sort()).toEqual(['/people/ليلى-حداد/', '/people/נעה-לוי/'].sort());
  });
});
