// One plan, or a whole portfolio, to a PDF: sections say what to draw, the
// layout puts it on pages (pure data, so pages can be counted before a
// document is made), and pdfkit writes them. The output is reproducible: its
// dates are pinned (pinPdfDate), and pdfkit derives the trailer /ID from them
// and names font subsets by the order fonts are used.
import type { LoadedPlan } from '../load/types.js';
import type { ThemeSettings } from '../theme/theme-settings.js';
import { makeWords, type Words } from '../words/words.js';
import { detectCjkFamily } from './layout/font-runs.js';
import type { Page } from './layout/items.js';
import { addFooter, layOutPages, makeFrame, type Frame } from './layout/paginate.js';
import { defaultPdfTheme, makePdfTheme, type PageSize, type PdfTheme } from './layout/theme.js';
import { PdfDocument, type DocumentInfo } from './pdfkit/draw-page.js';
import { makeCover } from './sections/cover.js';
import { makeGoals } from './sections/goals.js';
import { makeHead } from './sections/head.js';
import { makeNextActions } from './sections/next-actions.js';
import { makeNotes } from './sections/notes.js';
import { makeAdjustments } from './sections/adjustments.js';
import { makeBarriers } from './sections/barriers.js';
import { makeEducation } from './sections/education.js';
import { makeOpportunities } from './sections/opportunities.js';
import { makeReviews } from './sections/reviews.js';
import { makeSkills } from './sections/skills.js';
import { makeStrengths } from './sections/strengths.js';
import { makeVision } from './sections/vision.js';
import { pinPdfDate } from './pdf-jobs.js';

/** What a plan PDF is made from: the loaded plan's data, its facts and body. */
export type PdfPlan = Pick<LoadedPlan, 'plan' | 'facts' | 'body'>;

/** How a PDF is made. */
export interface PdfOptions {
  /** Paper size; default A4. */
  pageSize?: PageSize;
  /** CreationDate and ModDate; default pinPdfDate of the plan (or plans). */
  date?: Date;
  /** The language of the PDF's own words (BCP 47); default `en`. */
  language?: string;
  /** The configured theme; Planfolio's own look without one. */
  theme?: ThemeSettings;
}

/** A new document with its details, on a paper size and dated; its language is the plan's own when it says one. */
function openPdf(pageSize: PageSize, date: Date, about: Pick<DocumentInfo, 'title' | 'author' | 'subject' | 'keywords'>, words: Words, lang = words.lang): PdfDocument {
  return new PdfDocument({ ...about, pageSize, date, lang, creator: words.t('pdf.creator') });
}

/** A plan's sections in the order of its page on the site, but next actions straight after the head, so they are on the first page. */
const SECTIONS = [makeHead, makeNextActions, makeVision, makeStrengths, makeSkills, makeEducation, makeBarriers, makeGoals, makeOpportunities, makeReviews, makeAdjustments, makeNotes];

/** A plan's pages in a theme, without footers. */
function layOutPlan(loaded: PdfPlan, frame: Frame, words: Words, theme: PdfTheme): Page[] {
  const blocks = SECTIONS.flatMap((make) => make({ plan: loaded.plan, facts: loaded.facts, body: loaded.body, words, theme }));
  // Han characters look different in each CJK font, so one is told for the whole plan and its strings follow it.
  return layOutPages(blocks, frame, detectCjkFamily(`${JSON.stringify(loaded.plan)}\n${loaded.body}`), theme);
}

/** Numbers pages `first + 1` onwards of `total`, each with the footer's title. */
function addFooters(pages: readonly Page[], frame: Frame, title: string, first: number, total: number, words: Words, theme: PdfTheme): void {
  const cjk = detectCjkFamily(title);
  pages.forEach((page, i) => addFooter(page, frame, title, words.t('pdf.page', { page: first + i + 1, pages: total }), cjk, theme.latin));
}

/** Draws a plan's own PDF in a theme; returns its bytes and its page count. */
export async function makePlanPdf(loaded: PdfPlan, pageSize: PageSize, date: Date, language = 'en', theme = defaultPdfTheme): Promise<{ bytes: Buffer; pages: number }> {
  const { plan } = loaded;
  const words = makeWords(language);
  const frame = makeFrame(pageSize);
  const pages = layOutPlan(loaded, frame, words, theme);
  addFooters(pages, frame, words.t('pdf.footer', { title: plan.title, owner: plan.owner }), 0, pages.length, words, theme);
  const subject = plan.role ? words.t('plan.subjectWithRole', { owner: plan.owner, role: plan.role }) : words.t('plan.subject', { owner: plan.owner });
  const document = openPdf(pageSize, date, { title: plan.title, author: plan.owner, subject, keywords: (plan.tags ?? []).join(words.t('pdf.comma')) }, words, loaded.facts.language);
  document.drawPages(pages);
  return { bytes: await document.finish(), pages: pages.length };
}

/** Renders one plan's PDF. */
export async function renderPlanPdf(loaded: LoadedPlan, options: PdfOptions = {}): Promise<Buffer> {
  return (await makePlanPdf(loaded, options.pageSize ?? 'A4', options.date ?? pinPdfDate([loaded]), options.language, makePdfTheme(options.theme))).bytes;
}

/** A portfolio PDF's document: its title, the first owners, how many plans and every tag. */
export function openPortfolioPdf(plans: readonly PdfPlan[], title: string, pageSize: PageSize, date: Date, language = 'en'): PdfDocument {
  const words = makeWords(language);
  const owners = [...new Set(plans.map((p) => p.plan.owner))];
  const comma = words.t('pdf.comma');
  const first = owners.slice(0, 3).join(comma);
  const author = owners.length <= 3 ? first : words.t('pdf.portfolio.authors', { names: first, count: owners.length - 3 });
  const tags = [...new Set(plans.flatMap((p) => p.plan.tags ?? []))].sort();
  return openPdf(pageSize, date, { title, author, subject: words.t('pdf.portfolio.subject', { count: plans.length }), keywords: tags.join(comma) }, words);
}

/** What drawing a portfolio may know or do beyond its plans. */
export interface PortfolioDrawing {
  /** Each plan's page count when already known (from its own PDF); else each is laid out to count. */
  pageCounts?: readonly number[];
  /** Called after each plan is drawn, to let what was drawn flow out. */
  flush?: () => Promise<void>;
  /** The language of the PDF's own words; default `en`. */
  language?: string;
  /** The theme the cover and the plans are drawn in; Planfolio's own by default. */
  theme?: PdfTheme;
}

/**
 * Draws a portfolio into its document: the cover, then every plan laid out
 * again, each from a new page, its bookmarks nested under "Owner: Title" and
 * a named destination at its first page for the cover's rows to go to.
 * Every plan is laid out to count the pages first, so footers number the
 * whole document; the plans are then laid out again one at a time as they
 * are drawn, so a portfolio of thousands of pages is never held whole.
 */
export async function drawPortfolio(document: PdfDocument, plans: readonly PdfPlan[], title: string, pageSize: PageSize, drawing: PortfolioDrawing = {}): Promise<void> {
  const words = makeWords(drawing.language);
  const theme = drawing.theme ?? defaultPdfTheme;
  const frame = makeFrame(pageSize);
  const dests = plans.map((_, i) => `plan-${i + 1}`);
  const coverCjk = detectCjkFamily(plans.map((p) => `${p.plan.owner} ${p.plan.title}`).join('\n') + title);
  const cover = layOutPages(makeCover(plans.map((p, i) => ({ ...p, dest: dests[i]! })), title, words, theme), frame, coverCjk, theme);
  const counts = drawing.pageCounts ?? plans.map((p) => layOutPlan(p, frame, words, theme).length);
  const total = cover.length + counts.reduce((a, b) => a + b, 0);
  addFooters(cover, frame, title, 0, total, words, theme);
  document.drawPages(cover);
  let first = cover.length;
  for (const [i, loaded] of plans.entries()) {
    const pages = layOutPlan(loaded, frame, words, theme);
    if (pages.length !== counts[i]) throw new Error(`Plan ${i + 1} of the portfolio has ${pages.length} pages, not the ${counts[i]} counted`);
    nestUnder(pages, dests[i]!, words.t('pdf.planBookmark', { owner: loaded.plan.owner, title: loaded.plan.title }), frame);
    pages[0]!.dests.unshift({ y: frame.top, value: dests[i]! });
    addFooters(pages, frame, title, first, total, words, theme);
    document.drawPages(pages);
    first += pages.length;
    await drawing.flush?.();
  }
}

/** Puts a plan's bookmarks under one of its own, with ids no other plan's can match. */
function nestUnder(pages: Page[], id: string, title: string, frame: Frame): void {
  for (const page of pages) {
    for (const mark of page.marks) {
      const { id: own, title: text, parent } = mark.value;
      mark.value = { id: `${id}/${own}`, title: text, parent: parent ? `${id}/${parent}` : id };
    }
  }
  pages[0]!.marks.unshift({ y: frame.top, value: { id, title } });
}

/** Renders one PDF of many plans: a cover listing them all, then each plan's pages. */
export async function renderPortfolioPdf(plans: readonly LoadedPlan[], options: PdfOptions & { title: string }): Promise<Buffer> {
  const pageSize = options.pageSize ?? 'A4';
  const document = openPortfolioPdf(plans, options.title, pageSize, options.date ?? pinPdfDate(plans), options.language);
  await drawPortfolio(document, plans, options.title, pageSize, { language: options.language, theme: makePdfTheme(options.theme) });
  return document.finish();
}
