// What Planfolio's caches on disk depend on besides the user's files: the
// code that reads plans, validates them, derives their facts and tells their
// history, and the packages it reads them with; for kept PDFs, all the code
// and every installed package. A cache written by other code (another
// Planfolio version, other loader or schema, other dependencies) is ignored:
// its plans, problems, sentences or PDFs could differ from what this code
// would make.
import { createHash } from 'node:crypto';
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

let wholeFingerprint: Promise<string | undefined> | undefined;

/**
 * A hash of all of Planfolio's code and of every package installed beside
 * it (npm's record of them, node_modules/.package-lock.json): what a kept
 * PDF depends on besides what it is drawn from, fonts and pdfkit included.
 * Undefined without that record (another package manager), so nothing is
 * kept that an update could have made stale.
 */
export function fingerprintAllCode(): Promise<string | undefined> {
  wholeFingerprint ??= (async () => {
    const installed = await readFile(path.join(CACHE_DIR, '..', '..', '.package-lock.json')).catch(() => undefined);
    if (!installed) return undefined;
    const hash = createHash('sha256').update(installed);
    const src = path.join(PROJECT_ROOT, 'src');
    const files = (await readdir(src, { recursive: true }).catch(() => [] as string[])).filter((n) => /\.[cm]?[jt]s$/.test(n)).sort();
    for (const file of files) hash.update(`${file}\n`).update(await readFile(path.join(src, file)));
    if (files.length === 0) await hashFolder(hash, path.join(PROJECT_ROOT, 'dist'));
    return hash.digest('hex');
  })();
  return wholeFingerprint;
}
