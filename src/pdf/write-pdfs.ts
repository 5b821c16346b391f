// Writes every plan's PDF and the portfolio PDF into `<outDir>/pdf/`: each
// plan's PDF, then the portfolio (its page counts already known from the
// plans' own PDFs), streamed to its file: every plan in full up to
// FULL_PLANS_UP_TO plans, else a page per plan. The plans are drawn in this
// thread one after another, or by a pool of threads (pdf-pool.ts) while
// this one does other work, such as a build's pages.
import { mkdir } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import type { LoadedPlan } from '../load/types.js';
import type { ThemeSettings } from '../theme/theme-settings.js';
import { PORTFOLIO_PDF_NAME } from './file-name.js';
import { makeProgressReporter, type ProgressMode } from './progress.js';
import { makePdfTheme, type PageSize } from './layout/theme.js';
import { FULL_PLANS_UP_TO, keepPdfPart, linkPdf, nameFiles, pinPdfDate, type WrittenPdf } from './pdf-jobs.js';
import type { PdfLook, PortfolioContents } from './pdf-files.js';
import { describeThreadSetup, discardEarlyThread, PdfPool, type OnDrawn } from './pdf-pool.js';
import { openPdfCache, type PdfCache } from './pdf-cache.js';
import type { PlanJob } from './pdf-thread.js';
import { saveOnExit } from '../runtime/save-on-exit.js';

export type { WrittenPdf } from './pdf-jobs.js';

/** Options for writing all PDFs of a build. */
export interface WritePdfsOptions {
  /** The portfolio's title, from the configuration. */
  title: string;
  /** The language of the PDFs' own words (BCP 47); default `en`. */
  language?: string;
  /** A plan's last commit day (`YYYY-MM-DD...`), which dates its PDF when known. */
  planDate?: (plan: LoadedPlan) => string | undefined;
  /** The paper of every PDF; default A4. */
  pageSize?: PageSize;
  /** The configured theme of every PDF; Planfolio's own look without one. */
  theme?: ThemeSettings;
  /** Also write `portfolio.pdf`; default true. */
  portfolio?: boolean;
  /** Write each plan's PDF (default true); false makes only `portfolio.pdf`, as dev does once the plans' PDFs are on disk. */
  planPdfs?: boolean;
  /** Up to how many plans `portfolio.pdf` draws every plan in full (default FULL_PLANS_UP_TO); beyond, a page per plan. */
  fullPlansUpTo?: number;
  /** The site's address, when configured: a plan's page in `portfolio.pdf` then links its PDF there, else by its file name beside it. */
  siteUrl?: string;
  /** How progress is shown on stderr; default `auto`. */
  progress?: ProgressMode;
  /**
   * The folder to name in progress lines instead of `outDir`: a build writes
   * into a staging folder, but people should read where the PDFs will be.
   */
  shownOutDir?: string;
  /** How many threads draw the PDFs (choosePdfThreads suits a build); 0, the default, draws them in this thread. */
  threads?: number;
  /** Stops the drawing: the threads end, and writePdfs rejects with the signal's reason. */
  signal?: AbortSignal;
  /** With threads, what this thread waits for (a build's pages) before it draws plans too and a page-per-plan portfolio.pdf. */
  portfolioAfter?: Promise<unknown>;
  /** The folder of PDFs kept between builds (pdf-cache.ts: locatePdfCache), to copy unchanged PDFs from instead of drawing them; none by default. */
  cache?: string;
  /** Told how many PDFs were unchanged and copied from the cache instead of drawn, for a build's timings. */
  onKept?: (count: number) => void;
  /** Told at the end what the threads drew, for a build's timings. */
  onThreads?: (threads: ThreadsDrawn) => void;
}

/** What a pool of threads drew. */
export interface ThreadsDrawn {
  /** How many threads. */
  count: number;
  /** How many PDFs they wrote (the rest, if any, were drawn in the calling thread). */
  pdfs: number;
  /** The CPU they used, in ms, when the system tells. */
  cpuMs?: number;
}

/** Writes each plan's PDF to `outDir/pdf/<name>` and the portfolio to `outDir/pdf/portfolio.pdf`. */
export async function writePdfs(plans: readonly LoadedPlan[], outDir: string, options: WritePdfsOptions): Promise<WrittenPdf[]> {
  const dir = path.join(outDir, 'pdf');
  const written = nameFiles(plans, dir);
  await mkdir(dir, { recursive: true });
  const withPortfolio = options.portfolio !== false && plans.length > 0;
  const total = plans.length + (withPortfolio ? 1 : 0);
  const reporter = makeProgressReporter(options.progress ?? 'auto', total);
  let done = 0;
  const report = (pdf: WrittenPdf) => {
    const shown = options.shownOutDir === undefined ? pdf.path : path.join(options.shownOutDir, path.relative(outDir, pdf.path));
    reporter.update({ done: ++done, total, path: shown, bytes: pdf.bytes });
  };
  try {
    const drawnInFull = plans.length <= (options.fullPlansUpTo ?? FULL_PLANS_UP_TO);
    // A portfolio that draws every plan needs their page counts (its contents), so the plans are made even when not written.
    const planPdfs = options.planPdfs !== false;
    const makePlans = planPdfs || (withPortfolio && drawnInFull);
    const jobs: PlanJob[] = (makePlans ? plans : []).map((plan, index) => ({
      index,
      plan: keepPdfPart(plan),
      file: planPdfs ? written[index]!.path : undefined,
      date: pinPdfDate([plan], options.planDate),
    }));
    const pageCounts: number[] = [];
    // Threads finish plans out of order; progress still names them in order.
    const ready = new Set<number>();
    let next = 0;
    const onDrawn: OnDrawn = (index, drawn) => {
      pageCounts[index] = drawn.pages;
      if (!planPdfs) return;
      written[index]!.bytes = drawn.bytes;
      ready.add(index);
      while (ready.delete(next)) report(written[next++]!);
    };
    const portfolio: Portfolio | undefined = withPortfolio
      ? {
          file: path.join(dir, PORTFOLIO_PDF_NAME),
          date: pinPdfDate(plans, options.planDate),
          // pageCounts is filled in as the plans are drawn, before the portfolio is.
          contents: drawnInFull ? { plans: jobs.map((job) => job.plan), pageCounts } : { plans, links: written.map((pdf) => linkPdf(pdf.path, options.siteUrl)) },
        }
      : undefined;
    const look: PdfLook = { pageSize: options.pageSize ?? 'A4', language: options.language, theme: makePdfTheme(options.theme) };
    const cache = options.cache === undefined ? undefined : openPdfCache(options.cache, look);
    const nameOf = (index: number) => path.basename(written[index]!.path);
    const kept: Kept = cache ? await takeKept(cache, jobs, nameOf, portfolio, options.title, onDrawn) : { toDraw: jobs, keys: new Map(), keeping: [] };
    // Each PDF drawn to its file is kept for the next build.
    const keep: OnDrawn = (index, drawn) => {
      onDrawn(index, drawn);
      if (cache && planPdfs) kept.keeping.push(cache.keep(nameOf(index), kept.keys.get(index)!, written[index]!.path, drawn.pages));
    };
    const toPortfolio = kept.portfolioBytes === undefined ? portfolio : undefined;
    options.onKept?.((planPdfs ? jobs.length - kept.toDraw.length : 0) + (portfolio && !toPortfolio ? 1 : 0));
    const drawing = kept.toDraw.length > 0 || toPortfolio !== undefined;
    if (!drawing) discardEarlyThread();
    const drawn = !drawing
      ? undefined
      : (options.threads ?? 0) > 0
        ? await drawOnThreads(plans.map((plan) => plan.file), kept.toDraw, keep, toPortfolio, look, options)
        : await drawHere(kept.toDraw, keep, toPortfolio, look, options);
    if (cache && toPortfolio && drawn !== undefined) kept.keeping.push(cache.keep(PORTFOLIO_PDF_NAME, kept.portfolioKey!, toPortfolio.file, 0));
    const bytes = kept.portfolioBytes ?? drawn;
    if (portfolio && bytes !== undefined) {
      const pdf: WrittenPdf = { path: portfolio.file, bytes };
      written.push(pdf);
      report(pdf);
    }
    await Promise.all(kept.keeping);
    // A call that writes every plan's PDF and the portfolio has the whole portfolio: PDFs of other names are gone from it.
    if (cache && planPdfs && withPortfolio) await cache.keepOnly([...written.map((pdf) => path.basename(pdf.path)), PORTFOLIO_PDF_NAME]);
  } finally {
    reporter.finish();
  }
  return options.planPdfs === false ? written.slice(plans.length) : written;
}

/**
 * The drawing code (pdfkit, fontkit, the layout), loaded the first time this
 * thread draws: a build whose PDFs are all drawn on a thread hands them over
 * without waiting for it. What this thread shapes is kept for the next build
 * (layout/shaping-cache.ts), once, as the command ends: dev draws a step of
 * PDFs at a time, and a save merges whole files under a lock.
 */
async function loadDrawing(): Promise<typeof import('./pdf-files.js')> {
  const drawing = await import('./pdf-files.js');
  saveOnExit(saveShapedWords);
  return drawing;
}

/** Saves the shaped words of this thread; one function, so asking twice saves once. */
const saveShapedWords = async () => (await import('./layout/shaping-cache.js')).saveShapingCache();

/** What the cache held: the plans left to draw, every plan's key, and portfolio.pdf's key and size (when kept). */
interface Kept {
  toDraw: PlanJob[];
  keys: Map<number, string>;
  portfolioKey?: string;
  portfolioBytes?: number;
  /** The copies into the cache still being made. */
  keeping: Promise<void>[];
}

/** Copies what the cache holds of these PDFs to their files, counting each plan as drawn (pages and size). */
async function takeKept(cache: PdfCache, jobs: readonly PlanJob[], nameOf: (index: number) => string, portfolio: Portfolio | undefined, title: string, onDrawn: OnDrawn): Promise<Kept> {
  const keys = jobs.map((job) => cache.keyFor(nameOf(job.index), [job.plan, job.date]));
  const taken = await Promise.all(jobs.map((job, i) => cache.take(nameOf(job.index), keys[i]!, job.file)));
  taken.forEach((pdf, i) => pdf && onDrawn(jobs[i]!.index, pdf));
  const kept: Kept = { toDraw: jobs.filter((_, i) => !taken[i]), keys: new Map(jobs.map((job, i) => [job.index, keys[i]!])), keeping: [] };
  if (!portfolio) return kept;
  const { contents } = portfolio;
  // The plans' keys say all the portfolio shows of them; without plan jobs (dev's page-per-plan portfolio.pdf
  // alone), what each summary shows. A page per plan also shows its link.
  const parts = function* () {
    yield* [title, portfolio.date];
    yield* jobs.length > 0 ? keys : contents.plans.map(keepPdfPart);
    if ('links' in contents) yield* contents.links;
  };
  kept.portfolioKey = cache.keyFor(PORTFOLIO_PDF_NAME, parts());
  kept.portfolioBytes = (await cache.take(PORTFOLIO_PDF_NAME, kept.portfolioKey, portfolio.file))?.bytes;
  return kept;
}

/** portfolio.pdf: where it goes, its date, and what it shows. */
interface Portfolio {
  file: string;
  date: Date;
  contents: PortfolioContents;
}

/** Draws the plans, then the portfolio, in this thread; returns the portfolio's size. */
async function drawHere(jobs: readonly PlanJob[], onDrawn: OnDrawn, portfolio: Portfolio | undefined, look: PdfLook, options: WritePdfsOptions): Promise<number | undefined> {
  const { writePlanPdf, writePortfolioPdf } = await loadDrawing();
  for (const job of jobs) {
    options.signal?.throwIfAborted();
    onDrawn(job.index, await writePlanPdf(job.plan, job.file, job.date, look));
    // A turn of the event loop between PDFs: drawing one never waits on I/O, so without it the build's
    // other work (the search index's Pagefind processes) would wait for the last PDF.
    await setImmediate();
  }
  return portfolio && writePortfolioPdf(portfolio.contents, portfolio.file, options.title, portfolio.date, look, options.signal);
}

/**
 * Draws the plans on a pool of threads. portfolio.pdf of every plan in full
 * is drawn by a thread once they are all counted; a page per plan, by this
 * thread, which first helps draw the plans once `portfolioAfter` lets it.
 */
async function drawOnThreads(
  files: readonly string[],
  jobs: readonly PlanJob[],
  onDrawn: OnDrawn,
  portfolio: Portfolio | undefined,
  look: PdfLook,
  options: WritePdfsOptions,
): Promise<number | undefined> {
  // Ends this thread's part too when the pool fails.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const pool = new PdfPool(options.threads!, describeThreadSetup(options), files, signal);
  try {
    const contents = portfolio?.contents;
    const drawing = pool.drawPlans(jobs, onDrawn);
    // This thread draws a page-per-plan portfolio.pdf, so its fonts are loaded anyway: it draws plans too, once free.
    const here =
      portfolio && contents && 'links' in contents
        ? (async () => {
            await options.portfolioAfter?.catch(() => undefined);
            const { writePlanPdf, writePortfolioPdf } = await loadDrawing();
            await pool.help((job) => writePlanPdf(job.plan, job.file, job.date, look));
            return writePortfolioPdf(contents, portfolio.file, options.title, portfolio.date, look, signal);
          })()
        : undefined;
    const [, drawnHere] = await Promise.all([drawing, here]);
    const bytes =
      portfolio && contents && 'pageCounts' in contents
        ? await pool.drawPortfolio({ kind: 'portfolio', plans: contents.plans, pageCounts: contents.pageCounts, file: portfolio.file, title: options.title, date: portfolio.date })
        : drawnHere;
    const cpuMs = await pool.close();
    const pdfs = (options.planPdfs === false ? 0 : jobs.length - pool.helped) + (drawnHere === undefined && bytes !== undefined ? 1 : 0);
    options.onThreads?.({ count: options.threads!, pdfs, ...(cpuMs === undefined ? {} : { cpuMs }) });
    return bytes;
  } finally {
    stop.abort(new Error('stopped'));
    await pool.stop();
  }
}
