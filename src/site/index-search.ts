import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
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
 * How much page HTML one Pagefind process indexes. Its memory grows with
 * what it indexes and peaks as it writes the index (about 400 MB for the
 * 60 MB of a thousand plans' and 500 people's pages), so a larger site is
 * indexed in parts, each by a process of its own, and searched as one.
 */
export const PART_BYTES = 64 * 1024 * 1024;

/** The list of the index's further parts, which the search page merges into the first. */
export const PARTS_FILE = 'parts.json';

/** The attribute that marks what Pagefind indexes of a page. */
const BODY = Buffer.from('data-pagefind-body');

/** Characters a Pagefind glob reads as syntax; a site with such file names is indexed in one part. */
const GLOB_SYNTAX = /[{}[\]*?,!\\]/;

/** A page to index: its path below the site, its size, and the language its words are in when it says. */
interface IndexedPage {
  file: string;
  bytes: number;
  language?: string;
}

/**
 * Indexes a built site for search with Pagefind, into `<siteDir>/pagefind/`.
 * Only the parts of pages marked `data-pagefind-body` (plan and person pages)
 * are indexed, so only those pages are handed to Pagefind, in parts of at
 * most `partBytes` of HTML: the first written to pagefind/, the others to
 * pagefind/part-2/ and on, listed in pagefind/parts.json. Pages whose words
 * are in another language than the site's (`data-search-language` beside
 * `data-pagefind-body`) are indexed in parts of their own, in that language:
 * Pagefind splits Chinese, Japanese and Thai text into words only when it
 * indexes them as such, and stems each language's words its own way.
 * Pagefind's binary comes with its npm package and runs offline.
 */
export async function indexSearch(siteDir: string, options: { siteLanguage?: string; partBytes?: number } = {}): Promise<{ pages: number; parts: number }> {
  const pages = findIndexedPages(siteDir);
  const parts = pages && !pages.some((page) => GLOB_SYNTAX.test(page.file)) ? splitPages(pages, options.siteLanguage ?? 'en', options.partBytes ?? PART_BYTES) : [undefined];
  const dirs = parts.map((_, i) => (i === 0 ? '' : `part-${i + 1}`));
  let count = 0;
  for (const [i, part] of parts.entries()) {
    count += await indexPart(siteDir, path.join(siteDir, 'pagefind', dirs[i]!), part);
  }
  await writeFile(path.join(siteDir, 'pagefind', PARTS_FILE), `${JSON.stringify(dirs.slice(1).map((dir) => `${dir}/`))}\n`);
  return { pages: count, parts: parts.length };
}

/**
 * Every HTML page with `data-pagefind-body`, by path below the site, with its
 * size and language; none when no page has it. Read at once, before anything
 * else runs: a build draws PDFs meanwhile, and a read at a time between them
 * would take one PDF's time each. Each page is read into the same buffer and
 * searched as bytes, so hundreds of megabytes of pages leave no garbage behind.
 */
function findIndexedPages(siteDir: string): IndexedPage[] | undefined {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
  const pages: IndexedPage[] = [];
  let buffer = Buffer.alloc(1 << 20);
  for (const file of files) {
    const fd = openSync(path.join(siteDir, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size);
      let read = 0;
      for (let got = 1; read < size && got > 0; read += got) got = readSync(fd, buffer, read, size - read, read);
      const tag = findBodyTag(buffer.subarray(0, read));
      if (tag === undefined) continue;
      const language = LANGUAGE.exec(tag)?.[1];
      pages.push({ file: file.split(path.sep).join('/'), bytes: size, ...(language ? { language } : {}) });
    } finally {
      closeSync(fd);
    }
  }
  // Without any, Pagefind indexes every page whole: left to it, as one part.
  return pages.length > 0 ? pages : undefined;
}

/** The language a page's indexed words are in, on the tag that marks them. */
const LANGUAGE = /\sdata-search-language="([A-Za-z0-9-]+)"/;

/** The tag with the attribute, when inside one: plan text is escaped, so a `<` before it, with no `>` between, opens one. */
function findBodyTag(html: Buffer): string | undefined {
  for (let at = html.indexOf(BODY); at >= 0; at = html.indexOf(BODY, at + 1)) {
    const start = html.lastIndexOf('<', at);
    if (start > html.lastIndexOf('>', at)) return html.toString('latin1', start, html.indexOf('>', at) + 1 || html.length);
  }
  return undefined;
}

/**
 * Pages in runs of at most `partBytes` (a page larger than that is a run of
 * its own), a language at a time: the site's own first, then each other
 * language Pagefind is to index words in (chooseIndexLanguage), each run
 * with that language.
 */
function splitPages(pages: IndexedPage[], siteLanguage: string, partBytes: number): Part[] {
  const own = chooseIndexLanguage(siteLanguage);
  // By language, '' for the site's own (in the language each page's <html lang> says).
  const byLanguage = new Map<string, IndexedPage[]>([['', []]]);
  for (const page of pages) {
    const told = page.language ? chooseIndexLanguage(page.language) : own;
    const language = told === own ? '' : told;
    if (byLanguage.has(language)) byLanguage.get(language)!.push(page);
    else byLanguage.set(language, [page]);
  }
  const parts: Part[] = [];
  for (const language of [...byLanguage.keys()].sort()) {
    let size = Infinity;
    for (const page of byLanguage.get(language)!) {
      if (size + page.bytes > partBytes) {
        parts.push({ files: [], ...(language ? { language } : {}) });
        size = 0;
      }
      parts.at(-1)!.files.push(page.file);
      size += page.bytes;
    }
  }
  return parts;
}

/** Chinese languages other than `zh` itself, written in Han characters as it is (Cantonese, Wu, Hakka...). */
const HAN_LANGUAGES = new Set(['yue', 'wuu', 'hak', 'gan', 'hsn', 'lzh', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'mnp']);

/**
 * The language Pagefind is to index words of a language tag in: its primary
 * subtag (stems are per language), but `zh` for any language written in Han
 * characters and `ja` for Japanese script, which Pagefind splits into words
 * only under those two.
 */
function chooseIndexLanguage(tag: string): string {
  const [primary = '', ...rest] = tag.toLowerCase().split('-');
  if (rest.includes('jpan')) return 'ja';
  if (HAN_LANGUAGES.has(primary) || (primary !== 'ja' && rest.some((sub) => sub === 'hans' || sub === 'hant' || sub === 'hani'))) return 'zh';
  return primary;
}

/** Some pages Pagefind indexes in one process, in the language given (else the one each page's `<html lang>` says). */
interface Part {
  files: string[];
  language?: string;
}

/** Indexes some pages (or, without a list, the whole site) with a Pagefind process of its own; returns how many pages it indexed. */
async function indexPart(siteDir: string, outputPath: string, part: Part | undefined): Promise<number> {
  // Loaded on demand: only builds that index pay for starting the binary.
  const pagefind = await import('pagefind');
  const fail = (what: string, errors: string[]) =>
    new PlanfolioError(`the search index could not be ${what}: ${errors.join('; ')}; build with --no-search to skip it`);
  try {
    const { index, errors } = await pagefind.createIndex(part?.language ? { forceLanguage: part.language } : {});
    if (!index) throw fail('started', errors);
    const added = await index.addDirectory({ path: siteDir, ...(part ? { glob: `{${part.files.join(',')}}` } : {}) });
    if (added.errors.length > 0) throw fail('made', added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw fail('written', written.errors);
    await Promise.all(UNUSED_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
    return added.page_count;
  } finally {
    // The process ends with its part, and its memory with it.
    await pagefind.close();
  }
}
