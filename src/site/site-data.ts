// Everything the templates read: the loaded plans with their facts, grouped
// into the site's pages (people, tags, statuses, deadlines) and linked to their
// PDFs, exports and history. Templates only lay this out.
import type { LoadedPlan, Portfolio } from '../load/types.js';
import { measureSpan } from '../facts/when.js';
import { findSharedLanguage } from '../facts/text-language.js';
import { splitPlanSearchWords, splitSearchWords } from './search-words.js';
import type { Deadline, NextAction, Span, When } from '../facts/types.js';
import { compareNames, listPortfolioDeadlines, listPortfolioNextActions, sortPlansForReaders, sumPortfolio, type PortfolioTotals, type WithPlan } from '../facts/portfolio-facts.js';
import { makePdfFileName, PORTFOLIO_PDF_NAME } from '../pdf/file-name.js';
import { planStatuses } from '../schema/plan.js';
import { slugifyName } from '../schema/slugify.js';
import type { PlanHistory } from '../history/types.js';
import type { ProgressChart } from '../history/progress-chart.js';
import type { LogoType, ThemeSettings } from '../theme/theme-settings.js';

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
  lastChanged?: When;
  /** How skill levels moved over the plan's history, by skill name (only those that moved). */
  skillTrends?: Record<string, SkillTrend>;
  /** Why the day above is not the whole story: edits not committed yet, or a shallow clone's cut. */
  lastChangedNote?: 'uncommitted' | 'cutShort';
  /** The progress-across-revisions chart's geometry. */
  historyChart?: ProgressChart;
  /** On a person's page: how long after that person's previous plan this one was made. */
  sincePrevious?: Span;
  /** The plan's tags with the address of each tag's page. */
  tagLinks: { name: string; url: string }[];
  /** Whether the plan has Markdown notes to show. */
  hasNotes: boolean;
  /** Its words split apart for search, for a language the search index does not split (search-words.ts). */
  searchWords?: string;
}

/** A group of plans with a page of its own: a person, a tag or a status. */
export interface PlanGroup {
  name: string;
  slug: string;
  url: string;
  plans: PlanView[];
  /** Site URL of the group's calendar of deadlines (people only). */
  calendarUrl?: string;
  /** How long the group's plans span, first to last made (people only). */
  span?: Span;
  /** The next open steps across the group's plans (people only). */
  nextActions?: PortfolioNextAction[];
  /** The language all the group's plans are written in, when they agree (people only). */
  language?: string;
  /** The words its page shows of its plans, split apart for search when their language needs it (people only). */
  searchWords?: string;
}

/** How a skill's level moved: from the oldest level git has, to the level now. */
export interface SkillTrend {
  from: number;
  to: number;
  /** The day of the version the first level comes from. */
  since: string;
}

/** A configured theme as pages see it: its settings and, with a logo, the logo's address on the site. */
export interface SiteTheme extends ThemeSettings {
  logoUrl?: string;
}

/** A logo's file name in the site's assets, by its kind. */
const LOGO_NAMES: Record<LogoType, string> = { svg: 'logo.svg', png: 'logo.png', jpeg: 'logo.jpg' };

/** A next action with the plan it belongs to, for lists across plans. */
export type PortfolioNextAction = WithPlan<NextAction, PlanView>;

/** How many next actions the portfolio and person pages list. */
const NEXT_ACTIONS_SHOWN = 5;

/** A deadline with the plan it belongs to, for portfolio-wide lists. */
export type PortfolioDeadline = WithPlan<Deadline, PlanView>;

/** Everything the templates read: the only data the site is built from. */
export interface SiteData {
  title: string;
  /** The language of the site's own words (BCP 47); a plan's text may be in another (`lang` in the plan). */
  language: string;
  /** The path the site is served under, `/` or e.g. `/career/`; every internal link starts with it. */
  base: string;
  /** The site's absolute address (`https://example.org/career/`), when configured. */
  siteUrl?: string;
  /** The repository's URL, for links from history to commits, when configured. */
  repositoryUrl?: string;
  /** Whether search engines may index the site (off unless the configuration says so). */
  public: boolean;
  /** The configured accent, logo and type family; absent for Planfolio's own look. */
  theme?: SiteTheme;
  /** Site URLs of the portfolio-wide exports. */
  exports: { json: string; calendar: string };
  today: string;
  plans: PlanView[];
  people: PlanGroup[];
  tags: PlanGroup[];
  statuses: PlanGroup[];
  /** Open deadlines across plans; upcoming ones also grouped by month (`YYYY-MM`). */
  deadlines: { overdue: PortfolioDeadline[]; upcoming: PortfolioDeadline[]; months: { month: string; deadlines: PortfolioDeadline[] }[] };
  totals: PortfolioTotals & { shares: { yes: number; partly: number; no: number } };
  /** The next open steps across every plan. */
  nextActions: PortfolioNextAction[];
  /** Plans by their next review: those due (today or past, most overdue first) and those to come. */
  reviews: { due: PlanView[]; upcoming: PlanView[] };
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
  /** The language of the site's own words (default `en`). */
  language?: string;
  /** The path the site is served under (default `/`). */
  base?: string;
  siteUrl?: string;
  repositoryUrl?: string;
  /** Whether search engines may index the site (default false). */
  public?: boolean;
  /** Whether PDFs are written, so pages link them. */
  pdf?: boolean;
  /** The configured theme, if any. */
  theme?: ThemeSettings;
}

/** Dates (`YYYY-MM-DD`) and other plain ASCII text in code-point order. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups plans under a key, each group sorted as the input was; names with the same slug share a group. */
function groupBy(plans: PlanView[], keys: (plan: PlanView) => string[], base: string, fallback: string): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const plan of plans) {
    for (const name of keys(plan)) {
      const slug = slugifyName(name, fallback);
      const group = groups.get(slug) ?? { name, slug, url: `/${base}/${slug}/`, plans: [] };
      group.plans.push(plan);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** The file name of a person's calendar of deadlines, beside their page. */
export const PERSON_CALENDAR = 'deadlines.ics';

/** A person's page tells their career in order: plans oldest first, each with the time since the one before. */
function makePeople(plans: PlanView[]): PlanGroup[] {
  const people = groupBy(plans, (p) => [p.plan.owner], 'people', 'person');
  for (const person of people) {
    person.plans = person.plans
      .sort((a, b) => compareText(a.plan.created, b.plan.created))
      .map((plan, i, all) => (i === 0 ? plan : { ...plan, sincePrevious: measureSpan(all[i - 1]!.plan.created, plan.plan.created) }));
    person.calendarUrl = `${person.url}${PERSON_CALENDAR}`;
    person.span = measureSpan(person.plans[0]!.plan.created, person.plans.at(-1)!.plan.created);
    person.nextActions = listPortfolioNextActions(person.plans, NEXT_ACTIONS_SHOWN);
    const language = findSharedLanguage(person.plans.map((plan) => plan.facts.language));
    if (!language) continue;
    person.language = language;
    // Only a person whose plans share a language has words to split: most have none, and this runs on every save in dev.
    const shown = person.plans.flatMap((plan) => [plan.plan.title, plan.plan.role ?? '', plan.plan.vision?.statement ?? '']);
    const actions = person.nextActions.flatMap((action) => [action.title, action.plan.plan.goals[action.goalIndex]?.title ?? '']);
    const searchWords = splitSearchWords([...shown, ...actions], language);
    if (searchWords) person.searchWords = searchWords;
  }
  return people;
}

/** Plans with a next review, soonest first, split at today: due ones and those to come. */
function listReviews(plans: PlanView[]): SiteData['reviews'] {
  const planned = plans.filter((p) => p.facts.review.next).sort((a, b) => a.facts.review.next!.days - b.facts.review.next!.days);
  return { due: planned.filter((p) => p.facts.review.due), upcoming: planned.filter((p) => !p.facts.review.due) };
}

/** Upcoming deadlines in runs of one month each, for the deadlines page. */
function groupByMonth(deadlines: PortfolioDeadline[]): SiteData['deadlines']['months'] {
  const months: SiteData['deadlines']['months'] = [];
  for (const deadline of deadlines) {
    const month = deadline.when.day.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, deadlines: [] });
    months.at(-1)!.deadlines.push(deadline);
  }
  return months;
}

// Watch mode makes site data again on every save, and all but the saved plan
// are the very same loaded plans as before: their views are kept with them.
const views = new WeakMap<LoadedPlan, PlanView>();

/** A loaded plan as its page sees it: addresses of its person, tags and PDF. */
function makeView(loaded: LoadedPlan, pdf: boolean): PlanView {
  const known = views.get(loaded);
  if (known && (known.pdfName !== undefined) === pdf) return known;
  const ownerSlug = slugifyName(loaded.plan.owner, 'person');
  const pdfName = pdf ? makePdfFileName(loaded) : undefined;
  const tagLinks = [...new Set(loaded.plan.tags ?? [])].map((name) => ({ name, url: `/tags/${slugifyName(name, 'tag')}/` }));
  const view: PlanView = { ...loaded, ownerSlug, personUrl: `/people/${ownerSlug}/`, tagLinks, hasNotes: loaded.body.trim() !== '', ...(pdfName ? { pdfName, pdfUrl: `/pdf/${pdfName}` } : {}) };
  const searchWords = splitPlanSearchWords(loaded);
  if (searchWords) view.searchWords = searchWords;
  views.set(loaded, view);
  return view;
}

/** Turns the loaded portfolio into the data every page template reads. */
export function makeSiteData(portfolio: Portfolio, options: SiteDataOptions = {}): SiteData {
  const plans = sortPlansForReaders(portfolio.plans.map((loaded) => makeView(loaded, options.pdf ?? false)));

  const people = makePeople(plans);
  const statusOrder = (g: PlanGroup) => planStatuses.indexOf(g.slug as (typeof planStatuses)[number]);
  const statuses = groupBy(plans, (p) => [p.plan.status], 'status', 'status').sort((a, b) => statusOrder(a) - statusOrder(b));
  const tags = groupBy(plans, (p) => [...new Set(p.plan.tags ?? [])], 'tags', 'tag');
  const deadlines = listPortfolioDeadlines(plans);
  const totals = sumPortfolio(plans);
  const share = (n: number) => (totals.evaluations.total ? Math.round((n / totals.evaluations.total) * 10000) / 100 : 0);

  return {
    title: options.title ?? 'Career plans',
    language: options.language ?? 'en',
    base: options.base ?? '/',
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.repositoryUrl ? { repositoryUrl: options.repositoryUrl } : {}),
    public: options.public ?? false,
    ...(options.theme ? { theme: makeSiteTheme(options.theme) } : {}),
    exports: { json: '/plans.json', calendar: '/deadlines.ics' },
    today: portfolio.today,
    plans,
    people,
    tags,
    statuses,
    deadlines: { ...deadlines, months: groupByMonth(deadlines.upcoming) },
    nextActions: listPortfolioNextActions(plans, NEXT_ACTIONS_SHOWN),
    reviews: listReviews(plans),
    totals: { ...totals, shares: { yes: share(totals.evaluations.yes), partly: share(totals.evaluations.partly), no: share(totals.evaluations.no) } },
    portfolioPdfUrl: options.pdf ? `/pdf/${PORTFOLIO_PDF_NAME}` : undefined,
    pages: { plans, people, tags, statuses, histories: [], exports: [true] },
  };
}

/** A theme with its logo's address: the logo is copied to the site's assets under a name of its kind. */
function makeSiteTheme(theme: ThemeSettings): SiteTheme {
  return theme.logo ? { ...theme, logoUrl: `/assets/${LOGO_NAMES[theme.logo.type]}` } : theme;
}
