// A worker thread that validates and describes lineages. Validation is most of
// the cost of history (the loader takes about half a millisecond a version),
// so large histories spread it over one thread per core.
import { parentPort, type Worker, workerData } from 'node:worker_threads';
import { startWorker } from '../runtime/start-worker.js';
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

/** Starts a history worker thread (see startWorker for running from source). */
export function startHistoryWorker(): Worker {
  return startWorker(import.meta.url, 'history-worker', HISTORY_WORKER_MARK);
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
