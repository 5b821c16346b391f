import type { Page } from 'playwright-core';

/** What following every link of a site found. */
export interface Crawl {
  /** Every same-origin path reached, pages and files. */
  visited: string[];
  /** `path -> status` for links that did not answer 200, and links that leave the prefix. */
  broken: string[];
  /** CSP violations and console errors, as `path: message`. */
  problems: string[];
}

/**
 * Follows every link, stylesheet, script, form and icon of a site from `start`,
 * as a visitor would: pages are opened in the browser (so their CSP applies
 * and any violation or console error is caught), files such as PDFs and
 * calendars are fetched, since a browser downloads rather than shows them.
 */
export async function crawlSite(page: Page, origin: string, start: string, prefix = '/'): Promise<Crawl> {
  const crawl: Crawl = { visited: [], broken: [], problems: [] };
  let current = start;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') crawl.problems.push(`${current}: ${message.text()}`);
  });
  page.on('pageerror', (error) => crawl.problems.push(`${current}: ${error.message}`));

  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const pathname = queue.shift()!;
    current = pathname;
    crawl.visited.push(pathname);
    const isPage = pathname.endsWith('/') || pathname.endsWith('.html');
    // A browser sends a GET again when a reused socket was reset under it; the fetch of a file does the same, once.
    const response = isPage ? await page.goto(`${origin}${pathname}`) : await page.request.get(`${origin}${pathname}`, { maxRetries: 1 });
    if (response?.status() !== 200) {
      crawl.broken.push(`${pathname} -> ${response?.status()}`);
      continue;
    }
    if (!isPage) continue;
    await page.waitForLoadState('load');
    const targets = await page.$$eval('a[href], link[href], script[src], form[action], use[href]', (elements) =>
      elements.map((el) =>
        // An SVG <use> (an icon) has no resolved href property of the HTML kind: its attribute is resolved here.
        el instanceof SVGUseElement
          ? new URL(el.getAttribute('href')!, document.baseURI).href
          : (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src || (el as HTMLFormElement).action,
      ),
    );
    for (const target of targets) {
      const url = new URL(target);
      if (url.origin !== origin || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      if (!url.pathname.startsWith(prefix)) crawl.broken.push(`${url.pathname} (linked from ${pathname}) is outside ${prefix}`);
      else queue.push(url.pathname);
    }
  }
  return crawl;
}
