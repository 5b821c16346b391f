// One thread of the PDF pool (pdf-pool.ts): draws the plans it is sent that
// no other thread has taken, in the order sent, and writes each PDF to its
// file itself, so only sizes and page counts travel back. Its fonts are
// parsed once, on first use, and kept for every PDF it draws. It never reads
// a plan file: it is sent the plans the build loaded.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ThemeSettings } from '../theme/theme-settings.js';
import { saveShapingCache } from './layout/shaping-cache.js';
import { makePdfTheme, type PageSize } from './layout/theme.js';
import { writePlanPdf, writePortfolioPdf, type PdfLook } from './pdf-files.js';
import type { PdfPlan } from './render-pdf.js';

/** What every PDF a thread draws is drawn with (the thread's workerData). */
export interface ThreadSetup {
  pageSize: PageSize;
  language?: string;
  theme?: ThemeSettings;
}

/** A plan to draw: its PDF goes to `file`, or, without one, only its pages are counted. */
export interface PlanJob {
  index: number;
  plan: PdfPlan;
  file?: string;
  date: Date;
}

/** What the pool sends a thread. */
export type ToThread =
  /** Every plan; `next` (shared by the threads) holds the index of the next one nobody has taken. */
  | { kind: 'plans'; jobs: readonly PlanJob[]; next: Int32Array }
  | { kind: 'portfolio'; plans: readonly PdfPlan[]; pageCounts: readonly number[]; file: string; title: string; date: Date }
  | { kind: 'finish' };

/** An error as it crosses back to the pool. */
export interface ThreadError {
  name: string;
  message: string;
  stack?: string;
}

/** What a thread sends back. */
export type FromThread =
  | { kind: 'drawn'; index: number; bytes: number; pages: number }
  | { kind: 'portfolio'; bytes: number }
  | { kind: 'failed'; index?: number; error: ThreadError }
  | { kind: 'finished'; cpuMs?: number };

/**
 * CPU time this thread has used, in ms, from Linux's /proc (Node 20 has no
 * per-thread figure): undefined elsewhere. Ticks are 1/100 s on Linux.
 */
export function readThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Handles one message; a failure is sent back and ends the thread's work. */
async function handle(message: ToThread, look: PdfLook, send: (reply: FromThread) => void): Promise<void> {
  if (message.kind === 'plans') {
    const { jobs, next } = message;
    for (let job = jobs[Atomics.add(next, 0, 1)]; job; job = jobs[Atomics.add(next, 0, 1)]) {
      try {
        send({ kind: 'drawn', index: job.index, ...(await writePlanPdf(job.plan, job.file, job.date, look)) });
      } catch (error) {
        throw Object.assign(asError(error), { planIndex: job.index });
      }
    }
  } else if (message.kind === 'portfolio') {
    const { plans, pageCounts, file, title, date } = message;
    send({ kind: 'portfolio', bytes: await writePortfolioPdf({ plans, pageCounts }, file, title, date, look) });
  } else {
    // What this thread shaped is kept for the next build (once per thread: threads save into the same files).
    saveShapingCache();
    send({ kind: 'finished', cpuMs: readThreadCpuMs() });
    parentPort?.close();
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Serves the pool's messages one after another, until one fails or the pool says it is finished. */
function serve(): void {
  const port = parentPort;
  if (!port) return;
  const setup = workerData as ThreadSetup;
  const look: PdfLook = { pageSize: setup.pageSize, language: setup.language, theme: makePdfTheme(setup.theme) };
  const send = (reply: FromThread) => port.postMessage(reply);
  let queue = Promise.resolve();
  let failed = false;
  port.on('message', (message: ToThread) => {
    queue = queue.then(async () => {
      if (failed) return;
      await handle(message, look, send).catch((error: unknown) => {
        failed = true;
        const { name, message: text, stack, planIndex } = asError(error) as Error & { planIndex?: number };
        send({ kind: 'failed', index: planIndex, error: { name, message: text, stack } });
      });
    });
  });
}

serve();
