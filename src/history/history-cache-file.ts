// The history cache on disk, so a build only validates the file versions that
// are new since the last build (a CI cache folder, or node_modules/.cache,
// which hosts usually keep between builds). A cache written by other code (another
// Planfolio version, other loader or schema, other dependencies) is ignored:
// its sentences and validity could differ from what this code would say.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/project-paths.js';
import { createHistoryCache, type HistoryCache, type LineageResult } from './describe-lineages.js';

/** What a history depends on besides the plans: the code of these folders and these packages. */
const CODE_FOLDERS = ['load', 'schema', 'errors', 'history', 'dates', 'facts', 'words', 'words/en'];
const PACKAGES = ['zod', 'yaml', 'js-yaml', '@11ty/gray-matter'];

let fingerprint: Promise<string> | undefined;

/** A hash of the code that turns file versions into revisions (this file's format included); computed once per process. */
function fingerprintHistoryCode(): Promise<string> {
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
    // An installed package has no src/: its compiled code is what the cache depends on.
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

/** Reads a cache written by `writeHistoryCache`; an empty cache when the file is missing, damaged or from other code. */
export async function readHistoryCache(file: string): Promise<HistoryCache> {
  const cache = createHistoryCache();
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { fingerprint?: string; lineages?: [string, LineageResult][] };
    if (saved.fingerprint !== (await fingerprintHistoryCode()) || !Array.isArray(saved.lineages)) return cache;
    for (const [sign, result] of saved.lineages) cache.set(sign, result);
  } catch {
    // No cache yet, or one that cannot be read: start afresh.
  }
  return cache;
}

/** Writes a cache for the next build; replaces the file in one step, so a crash never leaves half a cache. */
export async function writeHistoryCache(cache: HistoryCache, file: string): Promise<void> {
  const saved = { fingerprint: await fingerprintHistoryCode(), lineages: [...cache] };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(saved));
  await rename(temporary, file);
}
