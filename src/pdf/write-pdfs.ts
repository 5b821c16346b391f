// Writes every plan's PDF and the portfolio PDF into `<outDir>/pdf/`. With
// many plans the work is spread over worker threads, one per core, each
// parsing the fonts once and rendering many PDFs. Each plan's pages come
// back as a kit, and the portfolio is then put together from those pages.
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../runtime/start-worker.js';
import type { LoadedPlan } from '../load/types.js';
import { makePdfFileName, PORTFOLIO_PDF_NAME } from './file-name.js';
import { PDF_WORKER_MARK, runPdfJob, type PdfJob, type PdfJobDone, type PdfJobResult } from './pdf-worker.js';
import { PortfolioAssembler } from './portfolio-pdf.js';
import { makeProgressReporter, type PdfProgress, type ProgressMode } from './progress.js';
import { resolvePdfDate, type PdfOptions } from './render-pdf.js';

/** Options for writing all PDFs of a build. */
export interface WritePdfsOptions extends PdfOptions {
  /** A plan's date (its last commit, say); overrides `date` for that plan. */
  planDate?: (plan: LoadedPlan) => Date | string | undefined;
  /** Also write `portfolio.pdf`; default true. */
  portfolio?: boolean;
  /** Worker threads: a number, or `auto` (one per core, when there are at least 8 PDFs); 0 renders in this thread. */
  workers?: number | 'auto';
  /** How progress is shown on stderr; default `auto`. */
  progress?: ProgressMode;
  /** Called after each PDF is written. */
  onProgress?: (event: PdfProgress) => void;
  /**
   * The folder to name in progress lines instead of `outDir`: a build writes
   * into a staging folder, but people should read where the PDFs will be.
   */
  shownOutDir?: string;
}

/** A PDF that was written. */
export interface WrittenPdf {
  kind: 'plan' | 'portfolio';
  /** The plan's file (`plans/ana/2026.md`), for plan PDFs. */
  plan?: string;
  fileName: string;
  path: string;
  bytes: number;
}

/** Below this many PDFs, starting threads costs more than it saves. */
const PARALLEL_FROM = 8;

/** Writes each plan's PDF to `outDir/pdf/<name>` and the portfolio to `outDir/pdf/portfolio.pdf`. */
export async function writePdfs(plans: LoadedPlan[], outDir: string, options: WritePdfsOptions = {}): Promise<WrittenPdf[]> {
  const dir = path.join(outDir, 'pdf');
  await mkdir(dir, { recursive: true });
  const pageSize = options.pageSize ?? 'A4';
  const dateOf = (plan: LoadedPlan) =>
    resolvePdfDate({ env: options.env, date: options.planDate?.(plan) ?? options.date }, plan.plan.reviewed ?? plan.plan.created);

  const written: WrittenPdf[] = [];
  const jobs: PdfJob[] = [];
  const byName = new Map<string, string>();
  const keepKit = options.portfolio !== false && plans.length > 0;
  for (const plan of plans) {
    const fileName = makePdfFileName(plan);
    const other = byName.get(fileName);
    if (other) throw new Error(`${plan.file} and ${other} would both be written as ${fileName}: rename one of the files`);
    byName.set(fileName, plan.file);
    const date = dateOf(plan);
    jobs.push({ id: jobs.length, plan, path: path.join(dir, fileName), pageSize, date: date.toISOString(), keepKit });
    written.push({ kind: 'plan', plan: plan.file, fileName, path: path.join(dir, fileName), bytes: 0 });
  }

  const total = jobs.length + (keepKit ? 1 : 0);
  const reporter = makeProgressReporter(options.progress ?? 'auto', total);
  let done = 0;
  const report = (file: string, bytes: number) => {
    const event = { done: ++done, total, path: file, bytes };
    const shown = options.shownOutDir === undefined ? file : path.join(options.shownOutDir, path.relative(outDir, file));
    reporter.update({ ...event, path: shown });
    options.onProgress?.(event);
  };
  // The portfolio places the pages just made (portfolio-pdf.ts): a cover to
  // draw, and each plan's pages as they come back, none laid out again.
  let portfolio: PortfolioAssembler | undefined;
  const startPortfolio = () => {
    if (!keepKit) return;
    const latest = jobs.reduce((max, job) => Math.max(max, Date.parse(job.date)), 0);
    // SOURCE_DATE_EPOCH, else the caller's date, else the latest plan's date.
    const date = resolvePdfDate({ env: options.env, date: options.date ?? new Date(latest) }, '1970-01-01');
    portfolio = new PortfolioAssembler(plans, { pageSize, date });
  };
  const record = (job: PdfJob, result: PdfJobDone) => {
    written[job.id]!.bytes = result.bytes;
    if (result.kit) portfolio!.add(job.id, result.kit);
    report(job.path, result.bytes);
  };
  try {
    const threads = countWorkers(options.workers ?? 'auto', jobs.length);
    if (threads === 0) {
      startPortfolio();
      for (const job of jobs) record(job, await runPdfJob(job));
    } else {
      const running = runInWorkers(jobs, threads, record);
      // Drawn while the workers start; no answer can arrive before this returns.
      startPortfolio();
      await running;
    }
    if (portfolio) {
      const file = path.join(dir, PORTFOLIO_PDF_NAME);
      const bytes = await portfolio.finish();
      writeFileSync(file, bytes);
      written.push({ kind: 'portfolio', fileName: PORTFOLIO_PDF_NAME, path: file, bytes: bytes.length });
      report(file, bytes.length);
    }
  } finally {
    reporter.finish();
  }
  return written;
}

function countWorkers(setting: number | 'auto', jobs: number): number {
  if (setting === 'auto') return jobs >= PARALLEL_FROM ? Math.min(availableParallelism(), jobs) : 0;
  return Math.max(0, Math.min(Math.floor(setting), jobs));
}

/** Starts a pdf worker thread (see startWorker for running from source). */
function startPdfWorker(): Worker {
  return startWorker(import.meta.url, 'pdf-worker', PDF_WORKER_MARK);
}

function runInWorkers(jobs: PdfJob[], threads: number, record: (job: PdfJob, result: PdfJobDone) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const byId = new Map(jobs.map((job) => [job.id, job]));
    const stop = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker) => {
      const job = jobs[next++];
      if (job) worker.postMessage(job);
    };
    for (let i = 0; i < threads; i++) {
      const worker = startPdfWorker();
      workers.push(worker);
      worker.on('message', (result: PdfJobResult) => {
        const job = byId.get(result.id)!;
        if (!result.ok) return stop(new Error(`Could not write ${job.path}:\n${result.error}`));
        try {
          record(job, result);
        } catch (error) {
          return stop(error as Error);
        }
        if (++finished === jobs.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (code !== 0 && finished < jobs.length) stop(new Error(`A PDF worker stopped with exit code ${code}`));
      });
      feed(worker);
    }
  });
}
