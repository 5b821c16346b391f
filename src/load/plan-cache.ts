// Validated plans kept between runs, so a start of `planfolio dev` or a build
// reads again only the files that changed since the last: parsing the YAML and
// validating it is most of what loading 1,000 plans costs (about 1 s of 1.2).
// A plan is found by the hash of its file's bytes, so a file is never taken
// for what it was before a save; only valid plans are kept, so every problem
// is still found, placed and worded afresh. One file per plans folder, in
// node_modules/.cache/planfolio/plans/, holding only the plans of the last
// run; a file from other code (runtime/code-fingerprint.ts) or a damaged one
// is passed over.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../runtime/project-paths.js';
import { fingerprintCode } from '../runtime/code-fingerprint.js';
import type { LoadedPlan } from './types.js';

/** What a plan file's bytes gave, apart from where the file is and its facts (which depend on the day). */
export type CachedPlan = Pick<LoadedPlan, 'plan' | 'body' | 'bodyLine'>;

export interface PlanCache {
  /** The plan these bytes gave last time, parsed afresh for each caller; undefined when not known. */
  find(bytes: Uint8Array): { key: string; plan: CachedPlan | undefined };
  /** Keeps a plan the bytes with this key gave. */
  keep(key: string, plan: CachedPlan): void;
  /** Writes the plans found or kept since it was opened, in place of the last file; never throws. */
  save(): Promise<void>;
}

/** Writes under way, which a command finishes before its process exits. */
const writing = new Set<Promise<void>>();

/** Waits for the cache files being written (a command calls this before it exits). */
export async function finishPlanCacheWrites(): Promise<void> {
  await Promise.all(writing);
}

/** Each line: the bytes' hash, a tab, the plan as JSON. The fingerprint of the code heads the file. */
const SEPARATOR = '\t';

/** The cache file of a plans folder. */
export function locatePlanCache(plansDir: string, cacheDir = CACHE_DIR): string {
  const folder = createHash('sha256').update(path.resolve(plansDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'plans', `${folder}.tsv`);
}

/** Opens the cache of a plans folder: empty when missing, damaged or written by other code. */
export async function openPlanCache(file: string): Promise<PlanCache> {
  const fingerprint = await fingerprintCode();
  const known = new Map<string, string>();
  try {
    const lines = (await readFile(file, 'utf8')).split('\n');
    if (lines[0] === fingerprint) {
      for (const line of lines.slice(1)) {
        const at = line.indexOf(SEPARATOR);
        if (at > 0) known.set(line.slice(0, at), line.slice(at + 1));
      }
    }
  } catch {
    // No cache yet, or one that cannot be read: every file is read afresh.
  }
  const used = new Map<string, string>();
  return {
    find(bytes) {
      const key = createHash('sha1').update(bytes).digest('hex');
      const json = known.get(key);
      if (json === undefined) return { key, plan: undefined };
      try {
        const plan = JSON.parse(json) as CachedPlan;
        used.set(key, json);
        return { key, plan };
      } catch {
        return { key, plan: undefined };
      }
    },
    keep(key, plan) {
      used.set(key, JSON.stringify(plan));
    },
    save() {
      const done = write().finally(() => writing.delete(done));
      writing.add(done);
      return done;
    },
  };

  async function write(): Promise<void> {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      // Replaced in one step: a run stopped halfway, or another writing at once, never leaves half a file.
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, [fingerprint, ...[...used].map(([key, json]) => `${key}${SEPARATOR}${json}`)].join('\n'));
      await rename(temporary, file);
    } catch {
      // A cache that cannot be written only costs the next run its speed.
    }
  }
}
