// Validated plans kept between runs, so a start of `planfolio dev` or a build
// reads again only the files that changed since the last: parsing the YAML,
// validating it and deriving facts is most of what loading 1,000 plans costs.
// A plan is found by the hash of its file's bytes, so a file is never taken
// for what it was before a save; only valid plans are kept, so every problem
// is still found, placed and worded afresh; facts are kept with the day they
// were derived for and used only on that day. One file per plans folder, in
// node_modules/.cache/planfolio/plans/, holding the plans as the run ended; a
// file from other code (runtime/code-fingerprint.ts) or a damaged one is
// passed over.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { CACHE_DIR } from '../runtime/project-paths.js';
import { fingerprintCode } from '../runtime/code-fingerprint.js';
import { ABANDONED_AFTER_MS, removeOlderThan, UNUSED_FOR_MS } from '../runtime/prune-cache.js';
import type { PlanFacts } from '../facts/types.js';
import type { LoadedPlan } from './types.js';

/** What a plan file's bytes gave, apart from where the file is. */
export type CachedPlan = Pick<LoadedPlan, 'plan' | 'body' | 'bodyLine'>;

/** A file's bytes as the cache knows them: their key, and the plan they gave last time, parsed afresh. */
export interface FoundPlan {
  key: string;
  cached?: CachedPlan;
  /** The facts kept with it, as JSON, when they were derived for `today`: parsed only if read. */
  facts?: string;
}

export interface PlanCache {
  find(bytes: Uint8Array, today: string): FoundPlan;
}

/** A plan to keep: its bytes' key and the plan as loaded, with its facts when they were derived. */
export interface KeptPlan {
  key: string;
  loaded: LoadedPlan;
  facts?: PlanFacts;
}

/** Each line: the bytes' hash, the day of the facts, the plan and its facts as JSON, tab-separated (JSON holds no raw tab). */
const SEPARATOR = '\t';

/** The cache file of a plans folder. */
export function locatePlanCache(plansDir: string, cacheDir = CACHE_DIR): string {
  const folder = createHash('sha256').update(path.resolve(plansDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'plans', `${folder}.tsv`);
}

/** The key of a file's bytes. */
export function hashPlanBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Opens the cache of a plans folder: empty when missing, damaged or written by other code. */
export async function openPlanCache(file: string): Promise<PlanCache & { keys: () => Set<string> }> {
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
  return {
    keys: () => new Set(known.keys()),
    find(bytes, today) {
      const key = hashPlanBytes(bytes);
      const [day, plan, facts] = known.get(key)?.split(SEPARATOR) ?? [];
      if (plan === undefined) return { key };
      try {
        return { key, cached: JSON.parse(plan) as CachedPlan, ...(day === today && facts ? { facts } : {}) };
      } catch {
        return { key };
      }
    },
  };
}

/**
 * Writes the plans to keep in place of the last file, line by line (5,000
 * plans with their facts are tens of megabytes: never one string), and
 * replaced in one step, so a run stopped halfway, or another writing at
 * once, never leaves half a file. Never throws.
 */
export async function writePlanCache(file: string, plans: Iterable<KeptPlan>): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(temporary);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(await fingerprintCode());
    for (const { key, loaded, facts } of plans) {
      const { plan, body, bodyLine } = loaded;
      const parts = [key, facts?.today ?? '', JSON.stringify({ plan, body, bodyLine }), facts ? JSON.stringify(facts) : ''];
      await write(`\n${parts.join(SEPARATOR)}`);
    }
    out.end();
    await once(out, 'close');
    await rename(temporary, file);
    await pruneFolder(path.dirname(file));
  } catch {
    // A cache that cannot be written only costs the next run its speed.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** A plans folder not built for a month, and a file a stopped run left half written, go (runtime/prune-cache.ts). */
async function pruneFolder(dir: string): Promise<void> {
  await removeOlderThan(dir, UNUSED_FOR_MS, (name) => name.endsWith('.tsv'));
  await removeOlderThan(dir, ABANDONED_AFTER_MS, (name) => name.endsWith('.tmp'));
}
