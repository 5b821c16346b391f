import { slugify } from '../schema/slugify.js';

/**
 * The page slug of a plan from its path below the plans folder:
 * `ana/2026-lead.md` gives `ana/2026-lead`. Each folder and the file name are
 * slugified on their own, so a slug can never climb out with `..`.
 */
export function makePlanSlug(relativePath: string): string {
  const parts = relativePath.replace(/\.md$/i, '').split('/');
  return parts.map((part) => slugify(part) || 'plan').join('/');
}

/** The site URL of a plan page. */
export function makePlanUrl(slug: string): string {
  return `/plans/${slug}/`;
}
