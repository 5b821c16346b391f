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
  /**
   * For the portfolio made beside plan PDFs drawn in this same thread: the
   * process's CPU time in putting it together (with worker threads, their
   * time would be counted too, so it is left out).
   */
  cpuMs?: number;
}

/** Worker threads start from this many PDFs divided by the cores (1,500 on two cores; see countWorkers). */
const PARALLEL_WORK = 3000;

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
  const threads = countWorkers(options.workers ?? 'auto', jobs.length);
  const meter = threads === 0 && keepKit ? new CpuMeter() : undefined;
  const startPortfolio = () => {
    if (!keepKit) return;
    const latest = jobs.reduce((max, job) => Math.max(max, Date.parse(job.date)), 0);
    // SOURCE_DATE_EPOCH, else the caller's date, else the latest plan's date.
    const date = resolvePdfDate({ env: options.env, date: options.date ?? new Date(latest) }, '1970-01-01');
    meter?.start();
    portfolio = new PortfolioAssembler(plans, { pageSize, date });
    meter?.stop();
  };
  const record = (job: PdfJob, result: PdfJobDone) => {
    written[job.id]!.bytes = result.bytes;
    meter?.start();
    if (result.kit) portfolio!.add(job.id, result.kit);
    meter?.stop();
    report(job.path, result.bytes);
  };
  try {
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
      meter?.start();
      const bytes = await portfolio.finish();
      writeFileSync(file, bytes);
      meter?.stop();
      written.push({ kind: 'portfolio', fileName: PORTFOLIO_PDF_NAME, path: file, bytes: bytes.length, ...(meter ? { cpuMs: meter.ms } : {}) });
      report(file, bytes.length);
    }
  } finally {
    reporter.finish();
  }
  return written;
}

/** The process's CPU time between starts and stops, summed. */
class CpuMeter {
  ms = 0;
  private from?: NodeJS.CpuUsage;

  start(): void {
    this.from = process.cpuUsage();
  }

  stop(): void {
    const used = process.cpuUsage(this.from);
    this.ms += (used.user + used.system) / 1000;
  }
}

/**
 * What the plan PDFs cost apart from the portfolio, for `--timings`: the
 * stage's CPU less the portfolio's, per plan PDF (when the portfolio's is known).
 */
export function describePdfCpu(written: readonly WrittenPdf[], stageCpuMs: number): string | undefined {
  const portfolio = written.find((pdf) => pdf.kind === 'portfolio');
  const plans = written.length - 1;
  if (portfolio?.cpuMs === undefined || plans < 1) return undefined;
  const each = (stageCpuMs - portfolio.cpuMs) / plans;
  return `plan PDFs ${each.toFixed(1)} ms CPU each of ${plans}; the portfolio PDF ${(portfolio.cpuMs / 1000).toFixed(2)} s CPU`;
}

/**
 * Worker threads pay off only for large batches. Each one warms up on its
 * own (compiles the code, parses the fonts, fills its caches), where one
 * thread does that once and then makes a plan PDF in about 8 ms; and V8's
 * collector and compiler threads already use much of a second core. With two
 * cores and generated portfolios (one thread against two workers): 100 PDFs
 * took 1.9 s against 3.1 s; 1,000 took 8.5 s either way, with a third less
 * CPU in one thread; 2,000 took 15.5 s against 12.8 s; 5,000 40.2 s against
 * 31.1 s. More cores share the work further, so the batch that pays off
 * shrinks as they grow.
 */
function countWorkers(setting: number | 'auto', jobs: number): number {
  if (setting !== 'auto') return Math.max(0, Math.min(Math.floor(setting), jobs));
  const cores = availableParallelism();
  return cores >= 2 && jobs >= Math.ceil(PARALLEL_WORK / cores) ? Math.min(cores, jobs) : 0;
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
