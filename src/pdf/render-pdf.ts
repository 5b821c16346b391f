// One plan, or a whole portfolio, to PDF bytes: sections say what to draw,
// the layout puts it on pages, and pdfkit writes them. The output is
// reproducible: its dates are pinned (pinPdfDate), and pdfkit derives the
// trailer /ID from them and names font subsets by the order fonts are used.
import { pinOutputDate } from '../dates/source-date.js';
import type { LoadedPlan } from '../load/types.js';
import { makeWords, type Vars, type WordKey, type Words } from '../words/words.js';
import { makeFrame } from './layout/paginate.js';
import type { PageSize } from './layout/theme.js';
import { drawPages, finishToBuffer, openDocument, type DocumentInfo, type OpenDocument } from './pdfkit/open-document.js';
import { addFooters, layOutPlan, makePlanFooter, type PdfPlan } from './plan-pages.js';
import { drawPortfolio } from './portfolio.js';

// The words a PDF uses keep their answers: a plan asks for the same labels,
// dates and separators hundreds of times, and each answer fills a sentence's
// places anew. Sections still ask through the Words interface. Bounded,
// emptied when full.
const MAX_KEPT = 20_000;

const wrapped = new WeakMap<Words, Words>();
let english: Words | undefined;

/** The default words (English), made once per process. */
export function findDefaultWords(): Words {
  english ??= keepAnswers(makeWords('en'));
  return english;
}

/** Words that give the same answers as `words`, keeping those of `t` without values, `date` and `value`. */
export function keepAnswers(words: Words): Words {
  const known = wrapped.get(words);
  if (known) return known;
  const kept = new Map<string, string>();
  const ask = (key: string, answer: () => string): string => {
    let text = kept.get(key);
    if (text === undefined) {
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, (text = answer()));
    }
    return text;
  };
  const cached: Words = {
    ...words,
    t: (key: WordKey, vars?: Vars) => (vars ? words.t(key, vars) : ask(`t\u0000${key}`, () => words.t(key))),
    date: (date) => (date === undefined ? words.date(date) : ask(`d\u0000${date}`, () => words.date(date))),
    value: (value) => ask(`v\u0000${value}`, () => words.value(value)),
  };
  wrapped.set(words, cached);
  wrapped.set(cached, cached);
  return cached;
}

/** How a PDF is made. */
export interface PdfOptions {
  /** Paper size; default A4. */
  pageSize?: PageSize;
  /** CreationDate and ModDate; default pinPdfDate of the plan (or plans). */
  date?: Date;
  /** The words to use; default English. */
  words?: Words;
}

/** How a portfolio PDF is made: also its title, from the configuration. */
export interface PortfolioPdfOptions extends PdfOptions {
  title: string;
}

/**
 * The date of a PDF of some plans: SOURCE_DATE_EPOCH when set, else the
 * latest of each plan's last commit day (when known), else its last review,
 * else its creation. One plan for its own PDF, all of them for the portfolio.
 */
export function pinPdfDate(plans: readonly Pick<LoadedPlan, 'plan'>[], lastCommitDay?: (index: number) => string | undefined): Date {
  return pinOutputDate(plans.map((p, i) => lastCommitDay?.(i) ?? p.plan.reviewed ?? p.plan.created));
}

/** A plan's PDF document details. */
export function describePlan(loaded: PdfPlan, words: Words, pageSize: PageSize, date: Date): DocumentInfo {
  const { plan } = loaded;
  const subject = plan.role ? words.t('plan.subjectWithRole', { owner: plan.owner, role: plan.role }) : words.t('plan.subject', { owner: plan.owner });
  return { ...describeCommon(words, pageSize, date), title: plan.title, author: plan.owner, subject, keywords: (plan.tags ?? []).join(words.t('pdf.comma')) };
}

/** A portfolio PDF's document details: its title, the first owners, how many plans and every tag. */
export function describePortfolio(plans: readonly PdfPlan[], title: string, words: Words, pageSize: PageSize, date: Date): DocumentInfo {
  const owners = [...new Set(plans.map((p) => p.plan.owner))];
  const comma = words.t('pdf.comma');
  const first = owners.slice(0, 3).join(comma);
  const author = owners.length <= 3 ? first : words.t('pdf.portfolio.authors', { names: first, count: owners.length - 3 });
  const tags = [...new Set(plans.flatMap((p) => p.plan.tags ?? []))].sort();
  return { ...describeCommon(words, pageSize, date), title, author, subject: words.t('pdf.portfolio.subject', { count: plans.length }), keywords: tags.join(comma) };
}

function describeCommon(words: Words, pageSize: PageSize, date: Date) {
  return { pageSize, date, lang: words.lang, creator: words.t('pdf.creator') };
}

/** Draws a plan's own PDF into a new document; returns it with its page count. */
export function drawPlanPdf(loaded: PdfPlan, words: Words, pageSize: PageSize, date: Date): { open: OpenDocument; pages: number } {
  const frame = makeFrame(pageSize);
  const pages = layOutPlan(loaded, words, frame);
  addFooters(pages, frame, makePlanFooter(loaded, words), words, 0, pages.length);
  const open = openDocument(describePlan(loaded, words, pageSize, date));
  drawPages(open, pages);
  return { open, pages: pages.length };
}

/** Renders one plan's PDF. */
export async function renderPlanPdf(loaded: LoadedPlan, options: PdfOptions = {}): Promise<Buffer> {
  const words = options.words ? keepAnswers(options.words) : findDefaultWords();
  const { open } = drawPlanPdf(loaded, words, options.pageSize ?? 'A4', options.date ?? pinPdfDate([loaded]));
  return finishToBuffer(open);
}

/** Renders one PDF of many plans: a cover listing them all, then each plan's pages. */
export async function renderPortfolioPdf(plans: readonly LoadedPlan[], options: PortfolioPdfOptions): Promise<Buffer> {
  const words = options.words ? keepAnswers(options.words) : findDefaultWords();
  const pageSize = options.pageSize ?? 'A4';
  const open = openDocument(describePortfolio(plans, options.title, words, pageSize, options.date ?? pinPdfDate(plans)));
  await drawPortfolio(open, plans, { title: options.title, words, frame: makeFrame(pageSize) });
  return finishToBuffer(open);
}
