// The portfolio PDF, through public pdfkit APIs only: the cover, then every
// plan laid out again into the same document, each from a new page, its
// bookmarks nested under "Owner: Title" and a named destination at its first
// page for the cover's rows to go to. Every plan is laid out (pure data) to
// count the pages first, so footers number the whole document; the plans
// are then laid out again one at a time as they are drawn, so a portfolio of
// thousands of pages is never held whole.
import type { Words } from '../words/words.js';
import type { Page } from './layout/items.js';
import { layOutPages, type Frame } from './layout/paginate.js';
import { drawPages, type OpenDocument } from './pdfkit/open-document.js';
import { addFooters, layOutPlan, type PdfPlan } from './plan-pages.js';
import { makeCover } from './sections/cover.js';
import { detectCjkFamily } from './layout/font-runs.js';

/** How a portfolio is drawn. */
export interface PortfolioSettings {
  /** The portfolio's title, from the configuration. */
  title: string;
  words: Words;
  frame: Frame;
  /** Each plan's page count when already known (from its own PDF); else each is laid out to count. */
  pageCounts?: readonly number[];
  /** Called after each plan is drawn, to let what was drawn flow out. */
  flush?: () => Promise<void>;
}

/** Draws the cover and every plan into an open document. */
export async function drawPortfolio(open: OpenDocument, plans: readonly PdfPlan[], settings: PortfolioSettings): Promise<void> {
  const { title, words, frame } = settings;
  const dests = plans.map((_, i) => `plan-${i + 1}`);
  const coverCjk = detectCjkFamily(plans.map((p) => `${p.plan.owner} ${p.plan.title}`).join('\n') + title);
  const cover = layOutPages(makeCover(plans.map((p, i) => ({ ...p, dest: dests[i]! })), title, words), frame, coverCjk);
  const counts = settings.pageCounts ?? plans.map((p) => layOutPlan(p, words, frame).length);
  const total = cover.length + counts.reduce((a, b) => a + b, 0);
  addFooters(cover, frame, title, words, 0, total);
  drawPages(open, cover);
  let first = cover.length;
  for (const [i, loaded] of plans.entries()) {
    const pages = layOutPlan(loaded, words, frame);
    if (pages.length !== counts[i]) throw new Error(`Plan ${i + 1} of the portfolio has ${pages.length} pages, not the ${counts[i]} counted`);
    nestUnder(pages, `plan-${i + 1}`, words.t('pdf.planBookmark', { owner: loaded.plan.owner, title: loaded.plan.title }), frame);
    pages[0]!.dests.unshift({ y: frame.top, value: dests[i]! });
    addFooters(pages, frame, title, words, first, total);
    drawPages(open, pages);
    first += pages.length;
    await settings.flush?.();
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
