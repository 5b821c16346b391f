// What Planfolio's caches on disk depend on besides the user's files: the
// code that reads plans, validates them, derives their facts and tells their
// history, and the packages it reads them with; for kept PDFs, all the code
// and every installed package. A cache written by other code (another
// Planfolio version, other loader or schema, other dependencies) is ignored:
// its plans, problems, sentences or PDFs could differ from what this code
// would make.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_DIR, PROJECT_ROOT } from './project-paths.js';

/** The folders of src/ whose code the caches depend on. */
const CODE_FOLDERS = ['load', 'schema', 'errors', 'history', 'dates', 'facts', 'words', 'words/en'];
/** The packages plan files are read with. */
const PACKAGES = ['zod', 'yaml', 'js-yaml', '@11ty/gray-matter'];

/** A code file, as src/ and dist/ hold them. */
const CODE_FILE = /\.[cm]?[jt]s$/;

let fingerprint: Promise<string> | undefined;

/** A hash of the code that turns plan files into plans and revisions; computed once per process. */
export function fingerprintCode(): Promise<string> {
  fingerprint ??= (async () => {
    // The sources, also when running compiled: they are what the compiled code was made from.
    const src = path.join(PROJECT_ROOT, 'src');
    const hash = createHash('sha256');
    const files = CODE_FOLDERS.flatMap((folder) => listCode(path.join(src, folder)).map((name) => `${folder}/${name}`)).sort();
    hashFiles(hash, src, files);
    // An installed package has no src/: its compiled code is what the caches depend on.
    if (files.length === 0) hashFiles(hash, DIST, listCode(DIST));
    const require = createRequire(import.meta.url);
    for (const name of PACKAGES) {
      let version = 'unknown';
      try {
        version = (require(`${name}/package.json`) as { version: string }).version;
      } catch {
        // A package that hides its package.json still counts, as unknown.
      }
      hash.update(`${name}@${version}\n`);
    }
    return hash.digest('hex');
  })();
  return fingerprint;
}

let wholeFingerprint: string | null | undefined;

/**
 * A hash of all of Planfolio's code and of every package installed beside
 * it (npm's record of them, node_modules/.package-lock.json): what a kept
 * PDF depends on besides what it is drawn from, fonts and pdfkit included.
 * Undefined without that record (another package manager), so nothing is
 * kept that an update could have made stale. Read synchronously, once per
 * process (about a megabyte): awaiting each file let the build's other work
 * run between them, and the PDF thread waited for its plans meanwhile.
 */
export function fingerprintAllCode(): string | undefined {
  wholeFingerprint ??= (() => {
    let installed: Buffer;
    try {
      installed = readFileSync(path.join(CACHE_DIR, '..', '..', '.package-lock.json'));
    } catch {
      return null;
    }
    const hash = createHash('sha256').update(installed);
    const src = path.join(PROJECT_ROOT, 'src');
    const sources = listCode(src, true);
    if (sources.length > 0) hashFiles(hash, src, sources);
    else hashFiles(hash, DIST, listCode(DIST));
    return hash.digest('hex');
  })();
  return wholeFingerprint ?? undefined;
}

const DIST = path.join(PROJECT_ROOT, 'dist');

/** The code files in `dir` (or below it), sorted by their path from it; none when it is missing. */
function listCode(dir: string, recursive = false): string[] {
  try {
    return (readdirSync(dir, { recursive }) as string[]).filter((name) => CODE_FILE.test(name)).sort();
  } catch {
    return [];
  }
}

/** Adds each file's path and bytes to the hash. */
function hashFiles(hash: ReturnType<typeof createHash>, dir: string, files: readonly string[]): void {
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(dir, file)));
}
