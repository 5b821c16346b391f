// portfolio.pdf for a portfolio too large to read through: the cover with
// its table of every plan, then one page per plan (sections/plan-summary.ts)
// linking to the plan's own PDF, instead of every plan drawn again in full.
// Pages are laid out and drawn one plan at a time, so the document is never
// held whole: it flows to its file as it is drawn.
import type { LoadedPlan } from '../load/types.js';
import { makeWords, type Words } from '../words/words.js';
import { detectCjkFamily } from './layout/font-runs.js';
import type { Page } from './layout/items.js';
import { addFooter, layOutPages, makeFrame, type Frame } from './layout/paginate.js';
import { defaultPdfTheme, type PageSize, type PdfTheme } from './layout/theme.js';
import type { PdfDocument } from './pdfkit/draw-page.js';
import { makeCover } from './sections/cover.js';
import { makePlanSummary, type PlanPdfLink } from './sections/plan-summary.js';

/** What drawing the summaries needs beyond the plans. */
export interface SummaryDrawing {
  /** Where each plan's own PDF is, in the order of the plans. */
  links: readonly PlanPdfLink[];
  /** Called after each plan's page is drawn, to let what was drawn flow out. */
  flush?: () => Promise<void>;
  /** The language of the PDF's own words; default `en`. */
  language?: string;
  theme?: PdfTheme;
}

/** Draws the cover, then one page per plan, each with its bookmark and the destination the cover's row goes to. */
export async function drawPortfolioSummaries(document: PdfDocument, plans: readonly LoadedPlan[], title: string, pageSize: PageSize, drawing: SummaryDrawing): Promise<void> {
  const words = makeWords(drawing.language);
  const theme = drawing.theme ?? defaultPdfTheme;
  const frame = makeFrame(pageSize);
  const dests = plans.map((_, i) => `plan-${i + 1}`);
  const coverCjk = detectCjkFamily(plans.map((p) => `${p.plan.owner} ${p.plan.title}`).join('\n') + title);
  const cover = layOutPages(makeCover(plans.map((p, i) => ({ ...p, dest: dests[i]! })), title, words, theme, words.t('pdf.cover.summaryNote')), frame, coverCjk, theme);
  // One page per plan, so the footers can count the pages before any is drawn.
  const total = cover.length + plans.length;
  const footer = (page: Page, number: number) =>
    addFooter(page, frame, title, words.t('pdf.page', { page: number, pages: total }), detectCjkFamily(title), theme.latin);
  cover.forEach((page, i) => footer(page, i + 1));
  document.drawPages(cover);
  for (const [i, loaded] of plans.entries()) {
    const page = layOutSummary(loaded, drawing.links[i]!, frame, words, theme);
    page.marks = [{ y: frame.top, value: { id: dests[i]!, title: words.t('pdf.planBookmark', { owner: loaded.plan.owner, title: loaded.plan.title }) } }];
    page.dests.unshift({ y: frame.top, value: dests[i]! });
    footer(page, cover.length + i + 1);
    document.drawPages([page]);
    await drawing.flush?.();
  }
}

/**
 * A plan's summary on one page: with as many of its goals as fit there (the
 * rest counted, for the plan's own PDF); a head too long for a page is cut
 * at the page's end.
 */
function layOutSummary(loaded: LoadedPlan, link: PlanPdfLink, frame: Frame, words: Words, theme: PdfTheme): Page {
  const input = { plan: loaded.plan, facts: loaded.facts, body: loaded.body, words, theme };
  // The same Han glyphs as the plan's own PDF, which is told its family the same way.
  const cjk = detectCjkFamily(`${JSON.stringify(loaded.plan)}\n${loaded.body}`);
  const layOut = (goals: number) => layOutPages(makePlanSummary(input, link, goals), frame, cjk, theme);
  let pages = layOut(loaded.plan.goals.length);
  if (pages.length === 1) return pages[0]!;
  // Too many goals for a page (rare): the most that fit, by halving the range.
  let [fits, fails] = [0, loaded.plan.goals.length];
  let best: Page[] | undefined;
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2);
    pages = layOut(middle);
    if (pages.length === 1) [fits, best] = [middle, pages];
    else fails = middle;
  }
  return (best ?? layOut(0))[0]!;
}
