// A worker thread that renders PDFs and writes them to disk. It receives plain
// LoadedPlan data (structured-cloned), so fonts are parsed once per worker and
// kept for every PDF it makes; only the path and size go back.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadedPlan } from '../load/types.js';
import type { PlanKit } from './page-kit.js';
import { renderPlanPdfWithKit } from './render-pdf.js';
import type { PageSize } from './theme.js';

/** A plan's PDF to make. */
export interface PdfJob {
  id: number;
  plan: LoadedPlan;
  path: string;
  pageSize: PageSize;
  /** The pinned date, already resolved by the main thread (ISO string). */
  date: string;
  /** Send back what the pages are made of, for the portfolio PDF. */
  keepKit: boolean;
}

/** A job done: the PDF's size, and its pages' kit when asked for. */
export interface PdfJobDone {
  bytes: number;
  kit?: PlanKit;
}

/** What the worker answers for a job. */
export type PdfJobResult = ({ id: number; ok: true } & PdfJobDone) | { id: number; ok: false; error: string };

/** Renders a job's PDF and writes it. Used by workers and by the main thread alike. */
export async function runPdfJob(job: PdfJob): Promise<PdfJobDone> {
  // env is empty: the main thread already applied SOURCE_DATE_EPOCH to `date`.
  const { bytes, kit } = await renderPlanPdfWithKit(job.plan, { pageSize: job.pageSize, date: new Date(job.date), env: {} });
  // Synchronous on purpose: fs/promises writes a file in several queued
  // steps, about 0.3 ms of CPU each; a worker has nothing else to do meanwhile.
  writeFileSync(job.path, bytes);
  return job.keepKit ? { bytes: bytes.length, kit } : { bytes: bytes.length };
}

/** The workerData that marks a thread as a PDF worker. */
export const PDF_WORKER_MARK = 'planfolio-pdf-worker';

// Only a thread started as a PDF worker listens: this module is also imported
// by the main thread, which may itself be some other tool's worker.
if (workerData === PDF_WORKER_MARK) parentPort?.on('message', (job: PdfJob) => {
  runPdfJob(job).then(
    (done) => parentPort!.postMessage({ id: job.id, ok: true, ...done } satisfies PdfJobResult),
    (error: unknown) =>
      parentPort!.postMessage({ id: job.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PdfJobResult),
  );
});
