// Draws one PDF and writes it to its file: a plan's own, or portfolio.pdf.
// The same steps whether they run in the build's thread or in a thread of
// the PDF pool (pdf-thread.ts), so both write the same bytes.
import { createWriteStream, writeFileSync } from 'node:fs';
import type { LoadedPlan } from '../load/types.js';
import type { PageSize, PdfTheme } from './layout/theme.js';
import { drawPortfolioSummaries } from './portfolio-summaries.js';
import type { PlanPdfLink } from './sections/plan-summary.js';
import { drawPortfolio, makePlanPdf, openPortfolioPdf, type PdfPlan } from './render-pdf.js';

/** What every PDF of a build is drawn with. */
export interface PdfLook {
  pageSize: PageSize;
  language?: string;
  theme: PdfTheme;
}

/** Draws a plan's PDF dated `date` and, unless only its page count is wanted, writes it to `file`. */
export async function writePlanPdf(plan: PdfPlan, file: string | undefined, date: Date, look: PdfLook): Promise<{ bytes: number; pages: number }> {
  const { bytes, pages } = await makePlanPdf(plan, look.pageSize, date, look.language, look.theme);
  // Synchronous: fs/promises writes a file in several queued steps, for no gain here.
  if (file !== undefined) writeFileSync(file, bytes);
  return { bytes: bytes.length, pages };
}

/** What portfolio.pdf shows: every plan in full (with their page counts), or a page per plan linking its PDF. */
export type PortfolioContents = { plans: readonly PdfPlan[]; pageCounts: readonly number[] } | { plans: readonly LoadedPlan[]; links: readonly PlanPdfLink[] };

/** Draws portfolio.pdf into `file` as it goes (never held whole); returns its size in bytes. */
export async function writePortfolioPdf(contents: PortfolioContents, file: string, title: string, date: Date, look: PdfLook, signal?: AbortSignal): Promise<number> {
  const document = openPortfolioPdf(contents.plans, title, look.pageSize, date, look.language);
  const stream = createWriteStream(file);
  const out = document.streamTo(stream);
  // A stopped build stops drawing at the next plan: between plans is where what was drawn flows out.
  const flush = async () => {
    await out.flush();
    signal?.throwIfAborted();
  };
  const drawing = { flush, language: look.language, theme: look.theme };
  if ('pageCounts' in contents) await drawPortfolio(document, contents.plans, title, look.pageSize, { ...drawing, pageCounts: contents.pageCounts });
  else await drawPortfolioSummaries(document, contents.plans, title, look.pageSize, { ...drawing, links: contents.links });
  await out.finish();
  return stream.bytesWritten;
}
