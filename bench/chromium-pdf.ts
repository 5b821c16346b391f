// The baseline for PDFs: headless Chromium (Debian's, driven by
// playwright-core) printing the built plan pages to PDF, as a site-to-PDF
// pipeline would. The pages are served from the built site on 127.0.0.1 as
// `planfolio serve` serves them; one browser and one tab print every page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DevServer } from '../src/watch/dev-server.js';

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
  // Served as `planfolio serve` serves a built site.
  const server = new DevServer(path.resolve(siteDir), { live: false });
  const serverUrl = (await server.listen(0)).replace(/\/$/, '');
  const launched = performance.now();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const launchMs = performance.now() - launched;
  try {
    const page = await browser.newPage();
    const print = async (url: string) => {
      const response = await page.goto(`${serverUrl}${encodeURI(url)}`);
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
