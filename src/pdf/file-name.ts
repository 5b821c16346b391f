// File names that say whose plan a PDF is, so a downloaded file still makes
// sense in someone's Downloads folder.
import type { LoadedPlan } from '../load/types.js';
import { slugify } from '../schema/slugify.js';

/** The file name of the portfolio PDF (beside the plan PDFs). */
export const PORTFOLIO_PDF_NAME = 'portfolio.pdf';

/**
 * The PDF file name of a plan: the owner's slug, then the plan's page slug
 * with `/` as `-` (`plans/ana-garcia/2026-data-lead.md` by Ana García gives
 * `ana-garcia-2026-data-lead.pdf`). A leading folder that only repeats the
 * owner's name is dropped. Page slugs are unique, so names are too, except
 * for the odd case of `x.md` and `<owner>/x.md` by the same owner, which
 * writePdfs reports.
 */
export function makePdfFileName(loaded: LoadedPlan): string {
  const owner = slugify(loaded.plan.owner);
  const parts = loaded.slug.split('/').map((part) => slugify(part)).filter(Boolean);
  if (parts.length > 1 && owner && parts[0] === owner) parts.shift();
  // A file named after its owner (`plans/ana-garcia.md`) needs no repeat.
  if (parts.length === 1 && parts[0] === owner) parts.shift();
  const name = [owner, ...parts].filter(Boolean).join('-') || 'plan';
  return `${name === 'portfolio' ? 'portfolio-plan' : name}.pdf`;
}
