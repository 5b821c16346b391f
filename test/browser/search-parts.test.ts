// A large site's search index is written in parts, each by a Pagefind
// process of its own, and the search page searches them as one. The sample
// site, indexed again in parts of at most 60 KB of page HTML, stands in for
// thousands of plans.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/deploy/headers.js';
import { indexSearch } from '../../src/site/index-search.js';
import { launchBrowser } from '../helpers/browser.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { useSharedBuild } from '../helpers/shared-builds.js';

let browser: Browser;
let site: StaticSite;
let root: string;
let indexed: { pages: number; parts: number };

beforeAll(async () => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-search-parts-')), '_site');
  cpSync((await useSharedBuild('samples')).out, root, { recursive: true });
  indexed = await indexSearch(root, { partBytes: 60_000 });
  browser = await launchBrowser();
  site = await serveStatic(root, { ...SECURITY_HEADERS });
}, 60_000);

afterAll(async () => {
  await site?.close();
  await browser?.close();
  if (root) rmSync(path.dirname(root), { recursive: true, force: true });
});

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => !/Searching|^$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.$$eval('.search-result__title a', (links) => links.map((a) => decodeURI((a as HTMLAnchorElement).pathname)));
}

describe('a search index in parts', () => {
  it('holds only the plan and person pages, each part in a folder of its own listed in parts.json', () => {
    const pages = readdirSync(path.join(root, 'plans'), { recursive: true }).filter((f) => /index\.html$/.test(String(f)) && !String(f).includes('history')).length;
    const people = readdirSync(path.join(root, 'people'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(indexed.pages).toBe(pages + people);
    expect(indexed.parts).toBeGreaterThan(2);
    const parts = JSON.parse(readFileSync(path.join(root, 'pagefind', 'parts.json'), 'utf8')) as string[];
    expect(parts).toEqual(Array.from({ length: indexed.parts - 1 }, (_, i) => `part-${i + 2}/`));
    for (const part of parts) expect(readdirSync(path.join(root, 'pagefind', part))).toContain('pagefind-entry.json');
  });

  it('is searched as one from the search page, under the CSP, a plan and a person from different parts', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    expect(await searchFor(page, 'Apache Spark')).toContain('/plans/ana-garcia/2026-data-lead/');
    expect(await searchFor(page, 'Соколов')).toEqual(expect.arrayContaining(['/people/дмитрий-соколов/', '/plans/dmitry-sokolov/']));
    expect(problems).toEqual([]);
    await page.close();
  });
});
