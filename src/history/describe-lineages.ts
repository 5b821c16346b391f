// Describes lineages from file versions streamed out of ONE `git cat-file`:
// each distinct version asked for once, each lineage described as soon as its
// versions are in (so only a few versions' bytes are held at a time), and
// lineages unchanged since an earlier build taken from a cache.
import type { Words } from '../words/words.js';
import { describeLineage, type LineageJob, type LineageResult } from './describe-lineage.js';
import { prefetchMissingBlobs, readBlobs } from './read-blobs.js';
import type { GitRepository } from './read-git-history.js';

/** Lineages described by earlier builds, by what they are made of. */
export interface HistoryCache {
  readonly lineages: Map<string, LineageResult>;
}

/** An empty cache, to pass to every `buildHistory` call of a watch session. */
export function createHistoryCache(): HistoryCache {
  return { lineages: new Map() };
}

/** Everything a lineage's description depends on: its file versions, paths and events. */
function signLineage(job: LineageJob): string {
  return `${job.prefix}\n${job.events.map((e) => `${e.event} ${e.oid ?? '-'} ${e.path}\t${e.previousPath ?? ''}`).join('\n')}`;
}

/** Describes the wanted lineages, taking those unchanged since an earlier build from the cache. */
export async function describeLineages(
  repository: GitRepository,
  wanted: readonly (LineageJob | undefined)[],
  options: { today: string; words: Words; cache?: HistoryCache },
): Promise<(LineageResult | undefined)[]> {
  const { cache } = options;
  // With a cache, keep every lineage's last valid version: the next save may need it.
  const signs = wanted.map((job) => job && signLineage(job));
  const cached = signs.map((sign) => (sign === undefined ? undefined : cache?.lineages.get(sign)));
  const jobs = wanted.map((job, i) => (job && !cached[i] ? { ...job, wantLastValid: job.wantLastValid || cache !== undefined } : undefined));
  const fresh = await streamLineages(repository, jobs, options);
  const results = wanted.map((_, i) => cached[i] ?? fresh[i]);
  if (cache) {
    // Keep only what this build used, so a long watch session does not grow without end.
    cache.lineages.clear();
    signs.forEach((sign, i) => sign !== undefined && results[i] && cache.lineages.set(sign, results[i]!));
  }
  return results;
}

/** Reads every version the jobs need from git, describing each lineage as soon as all its versions are in. */
async function streamLineages(
  repository: GitRepository,
  jobs: readonly (LineageJob | undefined)[],
  options: { today: string; words: Words },
): Promise<(LineageResult | undefined)[]> {
  const results: (LineageResult | undefined)[] = jobs.map(() => undefined);
  if (jobs.every((job) => !job)) return results;
  const needs = jobs.map((job) => [...new Set(job?.events.flatMap((e) => (e.oid ? [e.oid] : [])) ?? [])]);
  const uses = new Map<string, number>();
  for (const oids of needs) for (const oid of oids) uses.set(oid, (uses.get(oid) ?? 0) + 1);
  const oids = [...uses.keys()];
  await prefetchMissingBlobs(repository, oids);

  const held = new Map<string, Uint8Array | undefined>();
  let next = 0;
  // Describes every lineage, in order, whose versions have all arrived (or all that are left, at the end).
  const describeReady = (atEnd: boolean) => {
    for (; next < jobs.length; next++) {
      const job = jobs[next];
      if (!job) continue;
      if (!atEnd && !needs[next]!.every((oid) => held.has(oid))) return;
      results[next] = describeLineage(job, held, options.today, options.words);
      for (const oid of needs[next]!) {
        const left = uses.get(oid)! - 1;
        uses.set(oid, left);
        if (left === 0) held.delete(oid);
      }
    }
  };
  for await (const blob of readBlobs(repository.top, oids)) {
    held.set(blob.oid, blob.bytes);
    describeReady(false);
  }
  describeReady(true);
  return results;
}
