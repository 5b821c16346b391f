// The baseline for PDFs: headless Chromium (Debian's, driven by
// playwright-core) printing the built plan pages to PDF, as a site-to-PDF
// pipeline would. The pages are served from the built site by a tiny static
// server on 127.0.0.1; one browser and one tab print every page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Serves `root` on 127.0.0.1 at a free port; folders answer with their index.html. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = path.join(base, pathname);
      if (!file.startsWith(base)) throw new Error('outside the site');
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** CPU (user + system) of every living process descended from `pid`, in ms, read from /proc. */
export function descendantCpuMs(pid = process.pid): number {
  const parentOf = new Map<number, number>();
  const ticksOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) "
      parentOf.set(Number(name), Number(fields[1])); // ppid is field 4 of stat, 2nd after comm
      ticksOf.set(Number(name), Number(fields[11]) + Number(fields[12])); // utime, stime: fields 14, 15
    } catch {
      // the process ended while we looked
    }
  }
  let ticks = 0;
  for (const [child] of ticksOf) {
    for (let at = parentOf.get(child); at !== undefined && at > 1; at = parentOf.get(at)) {
      if (at === pid) {
        ticks += ticksOf.get(child)!;
        break;
      }
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

export interface ChromiumResult {
  /** Wall time of goto + pdf, per page, in the order given. */
  perPdfMs: number[];
  /** CPU of the browser's processes over all timed pages, divided by the page count (ms; living processes only). */
  browserCpuPerPdfMs: number;
  launchMs: number;
  bytes: number[];
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Prints each page of `urls` (site-relative, like `/plans/ana/plan-0001/`) to
 * an A4 PDF with backgrounds, after one untimed warm-up page.
 */
export async function measureChromiumPdfs(siteDir: string, urls: string[], executablePath = '/usr/bin/chromium'): Promise<ChromiumResult> {
  const server = await serveStatic(siteDir);
  const launched = performance.now();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const launchMs = performance.now() - launched;
  try {
    const page = await browser.newPage();
    const print = async (url: string) => {
      const response = await page.goto(`${server.url}${encodeURI(url)}`);
      if (!response?.ok()) throw new Error(`Chromium could not load ${url}: HTTP ${response?.status()}`);
      return page.pdf({ format: 'A4', printBackground: true });
    };
    await print(urls[0]!);
    const perPdfMs: number[] = [];
    const bytes: number[] = [];
    const cpuBefore = descendantCpuMs();
    for (const url of urls) {
      const started = performance.now();
      const pdf = await print(url);
      perPdfMs.push(performance.now() - started);
      bytes.push(pdf.length);
    }
    const browserCpuPerPdfMs = (descendantCpuMs() - cpuBefore) / urls.length;
    return { perPdfMs, browserCpuPerPdfMs, launchMs, bytes };
  } finally {
    await browser.close();
    await server.close();
  }
}
