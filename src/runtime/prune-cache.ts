// How Planfolio's caches in node_modules/.cache/planfolio let go of what no
// run reads any more: a plans folder not built for a month (or moved away)
// and a temporary file a stopped run left half written. One rule for the
// plan cache and the kept PDFs, so they age alike.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A cache entry of a plans folder not built for this long goes. */
export const UNUSED_FOR_MS = 30 * 24 * 3600 * 1000;
/** A temporary file that old was left by a run that was stopped while writing. */
export const ABANDONED_AFTER_MS = 3600 * 1000;

/**
 * Removes the entries of `dir` that `pick` names and that were last changed
 * more than `olderThanMs` ago (a folder with all it holds). A cache that
 * cannot be tidied only takes more room, so nothing here throws.
 */
export async function removeOlderThan(dir: string, olderThanMs: number, pick: (name: string) => boolean): Promise<void> {
  const before = Date.now() - olderThanMs;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!pick(name)) continue;
    const entry = path.join(dir, name);
    const changed = (await stat(entry).catch(() => undefined))?.mtimeMs;
    if (changed !== undefined && changed < before) await rm(entry, { recursive: true, force: true }).catch(() => undefined);
  }
}
