import { slugify } from '../schema/slugify.js';

/**
 * The page slug of a plan from its path below the plans folder:
 * `ana/2026-lead.md` gives `ana/2026-lead`. Each folder and the file name are
 * slugified on their own, so a slug can never climb out with `..`.
 */
export function makePlanSlug(relativePath: string): string {
  // History asks again for every version of a plan.
  let slug = slugs.get(relativePath);
  if (slug === undefined) {
    if (slugs.size >= 20_000) slugs.clear();
    const parts = relativePath.replace(/\.md$/i, '').split('/');
    slug = parts.map((part) => slugify(part) || 'plan').join('/');
    slugs.set(relativePath, slug);
  }
  return slug;
}

const slugs = new Map<string, string>();

/** The site URL of a plan page. */
export function makePlanUrl(slug: string): string {
  return `/plans/${slug}/`;
}
