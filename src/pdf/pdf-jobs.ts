// What a build's PDFs are, worked out before anything is drawn: each plan's
// file and date, the part of a plan a thread is sent, and which portfolio.pdf
// the portfolio gets. Kept apart from the drawing code (pdfkit, fontkit and
// the layout) so a build hands its plans to a PDF thread without loading
// that code first: for a handful of plans, that load came before the
// thread's first PDF and was a good part of the build's time.
import path from 'node:path';
import { pinOutputDate } from '../dates/source-date.js';
import { PlanfolioError } from '../errors/errors.js';
import type { LoadedPlan } from '../load/types.js';
import { makePdfFileName } from './file-name.js';
import type { PdfPlan } from './render-pdf.js';
import type { PlanPdfLink } from './sections/plan-summary.js';

/**
 * Up to this many plans, portfolio.pdf draws every plan in full: a team's or
 * an advisor's caseload, a few hundred pages to leaf through. Beyond it,
 * nobody reads the whole file; they look people up, so each plan gets a page.
 */
export const FULL_PLANS_UP_TO = 50;

/** A PDF that was written. */
export interface WrittenPdf {
  path: string;
  bytes: number;
}

/**
 * The date of a PDF of some plans: SOURCE_DATE_EPOCH when set, else the
 * latest of each plan's last commit day (when known), else its last review,
 * else its creation. One plan for its own PDF, all of them for the portfolio.
 */
export function pinPdfDate<P extends Pick<LoadedPlan, 'plan'>>(plans: readonly P[], lastCommitDay?: (plan: P) => string | undefined): Date {
  return pinOutputDate(plans.map((p) => lastCommitDay?.(p) ?? p.plan.reviewed ?? p.plan.created));
}

/** Each plan's file in `dir`; two plans that would share a name are refused before anything is drawn. */
export function nameFiles(plans: readonly LoadedPlan[], dir: string): WrittenPdf[] {
  const byName = new Map<string, string>();
  return plans.map((plan) => {
    const fileName = makePdfFileName(plan);
    const other = byName.get(fileName);
    if (other) throw new PlanfolioError(`${plan.file} and ${other} would both be written as ${fileName}: rename one of the files`);
    byName.set(fileName, plan.file);
    return { path: path.join(dir, fileName), bytes: 0 };
  });
}

/** What a PDF is drawn from, without the rest a plan may carry (a site's view of it, its history): all a thread is sent. */
export function keepPdfPart({ plan, facts, body }: PdfPlan): PdfPlan {
  return { plan, facts, body };
}

/** A plan PDF's name and the address a link to it opens: beside portfolio.pdf, or on the site when its address is known. */
export function linkPdf(file: string, siteUrl: string | undefined): PlanPdfLink {
  const name = path.basename(file);
  const href = encodeURI(name);
  return { name, href: siteUrl ? new URL(`pdf/${href}`, siteUrl).href : href };
}
