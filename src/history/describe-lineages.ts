// Describes lineages from file versions streamed out of ONE `git cat-file`:
// each distinct version asked for once, each lineage described as soon as its
// versions are in, in batches (in worker threads for large histories), and
// lineages unchanged since an earlier build taken from a cache.
import type { LineageJob, LineageResult } from './describe-lineage.js';
import type { HistoryBatch } from './history-worker.js';
import { prefetchMissingBlobs, readBlobs } from './read-blobs.js';
import type { GitRepository } from './read-git-history.js';
import { copyBytes, countHistoryWorkers, InFlight, makeBatchRunner } from './run-history-batches.js';

/** Versions per batch sent to a worker: large enough to make messages cheap, small enough to share work evenly. */
const BATCH_VERSIONS = 200;

/** Lineages described by earlier builds in this process, by what they are made of. */
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

/**
 * Streams every version the chosen lineages need out of one `cat-file`, each
 * distinct version asked for once, and describes each lineage as soon as its
 * versions are in, in batches, so at most a few batches of bytes are held.
 */
export async function describeLineages(
  repository: GitRepository,
  wanted: readonly (LineageJob | undefined)[],
  options: { today: string; workers?: number | 'auto'; cache?: HistoryCache },
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

async function streamLineages(
  repository: GitRepository,
  jobs: readonly (LineageJob | undefined)[],
  options: { today: string; workers?: number | 'auto' },
): Promise<(LineageResult | undefined)[]> {
  if (jobs.every((job) => !job)) return jobs.map(() => undefined);
  const needs = jobs.map((job) => [...new Set(job?.events.flatMap((e) => (e.oid ? [e.oid] : [])) ?? [])]);
  const uses = new Map<string, number>();
  for (const oids of needs) for (const oid of oids) uses.set(oid, (uses.get(oid) ?? 0) + 1);
  const oids = [...uses.keys()];
  await prefetchMissingBlobs(repository, oids);

  const threads = countHistoryWorkers(options.workers ?? 'auto', oids.length);
  const runner = makeBatchRunner(threads);
  const results: Promise<LineageResult[]>[] = [];
  const inFlight = new InFlight();
  const batchOf: { batch: number; at: number }[] = [];
  let batch: HistoryBatch = { id: 0, jobs: [], blobs: [], today: options.today };
  const send = () => {
    if (batch.jobs.length === 0) return;
    const running = runner.run(batch);
    inFlight.add(running);
    results.push(running);
    batch = { id: batch.id + 1, jobs: [], blobs: [], today: options.today };
  };
  const held = new Map<string, Uint8Array | undefined>();
  let next = 0;
  // Adds every lineage whose versions have all arrived (or all that are left, at the end).
  const addReady = (atEnd: boolean) => {
    for (; next < jobs.length; next++) {
      const job = jobs[next];
      if (!job) continue;
      if (!atEnd && !needs[next]!.every((oid) => held.has(oid))) return;
      for (const oid of needs[next]!) {
        batch.blobs.push([oid, threads > 0 ? copyBytes(held.get(oid)) : held.get(oid)]);
        const left = uses.get(oid)! - 1;
        uses.set(oid, left);
        if (left === 0) held.delete(oid);
      }
      batchOf[next] = { batch: batch.id, at: batch.jobs.length };
      batch.jobs.push(job);
      if (batch.blobs.length >= BATCH_VERSIONS) send();
    }
  };
  try {
    for await (const blob of readBlobs(repository.top, oids)) {
      held.set(blob.oid, blob.bytes);
      addReady(false);
      // Keep memory flat when git reads faster than lineages are described.
      await inFlight.waitUntilAtMost(2 * threads + 2);
    }
    addReady(true);
    send();
    const batches = await Promise.all(results);
    return jobs.map((job, i) => (job ? batches[batchOf[i]!.batch]![batchOf[i]!.at] : undefined));
  } finally {
    await runner.close();
  }
}

