import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PlanfolioError } from '../errors/errors.js';

/** Pagefind's own UI bundles: the site has a search page of its own, so they would only be dead weight. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes a built site for search with Pagefind, into `<siteDir>/pagefind/`.
 * Only the parts of pages marked `data-pagefind-body` (plan and person pages)
 * are indexed. Pagefind's binary comes with its npm package and runs offline.
 */
export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  // Loaded on demand: only builds that index pay for starting the binary.
  const pagefind = await import('pagefind');
  const fail = (what: string, errors: string[]) =>
    new PlanfolioError(`the search index could not be ${what}: ${errors.join('; ')}; build with --no-search to skip it`);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw fail('started', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw fail('made', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw fail('written', written.errors);
    await Promise.all(UNUSED_FILES.map((name) => rm(path.join(siteDir, 'pagefind', name), { force: true })));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
