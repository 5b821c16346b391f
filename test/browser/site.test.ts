import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { findAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { useSharedBuild } from '../helpers/shared-builds.js';

let browser: Browser;
let site: StaticSite;
let plans: LoadedPlan[];
/**
 * The tab of the tests of the sample site: each goto is a fresh document, and one tab spares each test a new
 * tab's browser context and renderer, which compile the site's and axe's code again from nothing.
 */
let page: Page;

beforeAll(async () => {
  const [launched, samples] = await Promise.all([launchBrowser(), useSharedBuild('samples')]);
  browser = launched;
  site = await serveStatic(samples.out);
  plans = (await loadPortfolio({ plansDir: 'plans', today: '2026-11-25' })).plans;
  page = await browser.newPage();
});

afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** A page's links and stylesheets, resolved against its address (or its <base>) as the browser resolves them. */
function readLinks({ html, url }: { html: string; url: string }): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', url);
  return [...doc.querySelectorAll('a[href], link[href], use[href]')].map((el) => new URL(el.getAttribute('href')!, base).href);
}

describe('the site in Chromium', () => {
  it('lists every published plan on the portfolio page, and no draft', async () => {
    await page.goto(`${site.url}/`);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const text = await page.innerText('main');
    for (const plan of plans) {
      expect(hrefs).toContain(encodeURI(plan.url));
      expect(text).toContain(plan.plan.title);
      expect(text).toContain(plan.plan.owner);
    }
    expect(text).not.toContain('佐藤 花子');
  });

  it('resolves every link on every page, PDFs included', async () => {
    // Each page's links are read from its HTML by Chromium's parser, without loading the page: no script of
    // these pages adds a link (search results need a query), and deploy.test.ts opens every page, scripts and all.
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length > 0) {
      const pathname = queue.shift()!;
      // Files (PDFs, calendars, JSON) are fetched; only pages are read, to follow their links.
      const response = await fetch(`${site.url}${pathname}`);
      // Every body is read to its end: a body left unread holds its connection open, and the server's close waits on it.
      const body = await response.arrayBuffer();
      if (response.status !== 200) {
        broken.push(`${pathname} -> ${response.status}`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
        if (body.byteLength === 0) broken.push(`${pathname} -> empty`);
        continue;
      }
      const links = await page.evaluate(readLinks, { html: new TextDecoder().decode(body), url: `${site.url}${pathname}` });
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== site.url || seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    expect(broken).toEqual([]);
    expect([...seen].filter((p) => p.endsWith('.pdf')).length).toBeGreaterThanOrEqual(plans.length);
    expect(seen.size).toBeGreaterThan(plans.length * 2);
  });

  it('shows every goal and every step of a plan on its page', async () => {
    for (const plan of plans) {
      await page.goto(`${site.url}${encodeURI(plan.url)}`);
      const text = (await page.innerText('main')).replace(/\s+/g, ' ');
      expect(await page.innerText('h1')).toBe(plan.plan.title);
      for (const goal of plan.plan.goals) {
        expect(text).toContain(goal.title.replace(/\s+/g, ' '));
        for (const step of goal.steps) expect(text).toContain(step.action.replace(/\s+/g, ' '));
      }
    }
  });

  it('starts keyboard navigation at a skip link to the content', async () => {
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      return { tag: el.tagName, href: el.getAttribute('href') };
    });
    expect(focused.tag).toBe('A');
    expect(focused.href).toMatch(/^#/);
  });

  const pages = () => [
    '/',
    encodeURI(plans.find((p) => p.relativePath === 'ana-garcia/2026-data-lead.md')!.url),
    encodeURI(plans.find((p) => /[^\x00-\x7f]/.test(p.plan.owner) && p.plan.goals.length > 1)!.url),
    '/people/ana-garcia/',
    '/deadlines/',
    '/reviews/',
    '/status/active/',
    '/no/such/page/',
  ];
  // Sixteen runs of axe: more than one test's usual minute on a busy machine.
  it('has no axe-core violations on each kind of page, light and dark', { timeout: 180_000 }, async () => {
    const violations: string[] = [];
    try {
      for (const pathname of pages()) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${site.url}${pathname}`);
        // Each page is loaded once and checked in both schemes: switching the scheme restyles it in place.
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          violations.push(...(await findAxeViolations(page)).map((v) => `${pathname} (${scheme}) ${v}`));
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(violations).toEqual([]);
  });

  it('draws every icon from the one file that defines them, in the colours of its place', async () => {
    // The sprite's symbols, read from the file the site serves.
    const sprite = await (await fetch(`${site.url}/assets/icons.svg`)).text();
    const defined = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('symbol[id]')].map((s) => s.id), sprite);
    const drawn = new Map<string, { pathname: string; index: number }>();
    const plan = encodeURI(plans.find((p) => p.relativePath === 'ana-garcia/2026-data-lead.md')!.url);
    const enough = encodeURI(plans.find((p) => p.relativePath === 'dmitry-sokolov.md')!.url);
    for (const pathname of ['/', plan, enough, '/people/ana-garcia/', '/deadlines/', '/search/']) {
      await page.goto(`${site.url}${pathname}`);
      const uses = await page.$$eval('use', (els) => els.map((el) => el.getAttribute('href') ?? ''));
      uses.forEach((href, index) => {
        expect(href, pathname).toMatch(/^\/assets\/icons\.svg#[a-z-]+$/);
        const id = href.split('#')[1]!;
        expect(defined, `${pathname} ${href}`).toContain(id);
        if (!drawn.has(id)) drawn.set(id, { pathname, index });
      });
    }
    expect([...drawn.keys()].sort()).toEqual(['calendar', 'data', 'download', 'enough', 'history', 'not-enough', 'resources', 'search', 'step', 'step-done']);
    // Each icon draws something: its place looks different once its <use> is taken away.
    for (const [id, { pathname, index }] of drawn) {
      await page.goto(`${site.url}${pathname}`);
      // A handle, not a locator: once its <use> is gone, the element no longer matches the selector.
      const svg = (await page.locator('svg:has(> use)').nth(index).elementHandle())!;
      const shown = await svg.screenshot();
      await svg.evaluate((el) => el.querySelector('use')!.remove());
      expect(Buffer.compare(shown, await svg.screenshot()), id).not.toBe(0);
    }
    // A done step's box is filled and checked, an open one is not.
    await page.goto(`${site.url}${plan}`);
    const done = await page.locator('.step--done .step__box svg').first().screenshot();
    const open = await page.locator('.step--open .step__box svg').first().screenshot();
    expect(Buffer.compare(done, open)).not.toBe(0);
  });

  it('serves a 404 page with a way back', async () => {
    const response = await page.goto(`${site.url}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.$$eval('a[href]', (links) => links.some((a) => new URL((a as HTMLAnchorElement).href).pathname === '/'))).toBe(true);
  });
});

describe('a plan full of markup and template code', () => {
  let evil: StaticSite;
  beforeAll(async () => {
    evil = await serveStatic((await useSharedBuild('injection')).out);
  });
  afterAll(async () => evil?.close());

  it('runs none of it and shows it as literal text on every page', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const pathname of ['/', '/plans/evil/', '/deadlines/', '/people/img-src-x-onerror-window-pwned-owner/']) {
      const response = await page.goto(`${evil.url}${pathname}`);
      expect(response?.status(), pathname).toBe(200);
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), pathname).toBeUndefined();
      expect(await page.$$eval('script, iframe, object, marquee, img[src="x"]', (els) => els.length), pathname).toBe(0);
      expect(await page.$$eval('[onerror], [onload], [onclick], [onmouseover]', (els) => els.length), pathname).toBe(0);
      expect(await page.$$eval('a[href]', (links) => links.filter((a) => /^(javascript|data|vbscript):/i.test(a.getAttribute('href')!)).length)).toBe(0);
    }
    await page.goto(`${evil.url}/plans/evil/`);
    expect(await page.innerText('h1')).toBe("<script>window.__pwned = 'title'</script>{{ 7 * 7 }}");
    const text = await page.innerText('main');
    expect(text).toContain("<script>window.__pwned = 'body'</script>");
    expect(text).toContain('{{ site.title }} {% if true %}template code{% endif %} ${7*7}');
    expect(text).toContain("<script>window.__pwned='step'</script>{{ 6 * 7 }}");
    // A goal's title inside a sentence of Planfolio's own (tOwn), escaped there too.
    expect(text).toContain("For “<script>window.__pwned='goal'</script>”");
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
