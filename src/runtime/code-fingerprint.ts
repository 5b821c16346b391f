// What Planfolio's caches on disk depend on besides the user's files: the
// code that reads plans, validates them, derives their facts and tells their
// history, and the packages it reads them with; for kept PDFs, all the code
// and every installed package. A cache written by other code (another
// Planfolio version, other loader or schema, other dependencies) is ignored:
// its plans, problems, sentences or PDFs could differ from what this code
// would make.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_DIR, PROJECT_ROOT } from './project-paths.js';

/** The folders of src/ whose code the caches depend on. */
const CODE_FOLDERS = ['load', 'schema', 'errors', 'history', 'dates', 'facts', 'words', 'words/en'];
/** The packages plan files are read with. */
const PACKAGES = ['zod', 'yaml', 'js-yaml', '@11ty/gray-matter'];

let fingerprint: Promise<string> | undefined;

/** A hash of the code that turns plan files into plans and revisions; computed once per process. */
export function fingerprintCode(): Promise<string> {
  fingerprint ??= (async () => {
    // The sources, also when running compiled: they are what the compiled code was made from.
    const src = path.join(PROJECT_ROOT, 'src');
    const hash = createHash('sha256');
    const files: string[] = [];
    for (const folder of CODE_FOLDERS) {
      const names = await readdir(path.join(src, folder)).catch(() => [] as string[]);
      files.push(...names.filter((n) => /\.[cm]?[jt]s$/.test(n)).map((n) => `${folder}/${n}`));
    }
    for (const file of files.sort()) hash.update(`${file}\n`).update(await readFile(path.join(src, file)));
    // An installed package has no src/: its compiled code is what the caches depend on.
    if (files.length === 0) await hashFolder(hash, path.join(PROJECT_ROOT, 'dist'));
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

async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.js')).sort();
  for (const name of names) hash.update(`${name}\n`).update(await readFile(path.join(dir, name)));
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
    const installed = readOrUndefined(path.join(CACHE_DIR, '..', '..', '.package-lock.json'));
    if (!installed) return null;
    const hash = createHash('sha256').update(installed);
    const src = path.join(PROJECT_ROOT, 'src');
    const dist = path.join(PROJECT_ROOT, 'dist');
    const [dir, files] = listCode(src, /\.[cm]?[jt]s$/, true) ?? [dist, listCode(dist, /\.js$/, false)?.[1] ?? []];
    for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(dir, file)));
    return hash.digest('hex');
  })();
  return wholeFingerprint ?? undefined;
}

/** The sorted code files below `dir`, with `dir`; undefined when it has none. */
function listCode(dir: string, pattern: RegExp, recursive: boolean): [string, string[]] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive }) as string[];
  } catch {
    return undefined;
  }
  const files = names.filter((n) => pattern.test(n)).sort();
  return files.length > 0 ? [dir, files] : undefined;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
