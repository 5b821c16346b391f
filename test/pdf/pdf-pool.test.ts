// writePdfs on a pool of threads: the same files as drawn in one thread,
// progress named in order, and a failure or a stop that ends every thread.
// The pool runs from src/ here; its threads run dist/pdf-thread.js, compiled
// from the same sources, as the built command runs them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { WorkerOptions } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compile, isCompiled } from '../../bin/compile.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { writePdfs, type ThreadsDrawn, type WritePdfsOptions } from '../../src/pdf/write-pdfs.js';
import { makePdfFileName } from '../../src/pdf/file-name.js';
import { choosePdfThreads } from '../../src/pdf/pdf-pool.js';
import { makeEmojiPlan, makeLatinPlan, makeManyPlans, makeMultilingualPlan } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-pool-'));
  dirs.push(dir);
  return dir;
}

/** Every file in `dir/pdf`, by name, with its bytes. */
function readPdfs(dir: string): Map<string, Buffer> {
  const folder = path.join(dir, 'pdf');
  return new Map(readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name))]));
}

/**
 * What one thread writes for `count` of the plans with a page-per-plan portfolio.pdf (fullPlansUpTo 3):
 * their PDFs as drawn alone (a plan's PDF is the same whatever the portfolio), and that portfolio.pdf
 * drawn here alone (planPdfs: false), instead of drawing every plan again.
 */
async function drawOneThread(count: number): Promise<Map<string, Buffer>> {
  const few = plans.slice(0, count);
  const dir = makeTempDir();
  await writePdfs(few, dir, { ...options, fullPlansUpTo: 3, planPdfs: false });
  const names = new Set(few.map(makePdfFileName));
  const own = [...alone].filter(([name]) => names.has(name));
  return new Map([...own, ...readPdfs(dir)].sort(([a], [b]) => a.localeCompare(b)));
}

/** The threads of this process (Linux): a pool that is done has left none behind. */
function countThreads(): number {
  return readdirSync('/proc/self/task').length;
}

/** The lines written to stderr while `run` runs. */
async function captureStderr<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  try {
    return { result: await run(), lines };
  } finally {
    spy.mockRestore();
  }
}

// Run from src/, the pool boots each thread through tsx, which transformed pdf-thread.ts and
// everything it imports again in every thread: seconds of CPU for each of this file's thread starts.
const DIST_THREAD = path.resolve(import.meta.dirname, '../../dist/pdf-thread.js');
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class CompiledThread extends threads.Worker {
    constructor(script: string | URL, options?: WorkerOptions) {
      super(String(script).startsWith('data:') ? DIST_THREAD : script, options);
    }
  }
  return { ...threads, Worker: CompiledThread };
});
beforeAll(async () => {
  if (!isCompiled()) await compile();
});

const plans: LoadedPlan[] = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan(), ...makeManyPlans(9)];
const dates = new Map(plans.map((p, i) => [p, `2026-0${(i % 9) + 1}-15`]));
const options: WritePdfsOptions = { title: 'Pooled plans', progress: 'none', planDate: (p) => dates.get(p) };
let alone: Map<string, Buffer>;
let threadsBefore: number;

describe('choosePdfThreads', () => {
  // On one core there is no other core to draw on; beyond 2,000 plans the PDFs are drawn after the pages, in one thread, to stay under 1 GB.
  const twoCores = availableParallelism() >= 2;
  it.each([
    [0, 0],
    [5, twoCores ? 1 : 0],
    [1000, twoCores ? 1 : 0],
    [2000, twoCores ? 1 : 0],
    [2001, 0],
    [5000, 0],
  ])('gives %i plans %i PDF threads (on a machine of two cores)', (plans, threads) => {
    if (availableParallelism() > 2 && plans > 0 && plans <= 2000) return expect(choosePdfThreads(plans)).toBeGreaterThan(0);
    expect(choosePdfThreads(plans)).toBe(threads);
  });
});

describe('writePdfs on threads', () => {
  beforeEach(() => vi.stubEnv('SOURCE_DATE_EPOCH', ''));
  afterEach(() => vi.unstubAllEnvs());

  beforeAll(async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    // Drawn in this thread, as before there were threads; this also starts Node's own I/O threads before they are counted.
    const dir = makeTempDir();
    await writePdfs(plans, dir, options);
    alone = readPdfs(dir);
    threadsBefore = countThreads();
    vi.unstubAllEnvs();
  }, 60_000);

  it('writes the same bytes as one thread, portfolio.pdf in full included, and names the PDFs in order', async () => {
    const dir = makeTempDir();
    let drawn: ThreadsDrawn | undefined;
    const { result, lines } = await captureStderr(() => writePdfs(plans, dir, { ...options, progress: 'auto', threads: 2, onThreads: (t) => (drawn = t) }));
    expect(readPdfs(dir)).toEqual(alone);
    expect(alone.size).toBe(13);
    const names = result.map((pdf) => path.basename(pdf.path));
    expect(names.at(-1)).toBe('portfolio.pdf');
    expect(lines.map((line) => line.replace(/ \(\d+ KB\)\n$/, ''))).toEqual(result.map((pdf, i) => `PDF ${i + 1}/13: ${pdf.path}`));
    expect(drawn).toEqual({ count: 2, pdfs: 13, cpuMs: expect.any(Number) });
    expect(drawn!.cpuMs).toBeGreaterThan(0);
    expect(countThreads()).toBe(threadsBefore);
  }, 60_000);

  it('draws a page-per-plan portfolio.pdf in this thread only once portfolioAfter settles, the same bytes as one thread', async () => {
    const few = plans.slice(0, 5);
    const pooled = makeTempDir();
    const one = await drawOneThread(5);
    let pagesWritten = () => {};
    const portfolioAfter = new Promise<void>((resolve) => (pagesWritten = resolve));
    let drawn: ThreadsDrawn | undefined;
    const { lines } = await captureStderr(async () => {
      const writing = writePdfs(few, pooled, { ...options, progress: 'auto', fullPlansUpTo: 3, threads: 1, portfolioAfter, onThreads: (t) => (drawn = t) });
      // Every plan's PDF is out, and portfolio.pdf waits for the pages.
      await vi.waitFor(() => expect(vi.mocked(process.stderr.write).mock.calls.length).toBe(5), { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(existsSync(path.join(pooled, 'pdf', 'portfolio.pdf'))).toBe(false);
      pagesWritten();
      return writing;
    });
    expect(lines.at(-1)).toMatch(/^PDF 6\/6: .*portfolio\.pdf/);
    expect(readPdfs(pooled)).toEqual(one);
    expect(drawn).toMatchObject({ count: 1, pdfs: 5 });
  }, 60_000);

  it('lets the calling thread draw plans from the same counter once free, named in order, the same bytes as one thread', async () => {
    const pooled = makeTempDir();
    const one = await drawOneThread(plans.length);
    let drawn: ThreadsDrawn | undefined;
    let free = () => {};
    const portfolioAfter = new Promise<void>((resolve) => (free = resolve));
    const { result, lines } = await captureStderr(async () => {
      const writing = writePdfs(plans, pooled, { ...options, progress: 'auto', fullPlansUpTo: 3, threads: 1, portfolioAfter, onThreads: (t) => (drawn = t) });
      // This thread is free once the thread has drawn the first plan (its fonts, like this thread's, are then warm).
      await vi.waitFor(() => expect(vi.mocked(process.stderr.write).mock.calls.length).toBeGreaterThan(0), { timeout: 30_000 });
      free();
      return writing;
    });
    expect(readPdfs(pooled)).toEqual(one);
    expect(lines.map((line) => line.replace(/ \(\d+ KB\)\n$/, ''))).toEqual(result.map((pdf, i) => `PDF ${i + 1}/13: ${pdf.path}`));
    // The thread drew the first plan and this thread some of the rest.
    expect(drawn!.pdfs).toBeGreaterThanOrEqual(1);
    expect(drawn!.pdfs).toBeLessThan(12);
  }, 60_000);

  it('keeps drawing while the calling thread is busy and reads no message, until every plan is drawn', async () => {
    const many = makeManyPlans(20);
    const dir = makeTempDir();
    const writing = writePdfs(many, dir, { ...options, portfolio: false, threads: 1 });
    const files = many.map((plan) => path.join(dir, 'pdf', makePdfFileName(plan)));
    await vi.waitFor(() => expect(existsSync(files[0]!)).toBe(true), { timeout: 30_000, interval: 5 });
    // Then busy, as when rendering pages, for as long as the thread needs (or 20 s): a thread fed a few
    // plans at a time by this thread's messages drew the first few and waited here.
    const until = Date.now() + 20_000;
    while (files.some((file) => !existsSync(file)) && Date.now() < until) {
      /* not a turn of the event loop */
    }
    expect(files.filter((file) => existsSync(file))).toHaveLength(20);
    await writing;
  }, 60_000);

  it('fails with one message naming the plan a thread could not draw, and leaves no thread behind', async () => {
    const broken = makeManyPlans(4);
    // A plan no loader would give: a bug in Planfolio's drawing is what this stands for.
    (broken[2]!.plan as { goals?: unknown }).goals = undefined;
    const here = await writePdfs(broken, makeTempDir(), options).catch((error: Error) => error);
    expect(here).toBeInstanceOf(TypeError);
    const pooled = await writePdfs(broken, makeTempDir(), { ...options, threads: 2 }).catch((error: Error) => error);
    expect((pooled as Error).message).toBe(`the PDF of plans/many/plan-3.md could not be drawn: ${(here as Error).message}`);
    expect((pooled as Error).stack).toContain('(in a PDF thread) TypeError');
    expect(countThreads()).toBe(threadsBefore);
  }, 60_000);

  it('stops every thread when its signal is aborted, with the reason it was given', async () => {
    const stop = new AbortController();
    const reason = new Error('the pages failed');
    const dir = makeTempDir();
    const { result } = await captureStderr(async () => {
      const writing = writePdfs(makeManyPlans(30), dir, { ...options, progress: 'auto', threads: 1, signal: stop.signal }).catch((error: Error) => error);
      // Aborted once the first PDF is out, as a build does when its pages fail.
      const first = vi.mocked(process.stderr.write);
      await vi.waitFor(() => expect(first.mock.calls.length).toBeGreaterThan(0), { timeout: 30_000 });
      stop.abort(reason);
      return writing;
    });
    expect(result).toBe(reason);
    expect(readdirSync(path.join(dir, 'pdf')).length).toBeLessThan(31);
    expect(countThreads()).toBe(threadsBefore);
  }, 60_000);
});
