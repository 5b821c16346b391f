import Eleventy from '@11ty/eleventy';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PlanfolioError, PlanProblemsError } from '../errors/errors.js';
import { loadPortfolio, showPath } from '../load/load-portfolio.js';
import type { LoadedPlan, Portfolio } from '../load/types.js';
import { buildHistory, createHistoryCache } from '../history/build-history.js';
import { readHistoryCache, writeHistoryCache } from '../history/history-cache-file.js';
import type { PlanHistory } from '../history/types.js';
import { attachHistory, findPlanDate } from './attach-history.js';
import { StageTimer, type StageTiming } from './stage-timings.js';
import { writePdfs, type WrittenPdf } from '../pdf/index.js';
import { loadConfig } from '../config/load-config.js';
import { renderHeadersFile } from '../deploy/headers.js';
import type { PortfolioConfig } from '../config/config-schema.js';
import { indexSearch } from './index-search.js';
import { writeExports } from './write-exports.js';
import { makeSiteData, type SiteData } from './site-data.js';
import { CACHE_DIR, ELEVENTY_CONFIG } from '../runtime/project-paths.js';
import { stageTemplates, type StagedTemplates } from '../runtime/template-layers.js';
import { provideSiteData } from './site-plugin.js';
import { provideTemplatesDir } from './template-input.js';
import { locateTemplateError, TemplateProblemError } from './template-errors.js';
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
  /** Title, base path, repository and privacy; default planfolio.config.json of the working folder. */
  config?: PortfolioConfig;
  /** Overrides the configured title. */
  title?: string;
  /** How many plan pages one Eleventy run renders (default PLAN_PAGES_PER_RUN). */
  planPagesPerRun?: number;
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
  const unlock = await lockOutput(outDir);
  let staging: string | undefined;
  try {
    // Checked again under the lock: another build may have written here meanwhile.
    refuseUnsafeOutput(outDir, options.plansDir);
    await recoverInterruptedBuild(outDir);
    const into = (staging = await makeStaging(outDir));
    const pages = await timer.time('pages', () => renderAllPages(data!, into, options.planPagesPerRun));
    await timer.time('exports', () => writeExports(data!, into));
    // The PDFs read the plans themselves and only each plan's last commit day of its history: the
    // site's views and lists and the histories are let go (at 5,000 plans, about 90 MB).
    const planDays = new Map(portfolio.plans.map((plan) => [plan, findPlanDate(histories!, plan.relativePath)]));
    [data, histories] = [undefined, undefined];
    const planDate = (plan: LoadedPlan) => planDays.get(plan);
    const title = options.title ?? config.title;
    const writeAll = () => writePdfs(portfolio.plans, into, { title, pageSize: config.pdfPageSize, language: config.language, theme: config.theme, siteUrl: config.siteUrl, progress: 'auto', planDate, shownOutDir: showPath(outDir) });
    // Indexed in the staging folder, so a failure leaves the last good site as it was; by
    // Pagefind's own processes, on the other core, while this one draws the PDFs.
    const search = (options.search ?? true) ? timer.time('search index', () => indexSearch(into)) : undefined;
    search?.catch(() => undefined); // a failure is thrown where it is awaited, below
    let pdfs: WrittenPdf[] = [];
    try {
      if (pdf) pdfs = await timer.time('PDFs', writeAll, (w) => w.length);
    } finally {
      // A failed build removes the staging folder only once Pagefind has stopped writing into it.
      await search?.catch(() => undefined);
    }
    await search;
    await writeFile(path.join(into, '_headers'), renderHeadersFile());
    await timer.time('swap into place', () => swapIn(into, outDir));
    return { portfolio, pages, pdfs, outDir, timings: timer.stages };
  } catch (error) {
    if (staging) await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await unlock();
  }
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

/** The template of a plan's page, which can be rendered alone for some plans. */
export const PLAN_TEMPLATE = 'plan.njk';

/**
 * How many plan pages one Eleventy run renders. A run holds every page it
 * renders until it ends (a plan's page is 50 to 120 KB as a string), and at
 * 5,000 plans that was over 600 MB at once.
 */
export const PLAN_PAGES_PER_RUN = 500;

/** Renders every page: plan pages in runs of `perRun`, then all the others in one. */
async function renderAllPages(data: SiteData, outDir: string, perRun = PLAN_PAGES_PER_RUN): Promise<number> {
  const plans = data.pages.plans;
  if (plans.length <= perRun) return renderPages(data, outDir);
  const templates = await stageTemplates();
  const only = { plans: [], people: [], tags: [], statuses: [], histories: [], exports: [] };
  let count = 0;
  for (let i = 0; i < plans.length; i += perRun) {
    const run = { ...data, pages: { ...only, plans: plans.slice(i, i + perRun) } };
    count += await renderPages(run, outDir, { template: PLAN_TEMPLATE, templates });
  }
  return count + (await renderPages({ ...data, pages: { ...data.pages, plans: [] } }, outDir, { templates }));
}

export interface RenderOptions {
  /** One template alone (a file name in templates/), as watch mode renders a saved plan's page. */
  template?: string;
  /** The templates as staged already (default: staged now). */
  templates?: StagedTemplates;
  /**
   * This process renders again later (watch mode): Eleventy then keeps no
   * template between renders, as it otherwise would (layouts and page
   * templates by path, in memory), so an edited one is read again.
   */
  again?: boolean;
}

/**
 * Renders the site's pages from site data with Eleventy into `outDir`:
 * every template, or one. The project's own templates/ take the place of
 * Planfolio's file by file. Returns how many pages it wrote; a template
 * that fails throws a TemplateProblemError naming its file, line and column.
 */
export async function renderPages(data: SiteData, outDir: string, options: RenderOptions = {}): Promise<number> {
  const templates = options.templates ?? (await stageTemplates());
  const input = options.template ? path.join(templates.dir, options.template) : templates.dir;
  const eleventy = new Eleventy(input, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config: (config: Parameters<typeof provideSiteData>[0]) => {
      provideSiteData(config, data);
      provideTemplatesDir(config, templates.dir);
      // Eleventy's advice for its API in a long-running process (11ty/eleventy#3667).
      if (options.again) config.setUseTemplateCache(false);
    },
  });
  // Planfolio reports for itself: Eleventy's own lines would only repeat it.
  eleventy.disableLogger();
  const written = (await eleventy.write().catch((error: unknown) => {
    throw new TemplateProblemError(locateTemplateError(error, templates), { cause: error });
  })) as unknown as unknown[];
  return written.flat(2).filter((entry) => /\.html$/.test((entry as { outputPath?: string })?.outputPath ?? '')).length;
}
