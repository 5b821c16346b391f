import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/deploy/headers.js';
import { findAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { crawlSite } from '../helpers/crawl.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';

// The site as deployed to a sub-folder: built with --base /career/, served
// only under /career/ and with the exact headers of netlify.toml.
const PREFIX = '/career/';

let browser: Browser;
let site: StaticSite;
/** The folder of the build in beforeAll, removed in afterAll. */
let temp = '';

beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'planfolio-deploy-'));
  const out = path.join(temp, '_site');
  const build = runPlanfolio(['build', '--plans', 'plans', '--out', out, '--base', PREFIX]);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  browser = await launchBrowser();
  site = await serveStatic(out, { ...SECURITY_HEADERS }, { prefix: PREFIX });
});

afterAll(async () => {
  await site?.close();
  await browser?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Opens the search page for a query and waits for its answer. */
async function searchFor(page: Page, query: string): Promise<{ status: string; results: { title: string; href: string }[] }> {
  await page.goto(`${site.url}${PREFIX}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => !/Searching|^$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return {
    status: await page.innerText('[data-search-status]'),
    results: await page.$$eval('.search-result__title a', (links) => links.map((a) => ({ title: a.textContent ?? '', href: (a as HTMLAnchorElement).pathname }))),
  };
}

describe('the site under a path prefix, with the deployed headers', () => {
  it('resolves every link, stylesheet, script, form, PDF and export under the prefix, with no CSP violation or console error', async () => {
    const page = await browser.newPage();
    const crawl = await crawlSite(page, site.url, PREFIX, PREFIX);
    expect(crawl.broken).toEqual([]);
    expect(crawl.problems).toEqual([]);
    const visited = crawl.visited.map(decodeURI);
    for (const file of ['plans.json', 'deadlines.ics', 'people/ana-garcia/deadlines.ics', 'pdf/portfolio.pdf', 'search/', 'assets/search.js', 'assets/icons.svg']) {
      expect(visited, file).toContain(`${PREFIX}${file}`);
    }
    expect(visited.filter((p) => p.startsWith(`${PREFIX}plans/`)).length).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('sends the security headers with every kind of file', async () => {
    const page = await browser.newPage();
    for (const file of ['', 'plans.json', 'deadlines.ics', 'pdf/portfolio.pdf', 'pagefind/pagefind.js']) {
      const response = await page.request.get(`${site.url}${PREFIX}${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-security-policy'], file).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      expect(response.headers()['cache-control'], file).toBe('public, max-age=0, must-revalidate');
    }
    await page.close();
  });

  it('serves the 404 page, with working links and no CSP violation, for an address that does not exist', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    });
    const response = await page.goto(`${site.url}${PREFIX}plans/no-such-plan/`);
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await page.$eval('link[rel="stylesheet"]', (link) => (link as HTMLLinkElement).sheet !== null)).toBe(true);
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toEqual([PREFIX, `${PREFIX}people/`, `${PREFIX}deadlines/`]);
    await page.close();
  });
});

describe('search, in Chromium, under the CSP', () => {
  // One tab for every search: each goto is a fresh document, and the tab keeps the search engine's compiled
  // code and axe's from one test to the next instead of a new tab compiling them again for each.
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => page?.close());

  it('finds a plan by a skill name and goes to it', async () => {
    const problems: string[] = [];
    const onConsole = (message: ConsoleMessage) => message.type() === 'error' && problems.push(message.text());
    const onError = (error: Error) => problems.push(error.message);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    const { status, results } = await searchFor(page, 'Apache Spark');
    expect(status).toMatch(/^\d+ results? for “Apache Spark”\.$/);
    expect(results[0]).toEqual({ title: 'From senior analyst to data engineering lead', href: `${PREFIX}plans/ana-garcia/2026-data-lead/` });
    expect(await page.$$eval('.search-result mark', (marks) => marks.map((m) => m.textContent).join(' '))).toMatch(/spark/i);
    // The excerpt quotes the plan's skill list, not the chart's table of levels ("Skill Now Target Apache Spark 2. 4.").
    const excerpt = await page.innerText('.search-result__excerpt');
    expect(excerpt).toMatch(/Apache Spark\. Technical/);
    expect(excerpt).not.toMatch(/Now ?Target|Spark 2\. 4\./);
    // A plan's title and text read in their own direction, an Arabic one right to left.
    expect(await page.$eval('.search-result', (el) => [el.querySelector('.search-result__title')!.getAttribute('dir'), el.querySelector('.search-result__excerpt')!.getAttribute('dir')])).toEqual(['auto', 'auto']);
    await page.click('.search-result__title a');
    expect(await page.innerText('h1')).toBe('From senior analyst to data engineering lead');
    expect(problems).toEqual([]);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  });

  it('finds people by name, in their own script', async () => {
    const { results } = await searchFor(page, 'Соколов');
    expect(results.map((r) => r.href)).toContain(encodeURI(`${PREFIX}people/дмитрий-соколов/`));
  });

  it('searches from the box in every page header', async () => {
    await page.goto(`${site.url}${PREFIX}deadlines/`);
    await page.fill('#site-search-q', 'Spark');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/career\/search\/\?q=Spark$/);
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-q')).toBe('Spark');
  });

  it('has no axe-core violations on the search page with results, light and dark', async () => {
    await searchFor(page, 'Spark');
    // One search, checked in both schemes: switching the scheme restyles the page in place.
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await findAxeViolations(page), scheme).toEqual([]);
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('never finds a draft', async () => {
    // Words found only in the draft plans/sato-hanako.md: its city and its mentor.
    for (const word of ['Osaka', 'Watanabe']) {
      const { status, results } = await searchFor(page, word);
      expect(results, word).toEqual([]);
      expect(status).toBe(`Nothing found for “${word}”.`);
    }
  });
});
