// Describes plan files' lineages from versions streamed out of ONE
// `git cat-file`: each distinct version validated once by the loader and
// compared with the last valid one before it. A lineage is described as soon
// as its versions are in, so few versions' bytes are held at a time.
import { formatProblem } from '../errors/problem.js';
import { loadPlan } from '../load/load-plan.js';
import type { Progress } from '../load/types.js';
import type { WordKey, Words } from '../words/words.js';
import { describeChanges, describeNewPlan, type PlanVersion } from './describe-changes.js';
import { prefetchMissingBlobs, readBlobs } from './read-blobs.js';
import type { GitRepository, LineageEvent } from './read-git-history.js';
import type { Change, Revision, RevisionEvent } from './types.js';

/** What happened to the file in one revision, and which version it left. */
type VersionEvent = Omit<LineageEvent, 'commit'>;

/** The part of a revision that does not come from its commit. */
type RevisionCore = Omit<Revision, 'hash' | 'shortHash' | 'date' | 'author' | 'subject' | 'url' | 'uncommitted'>;

/** A lineage described: one revision per event, oldest first, and what a newer version is compared with. */
export interface LineageResult {
  revisions: RevisionCore[];
  lastValid?: PlanVersion;
  sawInvalid: boolean;
}

/** Lineages described by earlier builds, by what they are made of (see `signLineage`). */
export type HistoryCache = Map<string, LineageResult>;

/** An empty cache, to pass to every `buildHistory` call of a watch session. */
export function createHistoryCache(): HistoryCache {
  return new Map();
}

/**
 * Describes the lineages, given by their events (undefined for a plan without
 * one), taking those unchanged since an earlier build from the cache, which
 * then holds this build's lineages only.
 */
export async function describeLineages(
  repository: GitRepository,
  lineages: readonly (readonly VersionEvent[] | undefined)[],
  { today, words, cache }: { today: string; words: Words; cache: HistoryCache },
): Promise<(LineageResult | undefined)[]> {
  // Descriptions are sentences in one language: another language is another entry.
  const signs = lineages.map((events) => events && `${words.lang}\n${signLineage(repository.prefix, events)}`);
  const results = signs.map((sign) => (sign === undefined ? undefined : cache.get(sign)));
  // The versions each lineage left to describe needs, and the last lineage to need each (lineages are described in order).
  const needs = lineages.map((events, i) => (results[i] ? [] : [...new Set(events?.flatMap((e) => e.oid ?? []))]));
  const lastUse = new Map<string, number>();
  needs.forEach((oids, i) => oids.forEach((oid) => lastUse.set(oid, i)));
  const oids = [...lastUse.keys()];
  await prefetchMissingBlobs(repository, oids);

  const held = new Map<string, Uint8Array | undefined>();
  let next = 0;
  // Describes every lineage, in order, whose versions have all arrived (or all that are left, at the end).
  const describeReady = (atEnd: boolean) => {
    for (; next < lineages.length; next++) {
      const events = lineages[next];
      if (!events || results[next]) continue;
      if (!atEnd && !needs[next]!.every((oid) => held.has(oid))) return;
      results[next] = describeLineage(events, held, repository.prefix, today, words);
      for (const oid of needs[next]!) if (lastUse.get(oid) === next) held.delete(oid);
    }
  };
  for await (const blob of readBlobs(repository.top, oids)) {
    held.set(blob.oid, blob.bytes);
    describeReady(false);
  }
  describeReady(true);
  // Keep only what this build used, so a long watch session does not grow without end.
  cache.clear();
  for (const [i, sign] of signs.entries()) if (sign !== undefined) cache.set(sign, results[i]!);
  return results;
}

/** Everything a lineage's description depends on: its file versions, paths and events. */
function signLineage(prefix: string, events: readonly VersionEvent[]): string {
  return `${prefix}\n${events.map((e) => `${e.event} ${e.oid ?? '-'} ${e.path}\t${e.previousPath ?? ''}`).join('\n')}`;
}

/** A file version after validation: the plan, or the first problem that kept it from being one. */
type CheckedVersion = { ok: true; version: PlanVersion; progress: Progress } | { ok: false; problem: string };

/** Describes every version of a lineage; `blobs` holds their bytes by blob id, `prefix` is the plans folder in the repository. */
function describeLineage(events: readonly VersionEvent[], blobs: ReadonlyMap<string, Uint8Array | undefined>, prefix: string, today: string, w: Words): LineageResult {
  const checked = new Map<string, CheckedVersion | undefined>(); // a version seen twice (a revert) is validated once
  const lineage: LineageResult = { revisions: [], sawInvalid: false };
  for (const event of events) {
    const oid = event.oid;
    if (oid && !checked.has(oid)) checked.set(oid, checkVersion(blobs.get(oid), prefix + event.path, event.path, today));
    const version = oid ? checked.get(oid) : undefined;
    lineage.revisions.push(describeVersion(w, event, version, lineage));
    if (version?.ok) lineage.lastValid = version.version;
    else if (event.event !== 'removed') lineage.sawInvalid = true;
  }
  return lineage;
}

/** Validates one version's bytes with the loader; undefined bytes mean git could not give them. */
function checkVersion(bytes: Uint8Array | undefined, gitPath: string, relativePath: string, today: string): CheckedVersion | undefined {
  if (!bytes) return undefined;
  // The absolute path is only used for display by the loader; history has no file on disk.
  const result = loadPlan(bytes, { file: gitPath, absolutePath: gitPath, relativePath }, today);
  if (!result.ok) return { ok: false, problem: result.problems[0] ? formatProblem(result.problems[0]) : 'not a valid plan' };
  return { ok: true, version: { plan: result.plan.plan, body: result.plan.body }, progress: result.plan.facts.progress };
}

/** What each event says of the file, before what changed in the plan. */
const FILE_EVENTS: Partial<Record<RevisionEvent, WordKey>> = {
  renamed: 'history.fileRenamed',
  restored: 'history.fileAddedBack',
  removed: 'history.fileRemoved',
  'cut-short': 'history.fileCutShort',
};

/** One revision in words: what happened to the file, then what changed in the plan since `before`, its lineage so far. */
export function describeVersion(w: Words, event: VersionEvent, version: CheckedVersion | undefined, before: LineageResult): RevisionCore {
  const changes: Change[] = [];
  const revision: RevisionCore = { event: event.event, path: event.path, valid: true, changes };
  if (event.previousPath) revision.previousPath = event.previousPath;
  const file = (key: WordKey) => changes.push({ kind: 'file', text: w.t(key, { from: event.previousPath ?? '', to: event.path }) });
  const said = FILE_EVENTS[event.event];
  if (said) file(said);
  if (event.event === 'removed') return revision;
  if (!version?.ok) {
    revision.valid = false;
    revision.problem = version?.problem ?? w.t('history.unreadable');
    if (event.event === 'added') file('history.fileAdded');
    changes.push({ kind: 'invalid', text: w.t('history.invalid', { problem: revision.problem }) });
    return revision;
  }
  revision.progress = version.progress;
  revision.owner = version.version.plan.owner;
  revision.skillLevels = Object.fromEntries((version.version.plan.skills ?? []).flatMap((s) => (s.level === undefined ? [] : [[s.name, s.level]])));
  if (before.revisions.at(-1)?.valid === false && before.lastValid) file('history.validAgain');
  if (before.lastValid) changes.push(...describeChanges(w, before.lastValid, version.version));
  else if (event.event !== 'cut-short') changes.push(describeNewPlan(w, version.version, before.sawInvalid ? 'first-valid' : 'added'));
  return revision;
}
