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
  // A folder or file named after the owner, with or without accents
  // (`plans/ελενη-παπαδοπουλου/` for Ελένη Παπαδοπούλου), is not repeated.
  const same = (part: string | undefined) => part !== undefined && owner !== '' && foldMarks(part) === foldMarks(owner);
  if (parts.length > 1 && same(parts[0])) parts.shift();
  if (parts.length === 1 && same(parts[0])) parts.shift();
  const name = [owner, ...parts].filter(Boolean).join('-') || 'plan';
  return `${name === 'portfolio' ? 'portfolio-plan' : name}.pdf`;
}

function foldMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
