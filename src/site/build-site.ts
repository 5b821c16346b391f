import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PlanfolioError, PlanProblemsError } from '../errors/errors.js';
import { loadPortfolio, showPath } from '../load/load-portfolio.js';
import type { LoadedPlan, Portfolio } from '../load/types.js';
import { buildHistory, createHistoryCache } from '../history/build-history.js';
import { readHistoryCache, writeHistoryCache } from '../history/history-cache-file.js';
import type { PlanHistory } from '../history/types.js';
import { attachHistory, findPlanDate } from './attach-history.js';
import { sortPlansForReaders } from '../facts/portfolio-facts.js';
import { StageTimer, type StageEnd, type StageTiming } from './stage-timings.js';
import { choosePdfThreads, discardEarlyThread } from '../pdf/pdf-pool.js';
import { locatePdfCache } from '../pdf/pdf-cache.js';
import type { ThreadsDrawn, WrittenPdf } from '../pdf/write-pdfs.js';
import { loadConfig } from '../config/load-config.js';
import { collectRedirects, renderRedirectsFile } from '../deploy/redirects.js';
import { renderHeadersFile } from '../deploy/headers.js';
import type { PortfolioConfig } from '../config/config-schema.js';
import { indexSearch } from './index-search.js';
import { writeExports } from './write-exports.js';
import { makeSiteData, type SiteData } from './site-data.js';
import { CACHE_DIR } from '../runtime/project-paths.js';
import { stageTemplates, type StagedTemplates } from '../runtime/template-layers.js';
import { lockOutput, makeStaging, recoverInterruptedBuild, refuseUnsafeOutput, swapIn } from './output-folder.js';

export interface BuildOptions {
  plansDir: string;
  outDir: string;
  /** Include `draft` plans (watch mode, previews). */
  drafts?: boolean;
  /** Write PDFs (default true). */
  pdf?: boolean;
  /** Index the site for search with Pagefind (default true). */
  search?: boolean;
  /** Read each plan's history from git and make its history page (default true). */
  history?: boolean;
  /** Reuse (and keep) what earlier builds worked out about history (default true). */
  historyCache?: boolean;
  /** Copy the PDFs of unchanged plans that earlier builds kept, and keep this build's (default true). */
  pdfCache?: boolean;
  /** Title, base path, repository and privacy; default planfolio.config.json of the working folder. */
  config?: PortfolioConfig;
  /** Overrides the configured title. */
  title?: string;
  /** How many plan pages one Eleventy run renders (default PLAN_PAGES_PER_RUN). */
  planPagesPerRun?: number;
  /** A full collection of the heap, run once the site's data is let go (the command gives V8's). */
  collectGarbage?: () => void;
}

export interface BuildResult {
  portfolio: Portfolio;
  pages: number;
  pdfs: WrittenPdf[];
  outDir: string;
  /** How long each stage took. */
  timings: StageTiming[];
}

const HISTORY_CACHE = path.join(CACHE_DIR, 'history.json');

/**
 * Builds the site (and PDFs) into a fresh folder beside the output and swaps
 * it in only when everything succeeded, so a failed build leaves the last
 * good output exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir);
  refuseUnsafeOutput(options.outDir, options.plansDir);
  const timer = new StageTimer();
  const portfolio = await timer.time('load and validate', () => loadPortfolio({ plansDir: options.plansDir, includeDrafts: options.drafts }));
  if (portfolio.problems.length > 0) throw new PlanProblemsError(portfolio.problems);

  const pdf = options.pdf ?? true;
  const config = options.config ?? loadConfig();
  // Site data and histories are let go once the pages and exports are written (see below).
  let data: SiteData | undefined = makeSiteData(portfolio, {
    pdf,
    title: options.title ?? config.title,
    language: config.language,
    base: config.base,
    siteUrl: config.siteUrl,
    repositoryUrl: config.repositoryUrl,
    public: config.public,
    theme: config.theme,
  });
  let histories: Map<string, PlanHistory> | undefined =
    (options.history ?? true)
      ? await timer.time('history', () => readHistoryWithCache(options.plansDir, portfolio, config, options.historyCache ?? true))
      : new Map<string, PlanHistory>();
  attachHistory(data, histories);
  // Worked out now: the site's views are let go once the pages are written.
  const redirects = collectRedirects(data.plans, config.base);
  // The PDFs need of a plan's history only its last commit day, which dates its PDF.
  const planDays = new Map(portfolio.plans.map((plan) => [plan.relativePath, findPlanDate(histories!, plan.relativePath)]));
  const unlock = await lockOutput(outDir);
  let staging: string | undefined;
  // Stops whatever still runs when one part fails: the PDF threads, and the pages between runs.
  const stop = new AbortController();
  let pdfs: Promise<{ written: WrittenPdf[]; timing: StageTiming }> | undefined;
  let search: Promise<unknown> | undefined;
  try {
    // Checked again under the lock: another build may have written here meanwhile.
    refuseUnsafeOutput(outDir, options.plansDir);
    await recoverInterruptedBuild(outDir);
    const into = (staging = await makeStaging(outDir));
    let pagesWritten = () => {};
    const pagesDone = new Promise<void>((resolve) => (pagesWritten = resolve));
    const threads = pdf ? choosePdfThreads(portfolio.plans.length) : 0;
    if (threads === 0) discardEarlyThread();
    const startPdfs = () => {
      const title = options.title ?? config.title;
      const { pdfPageSize: pageSize, language, theme, siteUrl } = config;
      const planDate = (plan: LoadedPlan) => planDays.get(plan.relativePath);
      const drawn: ThreadsDrawn = { count: 0, pdfs: 0 };
      let kept = 0;
      const end = timer.begin('PDFs');
      // The PDF writer loads only for a build that draws PDFs, and it loads pdfkit and fontkit only in a thread that draws.
      const writing = import('../pdf/write-pdfs.js').then(({ writePdfs }) =>
        // portfolio.pdf lists the plans as the site does (dev draws from the site's views, in that order).
        writePdfs(sortPlansForReaders(portfolio.plans), into, {
          ...{ title, pageSize, language, theme, siteUrl, planDate, progress: 'auto', shownOutDir: showPath(outDir) },
          ...{ threads, signal: stop.signal, portfolioAfter: pagesDone, onThreads: (threads) => Object.assign(drawn, threads), onKept: (count: number) => (kept = count) },
          cache: options.pdfCache === false ? undefined : locatePdfCache(options.plansDir),
        }),
      );
      writing.catch((error: unknown) => stop.abort(error));
      const timed = writing.then((written) => ({ written, timing: end(describePdfStage(written.length, drawn, kept)) }));
      timed.catch(() => undefined); // thrown where it is awaited, below
      return timed;
    };
    // On threads, the PDFs start now, as soon as their inputs are known, beside the pages; in this thread, after them.
    if (threads > 0) pdfs = startPdfs();
    const pages = await timer.time('pages', () => renderAllPages(data!, into, options.planPagesPerRun, stop.signal));
    await timer.time('exports', () => writeExports(data!, into));
    // The site's views and lists and the histories are let go (at 5,000 plans, about 90 MB), and collected at
    // once with what the pages and exports left: before the PDFs add theirs (a 5,000-plan peak 1,035 -> 836 MiB).
    [data, histories] = [undefined, undefined];
    options.collectGarbage?.();
    pagesWritten();
    // Indexed in the staging folder, so a failure leaves the last good site as it was; by
    // Pagefind's own processes, while the PDFs are drawn.
    if (options.search ?? true) search = timer.time('search index', () => indexSearch(into, { siteLanguage: config.language }));
    search?.catch(() => undefined); // a failure is thrown where it is awaited, below
    if (pdf && threads === 0) pdfs = startPdfs();
    const drawn = await pdfs;
    if (drawn) timer.stages.push(drawn.timing);
    await search;
    await writeFile(path.join(into, '_headers'), renderHeadersFile());
    if (redirects.length > 0) await writeFile(path.join(into, '_redirects'), renderRedirectsFile(redirects));
    await timer.time('swap into place', () => swapIn(into, outDir));
    return { portfolio, pages, pdfs: drawn?.written ?? [], outDir, timings: timer.stages };
  } catch (error) {
    stop.abort(error);
    // The staging folder is removed only once the PDF threads and Pagefind have stopped writing into it.
    await Promise.allSettled([pdfs, search]);
    if (staging) await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await unlock();
  }
}

/**
 * What the PDF stage says beyond its times: how many it drew and, when
 * threads drew them beside the other stages, the CPU of those threads, per
 * PDF they drew (the process's CPU counts the other stages' too); and how
 * many were unchanged and copied instead.
 */
function describePdfStage(count: number, drawn: ThreadsDrawn, kept: number): StageEnd {
  const copied = kept > 0 ? `${kept} unchanged since the last build, copied from node_modules/.cache/planfolio` : undefined;
  if (drawn.count === 0) return { count: count - kept, detail: copied };
  const threads = `${drawn.count} thread${drawn.count === 1 ? '' : 's'}`;
  if (drawn.cpuMs === undefined) return { count: count - kept, detail: [`drawn on ${threads} beside the other stages`, copied].filter(Boolean).join('; ') };
  const here = count - kept - drawn.pdfs;
  const own = `${(drawn.cpuMs / 1000).toFixed(2)} s CPU on ${threads} of their own beside the other stages`;
  const detail = [own, here > 0 ? `${here} drawn in the main thread` : undefined, copied].filter(Boolean).join('; ');
  return { count: drawn.pdfs, ownCpuMs: drawn.cpuMs, detail };
}

/**
 * Every plan's history, reusing what earlier builds worked out: a plan whose
 * file versions are unchanged is not validated again. The cache lives where
 * npm tools keep theirs, which CI caches and hosts usually keep between builds.
 */
async function readHistoryWithCache(plansDir: string, portfolio: Portfolio, config: PortfolioConfig, useCache: boolean): Promise<Map<string, PlanHistory>> {
  const cache = useCache ? await readHistoryCache(HISTORY_CACHE) : createHistoryCache();
  const { repositoryUrl, commitSubjects, language } = config;
  const histories = await buildHistory({ plansDir, plans: portfolio.plans, today: portfolio.today, repositoryUrl, commitSubjects, language, cache });
  if (useCache) await writeHistoryCache(cache, HISTORY_CACHE).catch(() => undefined);
  return histories;
}

/**
 * How many plan pages one Eleventy run renders. A run holds every page it
 * renders until it ends (a plan's page is 50 to 120 KB as a string), and at
 * 5,000 plans that was over 600 MB at once.
 */
export const PLAN_PAGES_PER_RUN = 500;

/** Renders every page: plan pages in runs of `perRun`, then all the others in one; a stopped build stops between runs. */
async function renderAllPages(data: SiteData, outDir: string, perRun = PLAN_PAGES_PER_RUN, signal?: AbortSignal): Promise<number> {
  // Eleventy loads only now, once the plans are read and on their way to the PDF thread, which starts
  // drawing while this thread loads it (for a handful of plans, the PDFs are the longest part).
  const { PLAN_TEMPLATE, renderPages } = await import('./render-pages.js');
  const plans = data.pages.plans;
  if (plans.length <= perRun) return renderPages(data, outDir);
  const templates = await stageTemplates();
  const only = { plans: [], people: [], tags: [], statuses: [], histories: [], exports: [] };
  let count = 0;
  for (let i = 0; i < plans.length; i += perRun) {
    signal?.throwIfAborted();
    const run = { ...data, pages: { ...only, plans: plans.slice(i, i + perRun) } };
    count += await renderPages(run, outDir, { template: PLAN_TEMPLATE, templates });
  }
  signal?.throwIfAborted();
  return count + (await renderPages({ ...data, pages: { ...data.pages, plans: [] } }, outDir, { templates }));
}
