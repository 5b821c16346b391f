import type { Deadline, LoadedPlan, Portfolio } from '../load/types.js';
import { makePdfFileName, PORTFOLIO_PDF_NAME } from '../pdf/file-name.js';
import { planStatuses } from '../schema/plan.js';
import { slugify } from '../schema/slugify.js';
import { layOutTimeline, type Timeline } from './timeline.js';
import type { PlanHistory } from '../history/types.js';
import type { ProgressChart } from '../history/progress-chart.js';

/** A plan as its page and its card see it. */
export interface PlanView extends LoadedPlan {
  ownerSlug: string;
  personUrl: string;
  /** Site URL of the plan's PDF, when the build writes PDFs. */
  pdfUrl?: string;
  /** The PDF's file name, for the download attribute. */
  pdfName?: string;
  /** Site URL of the plan's history page; set by attachHistory when the build reads git. */
  historyUrl?: string;
  /** The plan's revisions from git, when the build reads history. */
  history?: PlanHistory;
  /** The day of the plan's newest revision in git. */
  lastChanged?: string;
  /** The progress-across-revisions chart's geometry. */
  historyChart?: ProgressChart;
  timeline: Timeline;
}

/** A group of plans with a page of its own: a person, a tag or a status. */
export interface PlanGroup {
  name: string;
  slug: string;
  url: string;
  plans: PlanView[];
  /** Site URL of the group's calendar of deadlines (people only). */
  calendarUrl?: string;
}

/** A deadline with the plan it belongs to, for portfolio-wide lists. */
export interface PortfolioDeadline extends Deadline {
  plan: PlanView;
}

/** Everything the templates read: the only data the site is built from. */
export interface SiteData {
  title: string;
  /** The path the site is served under, `/` or e.g. `/career/`; every internal link starts with it. */
  base: string;
  /** The site's absolute address (`https://example.org/career/`), when configured. */
  siteUrl?: string;
  /** The repository's URL, for links from history to commits, when configured. */
  repositoryUrl?: string;
  /** Whether search engines may index the site (off unless the configuration says so). */
  public: boolean;
  /** Site URLs of the portfolio-wide exports. */
  exports: { json: string; calendar: string };
  today: string;
  plans: PlanView[];
  people: PlanGroup[];
  tags: PlanGroup[];
  statuses: PlanGroup[];
  deadlines: { overdue: PortfolioDeadline[]; upcoming: PortfolioDeadline[] };
  totals: {
    plans: number;
    people: number;
    goals: number;
    goalsDone: number;
    stepsDone: number;
    steps: number;
    stepsOverdue: number;
    reviewsDue: number;
    evaluations: { yes: number; partly: number; no: number };
  };
  /** Site URL of the whole portfolio's PDF, when the build writes PDFs. */
  portfolioPdfUrl?: string;
  /**
   * The pages to render this run, which templates paginate over: all of
   * them in a build; in watch mode, only those a save touched.
   */
  pages: { plans: PlanView[]; people: PlanGroup[]; tags: PlanGroup[]; statuses: PlanGroup[]; histories: PlanView[]; exports: true[] };
}

export interface SiteDataOptions {
  title?: string;
  /** The path the site is served under (default `/`). */
  base?: string;
  siteUrl?: string;
  repositoryUrl?: string;
  /** Whether search engines may index the site (default false). */
  public?: boolean;
  /** Whether PDFs are written, so pages link them. */
  pdf?: boolean;
}

/** Groups plans under a key, each group sorted as the input was. */
function groupBy(plans: PlanView[], keys: (plan: PlanView) => string[], base: string): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const plan of plans) {
    for (const name of keys(plan)) {
      const slug = slugify(name) || 'other';
      const group = groups.get(slug) ?? { name, slug, url: `/${base}/${slug}/`, plans: [] };
      group.plans.push(plan);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Turns the loaded portfolio into the data every page template reads. */
export function makeSiteData(portfolio: Portfolio, options: SiteDataOptions = {}): SiteData {
  const plans: PlanView[] = portfolio.plans
    .map((loaded) => {
      const ownerSlug = slugify(loaded.plan.owner) || 'person';
      const pdfName = options.pdf ? makePdfFileName(loaded) : undefined;
      return {
        ...loaded,
        ownerSlug,
        personUrl: `/people/${ownerSlug}/`,
        pdfName,
        pdfUrl: pdfName ? `/pdf/${pdfName}` : undefined,
        timeline: layOutTimeline(loaded),
      };
    })
    .sort((a, b) => a.plan.owner.localeCompare(b.plan.owner) || b.plan.created.localeCompare(a.plan.created));

  // A person's page tells their career in order, so their plans run oldest first.
  const people = groupBy(plans, (p) => [p.plan.owner], 'people');
  for (const person of people) {
    person.plans.sort((a, b) => a.plan.created.localeCompare(b.plan.created));
    person.calendarUrl = `${person.url}deadlines.ics`;
  }
  const statusOrder = (g: PlanGroup) => planStatuses.indexOf(g.slug as (typeof planStatuses)[number]);
  const statuses = groupBy(plans, (p) => [p.plan.status], 'status').sort((a, b) => statusOrder(a) - statusOrder(b));
  const tags = groupBy(plans, (p) => [...new Set(p.plan.tags ?? [])], 'tags');

  const all = plans.flatMap((plan) => [...plan.facts.overdue, ...plan.facts.upcoming].map((d) => ({ ...d, plan })));
  const byDay = (a: PortfolioDeadline, b: PortfolioDeadline) =>
    a.daysLeft - b.daysLeft || a.plan.plan.owner.localeCompare(b.plan.plan.owner) || a.goalIndex - b.goalIndex;
  const goals = plans.flatMap((p) => p.plan.goals);
  const sum = (f: (p: PlanView) => number) => plans.reduce((n, p) => n + f(p), 0);

  return {
    title: options.title ?? 'Career plans',
    base: options.base ?? '/',
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
    public: options.public ?? false,
    exports: { json: '/plans.json', calendar: '/deadlines.ics' },
    today: portfolio.today,
    plans,
    people,
    tags,
    statuses,
    deadlines: { overdue: all.filter((d) => d.daysLeft < 0).sort(byDay), upcoming: all.filter((d) => d.daysLeft >= 0).sort(byDay) },
    totals: {
      plans: plans.length,
      people: people.length,
      goals: goals.length,
      goalsDone: goals.filter((g) => g.status === 'done').length,
      stepsDone: sum((p) => p.facts.progress.done),
      steps: sum((p) => p.facts.progress.total),
      stepsOverdue: sum((p) => p.facts.goals.reduce((n, g) => n + g.overdueSteps, 0)),
      reviewsDue: plans.filter((p) => p.facts.reviewDue).length,
      evaluations: {
        yes: sum((p) => p.facts.evaluations.yes),
        partly: sum((p) => p.facts.evaluations.partly),
        no: sum((p) => p.facts.evaluations.no),
      },
    },
    portfolioPdfUrl: options.pdf ? `/pdf/${PORTFOLIO_PDF_NAME}` : undefined,
    pages: { plans, people, tags, statuses, histories: [], exports: [true] },
  };
}
