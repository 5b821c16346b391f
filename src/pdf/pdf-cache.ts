// PDFs kept between builds, so a build draws again only the PDFs whose plan
// changed: most builds of a small portfolio change a plan or none, and
// drawing is most of what they cost (loading pdfkit and fontkit, parsing
// each script's fonts). A PDF is found by a hash of everything it is drawn
// from: the plan, its facts and body as a PDF thread is sent them (as
// JSON), its date and file name, the look (paper, language, theme and
// logo), all of Planfolio's code and every installed package's version
// (runtime/code-fingerprint.ts). One folder per plans folder, in
// node_modules/.cache/planfolio/pdfs/, holding the last PDF of each file
// name, so it never grows past one copy of the output's PDFs.
import { createHash } from 'node:crypto';
import { constants, readdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { findPlanFiles } from '../load/find-plan-files.js';
import { fingerprintAllCode } from '../runtime/code-fingerprint.js';
import { CACHE_DIR } from '../runtime/project-paths.js';
import { ABANDONED_AFTER_MS, removeOlderThan, UNUSED_FOR_MS } from '../runtime/prune-cache.js';

/** A kept PDF, as a build counts a drawn one. */
export interface KeptPdf {
  bytes: number;
  pages: number;
}

/** The cache folder of a plans folder. */
export function locatePdfCache(plansDir: string, cacheDir = CACHE_DIR): string {
  return path.join(cacheDir, 'pdfs', hashText(path.resolve(plansDir)).slice(0, 16));
}

/**
 * Whether a build of the plans in `plansDir` will likely find its PDFs kept:
 * a build used their cache folder after every plan file's last change. Only
 * a guess, made before the plans are read, to spare a build the start of a
 * PDF thread it would not need; the keys decide what is drawn.
 */
export async function expectKeptPdfs(plansDir: string, cacheDir = CACHE_DIR): Promise<boolean> {
  try {
    const used = (await stat(locatePdfCache(plansDir, cacheDir))).mtimeMs;
    // The files the loader would read (installed packages and hidden folders are never plans).
    const { files } = findPlanFiles(plansDir, plansDir);
    const changed = await Promise.all(files.map(async (name) => (await stat(path.join(plansDir, name))).mtimeMs > used));
    return !changed.includes(true);
  } catch {
    return false;
  }
}

/** An entry's file: `<name's hash>-<key>-<pages>.pdf`, so listing the folder tells all the cache knows. */
const ENTRY = /^([0-9a-f]{16})-([0-9a-f]{40})-(\d+)\.pdf$/;

/** A folder of kept PDFs, opened for one set of PDFs drawn with one look. */
export interface PdfCache {
  /**
   * The key of a PDF named `name`, drawn from these parts, each hashed as
   * JSON: a plan read again from the plan cache is the same JSON as when it
   * was first parsed (the plan cache keeps it as JSON), so it finds the
   * same PDF. One part at a time: 5,000 plans as one JSON text were about
   * 200 MB at once.
   */
  keyFor(name: string, parts: Iterable<unknown>): string;
  /** Copies the PDF kept for `name` under `key` to `file` (when given); undefined when none is kept. */
  take(name: string, key: string, file: string | undefined): Promise<KeptPdf | undefined>;
  /** Keeps `file`, drawn for `name` under `key` with `pages` pages, in place of what was kept for `name`. */
  keep(name: string, key: string, file: string, pages: number): Promise<void>;
  /** Lets go of what is kept for names other than these (a build of every plan knows them all). */
  keepOnly(names: Iterable<string>): Promise<void>;
}

/**
 * Opens the cache folder `dir` for PDFs drawn with `look`: undefined when
 * the installed packages cannot be told apart (see fingerprintAllCode), so
 * every PDF is drawn.
 */
export function openPdfCache(dir: string, look: unknown): PdfCache | undefined {
  const code = fingerprintAllCode();
  if (!code) return undefined;
  const seed = createHash('sha1').update(code).update(JSON.stringify(look)).digest();
  // Each name's entry, as the folder held it when opened, then as this build keeps them.
  const entries = new Map<string, { file: string; key: string; pages: number }>();
  // Read at once: the build's other work must not come between opening and the PDF threads' first plans.
  for (const file of readFolder(dir)) {
    const match = ENTRY.exec(file);
    if (match) entries.set(match[1]!, { file, key: match[2]!, pages: Number(match[3]) });
  }
  const drop = (file: string) => rm(path.join(dir, file), { force: true }).catch(() => undefined);
  let made: Promise<unknown> | undefined;
  return {
    keyFor(name, parts) {
      const hash = createHash('sha1').update(seed).update(name);
      // A line per part: JSON never holds a raw line break.
      for (const part of parts) hash.update('\n').update(JSON.stringify(part) ?? 'undefined');
      return hash.digest('hex');
    },
    async take(name, key, file) {
      const entry = entries.get(hashText(name).slice(0, 16));
      if (entry?.key !== key) return undefined;
      const kept = path.join(dir, entry.file);
      try {
        // A copy-on-write clone where the disk offers one, else a copy: the output may be changed or deleted, the cache must not.
        if (file !== undefined) await copyFile(kept, file, constants.COPYFILE_FICLONE);
        const { size } = await stat(kept);
        return { bytes: size, pages: entry.pages };
      } catch {
        return undefined;
      }
    },
    async keep(name, key, file, pages) {
      const id = hashText(name).slice(0, 16);
      const entry = { file: `${id}-${key}-${pages}.pdf`, key, pages };
      const temporary = path.join(dir, `${entry.file}.${process.pid}.tmp`);
      try {
        await (made ??= mkdir(dir, { recursive: true }));
        await copyFile(file, temporary, constants.COPYFILE_FICLONE);
        await rename(temporary, path.join(dir, entry.file));
        const before = entries.get(id);
        entries.set(id, entry);
        if (before && before.file !== entry.file) await drop(before.file);
      } catch {
        // A PDF that cannot be kept is drawn again next time.
        await drop(path.basename(temporary));
      }
    },
    async keepOnly(names) {
      const wanted = new Set([...names].map((name) => hashText(name).slice(0, 16)));
      for (const [id, entry] of entries) {
        if (wanted.has(id)) continue;
        entries.delete(id);
        await drop(entry.file);
      }
      await pruneCache(dir);
    },
  };
}

/** Marks `dir` used now, and lets go of other plans folders' PDFs unused for a month and of abandoned copies (runtime/prune-cache.ts). */
async function pruneCache(dir: string): Promise<void> {
  const now = new Date();
  await utimes(dir, now, now).catch(() => undefined);
  await removeOlderThan(dir, ABANDONED_AFTER_MS, (name) => !ENTRY.test(name));
  await removeOlderThan(path.dirname(dir), UNUSED_FOR_MS, () => true);
}

function readFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
