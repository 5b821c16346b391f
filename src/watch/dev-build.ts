import { mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/problem.js';
import { PlanStore } from '../load/plan-store.js';
import type { LoadedPlan, Portfolio } from '../load/types.js';
import { buildHistory, createHistoryCache } from '../history/build-history.js';
import type { PlanHistory } from '../history/types.js';
import { attachHistory, findPlanDate } from '../site/attach-history.js';
import { PLAN_TEMPLATE, renderPages } from '../site/render-pages.js';
import { TemplateProblemError } from '../site/template-errors.js';
import { rememberTemplates, stageTemplates, type StagedTemplates } from '../runtime/template-layers.js';
import { Backlog, orderByRecency } from './backlog.js';
import { locatePdfCache } from '../pdf/pdf-cache.js';
import { writeExports } from '../site/write-exports.js';
import { markOutput } from '../site/output-folder.js';
import { loadConfig } from '../config/load-config.js';
import type { PortfolioConfig } from '../config/config-schema.js';
import { makeSiteData, type PlanGroup, type PlanView, type SiteData } from '../site/site-data.js';
import type { Changes } from './rebuild-queue.js';

/** How long a just-saved file is given to be written in full. */
const SETTLE_MS = 60;

/** What the first page needs: the portfolio's home page and the stylesheet of design tokens. */
const FIRST_PAGE_TEMPLATES = '{index,tokens-css}.njk';

/** What a rebuild did, for the terminal and for tests. */
export interface RebuildReport {
  ok: boolean;
  problems: Problem[];
  /** Plan pages (and PDFs) written. */
  plans: string[];
  /** Plan pages removed. */
  removed: string[];
  /** Whether every page was rendered again (first build, template change). */
  full: boolean;
  /** The first build served its first page; the rest follows step by step (see `hasBacklog`). */
  firstPage?: boolean;
  /** A step of that rest (the report of a save is never one). */
  backlog?: boolean;
  /** Site URLs whose pages changed (all of them when `full`). */
  urls: string[];
  ms: number;
}

export interface DevBuildOptions {
  plansDir: string;
  outDir: string;
  /** Write PDFs (default true). */
  pdf?: boolean;
  /** Called after the changed plans' pages and PDFs are on disk, before the rest. */
  onPlansWritten?: (report: RebuildReport) => void;
}

/**
 * Watch mode's builds. The first build renders everything; after that a
 * saved plan re-renders its own page and PDF first, then the few pages that
 * list it (portfolio, its person, its tags and status, deadlines). A broken
 * plan changes nothing on disk: the last good site stays.
 */
export class DevBuild {
  readonly store: PlanStore;
  private data: SiteData | undefined;
  /** Each plan's history, kept between saves; git is read again only for saved plans. */
  private readonly histories = new Map<string, PlanHistory>();
  private readonly historyCache = createHistoryCache();
  /** The configuration as the current rebuild read it (set before anything reads it). */
  private config!: PortfolioConfig;
  /** The templates every page was last rendered with; cleared by a template change until a full render succeeds. */
  private templates: StagedTemplates | undefined;
  /** What is still to build after the first page; empty once every page and PDF is on disk. */
  private backlog = new Backlog();

  constructor(private readonly options: DevBuildOptions) {
    this.store = new PlanStore({ plansDir: options.plansDir, includeDrafts: true });
  }

  /** Whether pages or PDFs are still to be built after the first page (push `{ backlog: true }` for the next step). */
  hasBacklog(): boolean {
    return !this.backlog.empty;
  }

  /**
   * A page or PDF someone asked for (a site path such as `/plans/ana/`)
   * before its turn: it is built next. Resolves once it is on disk;
   * undefined when nothing is pending at that address.
   */
  prioritize(address: string): Promise<void> | undefined {
    return this.backlog.prioritize(address);
  }

  /** Stops building the rest (dev is stopping). */
  dropBacklog(): void {
    this.backlog.clear();
  }

  /** Builds (or rebuilds) for a set of changes; never throws for a user's mistake. */
  async rebuild(changes: Changes): Promise<RebuildReport> {
    const started = performance.now();
    const first = this.data === undefined;
    if (!first && changes.plans.size === 0 && !changes.rescan && !changes.templates) return this.buildBacklogStep(started);
    if (changes.templates) this.templates = undefined;
    let portfolio = first || changes.rescan ? await this.store.reloadAll() : this.store.update(changes.plans);
    // A file caught half-written by a save still in progress is read again, once the
    // save has had a moment to finish, before it is blamed.
    if (portfolio.problems.length > 0 && changes.plans.size > 0) {
      const young = [...changes.plans].filter((p) => this.store.isStale(p) || this.store.ageOf(p) < SETTLE_MS);
      if (young.length > 0) {
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        portfolio = this.store.update(young);
      }
    }
    const report = (over: Partial<RebuildReport>): RebuildReport => ({
      ok: true, problems: [], plans: [], removed: [], full: false, urls: [], ms: Math.round(performance.now() - started), ...over,
    });
    if (portfolio.problems.length > 0) return report({ ok: false, problems: portfolio.problems });

    // The configuration's title, repository and privacy apply; the base stays `/` on localhost.
    // Read once per rebuild, for the pages, the history and the PDFs alike.
    const config = (this.config = loadConfig());
    const data = makeSiteData(portfolio, {
      pdf: this.options.pdf ?? true,
      title: config.title,
      language: config.language,
      repositoryUrl: config.repositoryUrl,
      public: config.public,
      theme: config.theme,
    });
    try {
      attachHistory(data, this.histories);
      if (!this.templates) {
        await mkdir(this.options.outDir, { recursive: true });
        await markOutput(this.options.outDir);
        // Staged once per template change, not on every save of a plan.
        await rememberTemplates();
        const templates = await stageTemplates();
        if (first) {
          // The home page first, so there is something to see at once; history, every
          // other page and the PDFs follow a step at a time, between saves.
          await renderPages(withPages(data, {}), this.options.outDir, { template: FIRST_PAGE_TEMPLATES, templates, again: true });
          this.templates = templates;
          this.data = data;
          this.backlog = new Backlog(await orderByRecency(data.plans), { pdf: this.options.pdf });
          return report({ full: true, firstPage: true, plans: data.plans.map((p) => p.file) });
        }
        await renderPages(data, this.options.outDir, { templates, again: true });
        this.templates = templates;
        await writeExports(data, this.options.outDir);
        this.data = data;
        return report({ full: true, plans: data.plans.map((p) => p.file) });
      }
      return await this.rebuildChanged(this.data!, data, portfolio, report);
    } catch (error) {
      if (error instanceof TemplateProblemError) return report({ ok: false, problems: [error.problem] });
      throw error;
    }
  }

  private async rebuildChanged(
    before: SiteData,
    after: SiteData,
    portfolio: Portfolio,
    report: (over: Partial<RebuildReport>) => RebuildReport,
  ): Promise<RebuildReport> {
    // The store keeps the parsed plan of every untouched file, so identity says what changed.
    const previous = new Set(before.plans.map((p) => p.plan));
    const changed = after.plans.filter((p) => !previous.has(p.plan));
    const slugs = new Set(after.plans.map((p) => p.slug));
    const removed = before.plans.filter((p) => !slugs.has(p.slug));

    await Promise.all(removed.map((p) => this.removePlanOutput(p)));
    const planUrls = [...changed, ...removed].map((p) => p.url);
    const plansWritten = () => this.options.onPlansWritten?.(report({ plans: changed.map((p) => p.file), removed: removed.map((p) => p.file), urls: planUrls }));
    if (changed.length > 0) {
      await renderPages(withPages(after, { plans: changed }), this.options.outDir, { template: PLAN_TEMPLATE, templates: this.templates, again: true });
      // The page reloads as soon as it is written; its PDF follows.
      plansWritten();
      // A save that changed every plan also makes the portfolio PDF again.
      await this.writePdfs(changed, { portfolio: changed.length === portfolio.plans.length });
      for (const plan of changed) this.backlog.drop(plan.slug, [plan.url, ...(plan.pdfUrl ? [plan.pdfUrl] : [])]);
    } else plansWritten();

    const touched = [...changed, ...removed, ...before.plans.filter((p) => changed.some((c) => c.relativePath === p.relativePath))];
    const touches = (group: PlanGroup) => group.plans.some((p) => touched.some((t) => t.relativePath === p.relativePath));
    const lists = (groups: PlanGroup[]) => groups.filter(touches);
    // History is read after the saved plan's page is out: git is slower than a render.
    await this.readHistory(portfolio.today, changed);
    attachHistory(after, this.histories);
    const histories = after.plans.filter((p) => p.history && changed.includes(p));
    const groups = { people: lists(after.people), tags: lists(after.tags), statuses: lists(after.statuses) };
    const touchedPages = withPages(after, { plans: [], histories, ...groups });
    await renderPages(touchedPages, this.options.outDir, { templates: this.templates, again: true });
    // The calendars of the people a save touched.
    await writeExports(touchedPages, this.options.outDir);
    this.data = after;
    const listUrls = ['/', '/deadlines/', '/people/', ...histories.map((p) => p.historyUrl!), ...Object.values(groups).flat().map((g) => g.url)];
    return report({ plans: changed.map((p) => p.file), removed: removed.map((p) => p.file), urls: [...planUrls, ...listUrls] });
  }

  private async readHistory(today: string, plans: readonly LoadedPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const { commitSubjects, language } = this.config;
    const found = await buildHistory({
      plansDir: this.options.plansDir,
      plans,
      today,
      includeWorkingTree: true,
      commitSubjects,
      language,
      cache: this.historyCache,
    });
    for (const [relativePath, history] of found) this.histories.set(relativePath, history);
  }

  /** Writes these plans' PDFs, and `portfolio.pdf` when asked (only it, without `planPdfs`). */
  private async writePdfs(plans: PlanView[], what: { portfolio: boolean; planPdfs?: boolean }): Promise<void> {
    if (this.options.pdf === false || plans.length === 0) return;
    const config = this.config;
    // Loaded with the first PDF, not before the first page: pdfkit and fontkit cost a few hundred milliseconds.
    const { writePdfs } = await import('../pdf/index.js');
    await writePdfs(plans, this.options.outDir, {
      title: config.title,
      pageSize: config.pdfPageSize,
      language: config.language,
      theme: config.theme,
      siteUrl: config.siteUrl,
      // Dated as the build dates them (by the last commit, once history is read), so a build after dev copies what dev drew.
      planDate: (plan) => findPlanDate(this.histories, plan.relativePath),
      portfolio: what.portfolio,
      planPdfs: what.planPdfs ?? true,
      progress: 'none',
      cache: locatePdfCache(this.options.plansDir),
    });
  }

  /** Builds the next step of what the first build left for later. */
  private async buildBacklogStep(started: number): Promise<RebuildReport> {
    const data = this.data!;
    const step = this.backlog.next();
    const report = (urls: string[]): RebuildReport => ({ ok: true, problems: [], plans: [], removed: [], full: false, backlog: true, urls, ms: Math.round(performance.now() - started) });
    if (!step) return report([]);
    const bySlug = (slugs: string[]) => data.plans.filter((p) => slugs.includes(p.slug));
    try {
      if (step.kind === 'history') {
        await this.readHistory(data.today, data.plans);
        attachHistory(data, this.histories);
        return report([]);
      }
      if (step.kind === 'pages') {
        const plans = bySlug(step.slugs);
        await renderPages(withPages(data, { plans }), this.options.outDir, { template: PLAN_TEMPLATE, templates: this.templates, again: true });
        return report(plans.map((p) => p.url));
      }
      if (step.kind === 'lists') {
        const { people, tags, statuses } = data;
        await renderPages(withPages(data, { people, tags, statuses, histories: data.pages.histories, exports: [true] }), this.options.outDir, { templates: this.templates, again: true });
        await writeExports(data, this.options.outDir);
        // The home page and lists now show history too: every open page reloads.
        return { ...report([]), full: true };
      }
      if (step.kind === 'pdfs') await this.writePdfs(bySlug(step.slugs), { portfolio: false });
      else await this.writePdfs(data.plans, { portfolio: true, planPdfs: false });
      return report([]);
    } catch (error) {
      if (error instanceof TemplateProblemError) return { ...report([]), ok: false, problems: [error.problem] };
      throw error;
    } finally {
      this.backlog.finished();
    }
  }

  private async removePlanOutput(plan: PlanView): Promise<void> {
    const pageDir = path.join(this.options.outDir, ...plan.url.split('/').filter(Boolean));
    await rm(path.join(pageDir, 'index.html'), { force: true });
    await rm(path.join(pageDir, 'history'), { recursive: true, force: true });
    if (plan.pdfName) await rm(path.join(this.options.outDir, 'pdf', plan.pdfName), { force: true });
    await removeEmptyFolders(pageDir, path.join(this.options.outDir, 'plans'));
  }
}

/**
 * Site data whose pages to render are narrowed to a subset. The
 * portfolio-wide exports (plans.json, deadlines.ics) are left out of single
 * saves: they cost more than the rest of a save, and a dev session rarely
 * reads them; every full build (start, template change) writes them.
 */
function withPages(data: SiteData, pages: Partial<SiteData['pages']>): SiteData {
  return { ...data, pages: { plans: [], people: [], tags: [], statuses: [], histories: [], exports: [], ...pages } };
}

async function removeEmptyFolders(dir: string, stopAt: string): Promise<void> {
  for (let current = dir; current.startsWith(stopAt + path.sep); current = path.dirname(current)) {
    const entries = await readdir(current).catch(() => undefined);
    if (!entries || entries.length > 0) return;
    await rmdir(current).catch(() => undefined);
  }
}
