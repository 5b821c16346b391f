// Threads that draw PDFs beside the build's own thread, which keeps the
// pages: a plan's PDF costs about 20 ms of CPU, and a build of a thousand
// plans has two cores to spread them over. Every thread is sent all the
// plans at once and takes the next undrawn one itself, from a counter the
// threads share (Atomics): a build's thread busy rendering pages reads no
// messages for seconds at a time, and a thread that had to ask it for its
// next plans sat idle meanwhile (a third of its time at 1,000 plans). The
// build's thread takes plans from the same counter once its own work is
// done. A thread that fails stops them all: the build fails with its
// message, and no thread is left.
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { PlanfolioError } from '../errors/errors.js';
import { messages } from '../errors/catalogue.js';
import type { FromThread, PlanJob, ThreadError, ThreadSetup, ToThread } from './pdf-thread.js';

/**
 * Plans per thread: a thread costs its start and its fonts' first use (about
 * 0.3 s and 1 s of CPU), worth it only once it takes this many PDFs of 30 ms.
 */
const PLANS_PER_THREAD = 100;
/**
 * Beyond this many plans the PDFs are drawn in the build's own thread, after
 * the pages, as before the pool: a thread's fonts and the build's thread's,
 * with 5,000 plans' pages and exports still in memory, took the process
 * past 1 GB (1,075 MB at 5,000 plans, against 955 MB in one thread).
 */
const MAX_PLANS_ON_THREADS = 2000;

/**
 * How many PDF threads suit a build of `plans` plans: one for the PDFs while
 * the build's thread renders the pages, and one more per core beyond two for
 * a large portfolio (whose page-per-plan portfolio.pdf the build's thread
 * draws anyway, fonts and all, so it draws plans too once its pages are
 * written: each thread holds its own fonts, tens of MB with CJK). None on one core.
 */
export function choosePdfThreads(plans: number): number {
  const cores = availableParallelism();
  if (cores < 2 || plans === 0 || plans > MAX_PLANS_ON_THREADS) return 0;
  return Math.max(1, Math.min(cores - 1, Math.ceil(plans / PLANS_PER_THREAD)));
}

/** A thread. */
interface Thread {
  worker: Worker;
  /** It has said it is finished (with its CPU time, when known). */
  finished?: { cpuMs?: number };
}

/** The plans a thread drew or counted, each as it is done. */
export type OnDrawn = (index: number, drawn: { bytes: number; pages: number }) => void;

/** A pool of PDF threads; `stop` ends them whatever they are doing. */
export class PdfPool {
  private readonly threads: Thread[];
  /** The plans being drawn, and the counter every thread takes the next of them from. */
  private jobs: readonly PlanJob[] = [];
  private next = new Int32Array(new SharedArrayBuffer(4));
  /** How many of `jobs` are drawn. */
  private drawn = 0;
  private failure: Error | undefined;
  private stopping = false;
  private readonly waiters = new Set<{ check: () => void; reject: (error: Error) => void }>();
  private onDrawn: OnDrawn = () => undefined;
  private portfolioBytes: number | undefined;
  /** How many plans this thread drew (see `help`). */
  helped = 0;

  constructor(size: number, setup: ThreadSetup, files: readonly string[], signal?: AbortSignal) {
    signal?.throwIfAborted();
    this.threads = Array.from({ length: size }, () => this.startThread(setup, files));
    signal?.addEventListener('abort', () => this.fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason))), { once: true });
  }

  /** Draws every job, calling `onDrawn` as each is done; resolves once all are. */
  async drawPlans(jobs: readonly PlanJob[], onDrawn: OnDrawn): Promise<void> {
    [this.onDrawn, this.jobs, this.drawn] = [onDrawn, jobs, 0];
    this.next = new Int32Array(new SharedArrayBuffer(4));
    this.threads.forEach((thread) => this.post(thread, { kind: 'plans', jobs, next: this.next }));
    await this.waitFor(() => this.drawn === jobs.length);
  }

  /**
   * Draws plans in this thread too, once `after` settles (when this thread is
   * free of other work), one at a time from the same counter as the threads, a
   * turn of the event loop between them; resolves once none is left to take.
   */
  async help(draw: (job: PlanJob) => Promise<{ bytes: number; pages: number }>, after?: Promise<unknown>): Promise<void> {
    await after?.catch(() => undefined);
    for (let job = this.take(); job && !this.failure; job = this.take()) {
      this.onDrawn(job.index, await draw(job));
      this.helped++;
      this.drawn++;
      this.wake();
      await setImmediate();
    }
    if (this.failure) throw this.failure;
  }

  /** Draws portfolio.pdf of every plan in full on one thread (its fonts are warm); resolves to its size. */
  async drawPortfolio(message: Extract<ToThread, { kind: 'portfolio' }>): Promise<number> {
    this.post(this.threads[0]!, message);
    await this.waitFor(() => this.portfolioBytes !== undefined);
    return this.portfolioBytes!;
  }

  /** Lets every thread finish and end; resolves to the CPU they used, in ms, when known. */
  async close(): Promise<number | undefined> {
    this.threads.forEach((thread) => this.post(thread, { kind: 'finish' }));
    await this.waitFor(() => this.threads.every((t) => t.finished));
    await this.stop();
    const used = this.threads.map((t) => t.finished?.cpuMs);
    return used.every((ms) => ms !== undefined) ? used.reduce((a: number, b) => a + b!, 0) : undefined;
  }

  /** Ends every thread at once, whatever it is doing (a failed build); waits until they are gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  /** The next plan nobody has taken, taken. */
  private take(): PlanJob | undefined {
    return this.jobs[Atomics.add(this.next, 0, 1)];
  }

  private startThread(setup: ThreadSetup, files: readonly string[]): Thread {
    const worker = takeEarlyThread(setup) ?? startWorker(setup);
    const thread: Thread = { worker };
    worker.on('message', (reply: FromThread) => this.receive(thread, reply, files));
    worker.on('error', (error) => this.fail(describeFailure(files, undefined, error)));
    // Once stopped or finished, a thread's end is expected; before, it is a failure (no hang waiting for its PDFs).
    worker.on('exit', (code) => {
      if (!this.stopping && !thread.finished) this.fail(new Error(messages.pdfThreadExited(code)));
    });
    return thread;
  }

  private receive(thread: Thread, reply: FromThread, files: readonly string[]): void {
    if (reply.kind === 'drawn') {
      this.drawn++;
      this.onDrawn(reply.index, reply);
    } else if (reply.kind === 'portfolio') this.portfolioBytes = reply.bytes;
    else if (reply.kind === 'finished') thread.finished = { cpuMs: reply.cpuMs };
    else this.fail(describeFailure(files, reply.index, reply.error));
    this.wake();
  }

  private post(thread: Thread, message: ToThread): void {
    if (!this.failure) thread.worker.postMessage(message);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    void this.stop();
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter.check();
  }

  /** Resolves once `done` holds, checked after each reply; rejects when the pool fails. */
  private waitFor(done: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const waiter = {
        check: () => {
          if (!done()) return;
          this.waiters.delete(waiter);
          resolve();
        },
        reject,
      };
      this.waiters.add(waiter);
      waiter.check();
    });
  }
}

/** The message a thread's failure gives: the plan it was drawing, when known, and what went wrong there. */
function describeFailure(files: readonly string[], index: number | undefined, error: ThreadError | Error): Error {
  const where = index === undefined ? undefined : files[index];
  const failure = new Error(messages.pdfFailed(where, error.message), { cause: error });
  if (error.stack) failure.stack = `${failure.name}: ${failure.message}\n(in a PDF thread) ${error.stack}`;
  return error.name === 'PlanfolioError' ? new PlanfolioError(failure.message, { cause: error }) : failure;
}

/**
 * What every PDF a thread draws is drawn with, from a build's PDF options:
 * one reading for the pool and for the thread started early, so the two
 * agree whenever the build's settings do.
 */
export function describeThreadSetup(options: { pageSize?: ThreadSetup['pageSize']; language?: string; theme?: ThreadSetup['theme'] }): ThreadSetup {
  return { pageSize: options.pageSize ?? 'A4', language: options.language, theme: options.theme };
}

/** A thread started before the build knew its plans, with the setup it was started with. */
interface EarlyThread {
  setup: string;
  worker: Worker;
  ended: boolean;
}
let early: EarlyThread | undefined;

/**
 * Starts one PDF thread at once, before the build loads Eleventy and reads
 * its plans: a thread's start (loading pdfkit and fontkit) then runs on the
 * other core meanwhile, which for a handful of plans is a good part of the
 * PDFs' time. The build's pool takes it when its setup is the same; a
 * thread nobody takes does not keep the process alive.
 */
export function prestartPdfThread(setup: ThreadSetup): void {
  if (early || availableParallelism() < 2) return;
  const worker = startWorker(setup);
  const started: EarlyThread = { setup: JSON.stringify(setup), worker, ended: false };
  early = started;
  // Until a pool takes it: a thread that failed to start is not taken, and the pool starts another.
  worker.on('error', () => (started.ended = true));
  worker.on('exit', () => (started.ended = true));
  worker.unref();
}

/** Ends the thread started early when the build draws its PDFs without threads. */
export function discardEarlyThread(): void {
  void early?.worker.terminate();
  early = undefined;
}

function takeEarlyThread(setup: ThreadSetup): Worker | undefined {
  const taken = early;
  if (!taken || taken.ended || taken.setup !== JSON.stringify(setup)) return undefined;
  early = undefined;
  taken.worker.ref();
  return taken.worker;
}

/**
 * Starts a thread. Built, it runs dist/pdf-thread.js beside this module's
 * chunk; from the sources (tests), pdf-thread.ts through tsx's loader.
 */
function startWorker(setup: ThreadSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pdf-thread.js', import.meta.url), { workerData: setup });
  const script = new URL('./pdf-thread.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(script)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: setup });
}
