// A worker thread that validates and describes lineages. Validation is most of
// the cost of history (the loader takes about half a millisecond a version),
// so large histories spread it over one thread per core.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { describeLineage, type LineageJob, type LineageResult } from './describe-lineage.js';

/** A batch of lineages with the bytes of their versions. */
export interface HistoryBatch {
  id: number;
  jobs: LineageJob[];
  blobs: [string, Uint8Array | undefined][];
  today: string;
}

/** What a worker answers for a batch. */
export type HistoryBatchResult = { id: number; ok: true; results: LineageResult[] } | { id: number; ok: false; error: string };

/** Describes a batch; used by workers and, for small histories, by the main thread. */
export function runHistoryBatch(batch: HistoryBatch): LineageResult[] {
  const blobs = new Map(batch.blobs);
  return batch.jobs.map((job) => describeLineage(job, blobs, batch.today));
}

/** The workerData that marks a thread as a history worker. */
export const HISTORY_WORKER_MARK = 'planfolio-history-worker';

/**
 * Starts a history worker. Compiled, the worker is a `.js` file and starts as
 * is; from source under tsx (or vitest) a small bootstrap registers tsx's
 * loader inside the thread first, as Node 20 does not pass it on to workers.
 */
export function startHistoryWorker(): Worker {
  const isTypeScript = /\.[cm]?ts$/.test(new URL(import.meta.url).pathname);
  const url = new URL(`./history-worker.${isTypeScript ? 'ts' : 'js'}`, import.meta.url);
  // Validation makes much short-lived garbage; a roomier young generation scavenges less often.
  const resourceLimits = { maxYoungGenerationSizeMb: 48 };
  if (!isTypeScript) return new Worker(url, { workerData: HISTORY_WORKER_MARK, resourceLimits });
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = [
    `import(${JSON.stringify(api)})`,
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
    `.catch((error) => { console.error(error); process.exit(1); });`,
  ].join('');
  return new Worker(bootstrap, { eval: true, workerData: HISTORY_WORKER_MARK, resourceLimits });
}

// Only a thread started as a history worker listens: the main thread imports this module too.
if (workerData === HISTORY_WORKER_MARK) {
  parentPort?.on('message', (batch: HistoryBatch) => {
    let answer: HistoryBatchResult;
    try {
      answer = { id: batch.id, ok: true, results: runHistoryBatch(batch) };
    } catch (error) {
      answer = { id: batch.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(answer);
  });
}
