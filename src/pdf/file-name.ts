// File names that say whose plan a PDF is, so a downloaded file still makes
// sense in someone's Downloads folder.
import type { LoadedPlan } from '../load/types.js';
import { cutName, NAME_MAX_BYTES, slugify, slugifyName } from '../schema/slugify.js';

/** The file name of the portfolio PDF (beside the plan PDFs). */
export const PORTFOLIO_PDF_NAME = 'portfolio.pdf';

/**
 * The PDF file name of a plan: the owner's slug, then the plan's page slug
 * with `/` as `-` (`plans/ana-garcia/2026-data-lead.md` by Ana García gives
 * `ana-garcia-2026-data-lead.pdf`). A leading folder that only repeats the
 * owner's name is dropped. Names that two plans would share (`c.md` by
 * "Ana B" and `b-c.md` by "Ana") are reported by the loader's address
 * check; a long name is cut, with a hash of the whole, to fit a file name.
 */
export function makePdfFileName(loaded: Pick<LoadedPlan, 'plan' | 'slug'>): string {
  // Asked for every plan on each save in watch mode (the address check); a plan's name never changes.
  const known = names.get(loaded);
  if (known !== undefined) return known;
  // The owner's part is their person page's slug, so an owner of only emoji is named too.
  const owner = slugifyName(loaded.plan.owner, 'person');
  const parts = loaded.slug.split('/').map((part) => slugify(part)).filter(Boolean);
  // A folder or file named after the owner, with or without accents
  // (`plans/ελενη-παπαδοπουλου/` for Ελένη Παπαδοπούλου), is not repeated.
  const same = (part: string | undefined) => part !== undefined && foldMarks(part) === foldMarks(owner);
  if (parts.length > 1 && same(parts[0])) parts.shift();
  if (parts.length === 1 && same(parts[0])) parts.shift();
  const name = [owner, ...parts].join('-');
  const fileName = `${cutName(name === 'portfolio' ? 'portfolio-plan' : name, NAME_MAX_BYTES - '.pdf'.length)}.pdf`;
  names.set(loaded, fileName);
  return fileName;
}

const names = new WeakMap<Pick<LoadedPlan, 'plan' | 'slug'>, string>();

function foldMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
