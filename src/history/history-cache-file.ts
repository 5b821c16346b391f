// The history cache on disk, so a build only validates the file versions that
// are new since the last build (a CI cache folder, or node_modules/.cache,
// which hosts usually keep between builds). A cache written by other code is
// ignored (see runtime/code-fingerprint.ts).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintCode } from '../runtime/code-fingerprint.js';
import { createHistoryCache, type HistoryCache, type LineageResult } from './describe-lineages.js';

/** Reads a cache written by `writeHistoryCache`; an empty cache when the file is missing, damaged or from other code. */
export async function readHistoryCache(file: string): Promise<HistoryCache> {
  const cache = createHistoryCache();
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { fingerprint?: string; lineages?: [string, LineageResult][] };
    if (saved.fingerprint !== (await fingerprintCode()) || !Array.isArray(saved.lineages)) return cache;
    for (const [sign, result] of saved.lineages) cache.set(sign, result);
  } catch {
    // No cache yet, or one that cannot be read: start afresh.
  }
  return cache;
}

/** Writes a cache for the next build; replaces the file in one step, so a crash never leaves half a cache. */
export async function writeHistoryCache(cache: HistoryCache, file: string): Promise<void> {
  const saved = { fingerprint: await fingerprintCode(), lineages: [...cache] };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(saved));
  await rename(temporary, file);
}
