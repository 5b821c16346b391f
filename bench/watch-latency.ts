// Save-to-output latency of `planfolio dev`: in a generated portfolio, save
// one plan ten times and time each save from the file write to the moment
// both its page and its PDF on disk have changed, and to the browser's
// reload event. Usage: npx tsx bench/watch-latency.ts [plans=1000]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, waitForPage } from './first-page.js';
import { writePortfolio } from './generate-portfolio.js';
import { locatePlanCache } from '../src/load/plan-cache.js';
import { locatePdfCache } from '../src/pdf/pdf-cache.js';

const BIN = fileURLToPath(new URL('../bin/planfolio.js', import.meta.url));

export interface LatencyResult {
  plans: number;
  /** Milliseconds from write to page and PDF changed, one per save. */
  toOutput: number[];
  /** Milliseconds from write to the reload event, one per save. */
  toReload: number[];
  startupMs: number;
  /** Milliseconds from start to the first page served (`GET /`); `startupMs` is to every page and PDF built. */
  firstPageMs: number;
  /**
   * The same on the next start, once the first was stopped with Ctrl-C: what
   * a person sees every day, with the caches the first start wrote in
   * node_modules/.cache/planfolio (plans, compiled templates, PDFs).
   */
  nextFirstPageMs?: number;
  /** The same on the next start: to every page and PDF built, the unchanged plans' PDFs copied from the first start's. */
  nextStartupMs?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface LatencyOptions {
  /** Environment of the dev process (default this process's, with PLANFOLIO_TODAY pinned). */
  env?: NodeJS.ProcessEnv;
  /** Give up on a save (or on startup) after this long; default 120 s. */
  timeoutMs?: number;
  /** Keep the temp portfolio (default: removed). */
  keep?: boolean;
}

/** Runs the measurement on a fresh portfolio of `count` plans; the temp folder is removed afterwards. */
export async function measureWatchLatency(count = 1000, saves = 10, options: LatencyOptions = {}): Promise<LatencyResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'planfolio-watch-bench-'));
  const plans = path.join(root, 'plans');
  const out = path.join(root, 'out');
  const timeoutMs = options.timeoutMs ?? 120_000;
  const files = await writePortfolio(plans, count, { seed: 7 });
  const env = options.env ?? { ...process.env, PLANFOLIO_TODAY: '2026-11-25' };
  try {
    const first = await startDev(plans, out, env, timeoutMs);
    let measured: Omit<LatencyResult, 'nextFirstPageMs' | 'nextStartupMs'>;
    try {
      measured = await timeSaves(first, files, plans, out, count, saves);
    } finally {
      await first.stop();
    }
    // The next start: the first wrote its caches as it stopped.
    const next = await startDev(plans, out, env, timeoutMs);
    let nextStartupMs: number;
    try {
      await next.waitFor('"Built every page" line', () => /^Built every page/m.test(next.log()));
      nextStartupMs = performance.now() - next.started;
    } finally {
      await next.stop();
    }
    return { ...measured, nextFirstPageMs: next.firstPageMs, nextStartupMs };
  } finally {
    // The plan and PDF caches dev kept for this portfolio go with it (see run.ts).
    if (!options.keep) for (const gone of [root, locatePlanCache(plans), locatePdfCache(plans)]) rmSync(gone, { recursive: true, force: true });
  }
}

/** A running `planfolio dev`, once it serves its first page and says "Serving". */
interface Dev {
  firstPageMs: number;
  started: number;
  log: () => string;
  waitFor: (what: string, done: () => boolean, since?: number) => Promise<void>;
  stop: () => Promise<void>;
}

async function startDev(plans: string, out: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Dev> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'dev', '--plans', plans, '--out', out, '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // If this process exits early (Ctrl-C in a bench), the dev server goes with it.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const waitFor = async (what: string, done: () => boolean, since = performance.now()) => {
    while (!done()) {
      if (child.exitCode !== null) throw new Error(`dev exited while waiting for ${what}:\n${log.slice(-3000)}`);
      if (performance.now() - since > timeoutMs) throw new Error(`no ${what} after ${timeoutMs / 1000} s; dev said:\n${log.slice(-1500)}`);
      await sleep(1);
    }
  };
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null) return;
    // Ctrl-C, as a person stops it: dev writes its caches before it exits.
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  try {
    // The first page may come before the "Serving" line.
    const firstPage = waitForPage(`http://127.0.0.1:${port}/`, () => (child.exitCode === null ? undefined : log), started, timeoutMs).then(() => performance.now() - started);
    firstPage.catch(() => {}); // awaited below; a failure then is the one reported
    await waitFor('"Serving" line', () => /Serving (\S+)/.test(log));
    return { firstPageMs: await firstPage, started, log: () => log, waitFor, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Saves one plan `saves` times, once dev has built every page and PDF, timing each to its output and reload. */
async function timeSaves(dev: Dev, files: string[], plans: string, out: string, count: number, saves: number): Promise<Omit<LatencyResult, 'nextFirstPageMs' | 'nextStartupMs'>> {
  const { waitFor } = dev;
  // Saves are timed once dev has built every page and PDF: before that, one may wait behind a step of the rest.
  await waitFor('"Built every page" line', () => /^Built every page/m.test(dev.log()));
  const startupMs = performance.now() - dev.started;
  const url = /Serving (http:\/\/\S+?)\/? /.exec(dev.log())![1]!;
  const reloads: number[] = [];
  const events = listenForReloads(url, () => reloads.push(performance.now()));
  await sleep(300);

  const file = files[Math.floor(files.length / 2)]!;
  const slug = path.relative(plans, file).replace(/\.md$/, '');
  const page = path.join(out, 'plans', slug, 'index.html');
  const pdfDir = path.join(out, 'pdf');
  const pdfName = readdirSync(pdfDir).find((name) => name.endsWith(`${path.basename(slug)}.pdf`))!;
  const pdf = path.join(pdfDir, pdfName);
  const original = readFileSync(file, 'utf8');
  const toOutput: number[] = [];
  const toReload: number[] = [];
  for (let i = 0; i < saves; i++) {
    const title = `Latency probe ${i} ${Date.now()}`;
    const pdfBefore = statSync(pdf).mtimeMs;
    const reloadsBefore = reloads.length;
    const written = performance.now();
    writeFileSync(file, original.replace(/^title: .*$/m, `title: ${title}`));
    await waitFor('page and PDF', () => changed(page, title) && existsSync(pdf) && statSync(pdf).mtimeMs > pdfBefore, written);
    toOutput.push(performance.now() - written);
    await waitFor('reload event', () => reloads.length > reloadsBefore, written);
    toReload.push(reloads[reloads.length - 1]! - written);
    await sleep(400);
  }
  events.destroy();
  return { plans: count, toOutput, toReload, startupMs, firstPageMs: dev.firstPageMs };
}

function listenForReloads(url: string, onReload: () => void): ClientRequest {
  const events = request(`${url}/__planfolio/events`, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      if (chunk.includes('event: reload')) onReload();
    });
  });
  events.on('error', () => {}); // the server going away at the end is expected
  events.end();
  return events;
}

/** Whether the page holds the text yet; a page being replaced may be missing for a moment. */
function changed(page: string, text: string): boolean {
  try {
    return readFileSync(page, 'utf8').includes(text);
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await measureWatchLatency(Number(process.argv[2] ?? 1000));
  const fmt = (v: number[]) => `median ${median(v).toFixed(0)} ms, worst ${Math.max(...v).toFixed(0)} ms`;
  console.log(`plans: ${result.plans}; first page ${(result.firstPageMs / 1000).toFixed(1)} s (next start ${((result.nextFirstPageMs ?? NaN) / 1000).toFixed(1)} s); dev startup ${(result.startupMs / 1000).toFixed(1)} s (next start ${((result.nextStartupMs ?? NaN) / 1000).toFixed(1)} s)`);
  console.log(`save -> page and PDF on disk: ${fmt(result.toOutput)} (${result.toOutput.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`save -> browser reload event: ${fmt(result.toReload)}`);
}
