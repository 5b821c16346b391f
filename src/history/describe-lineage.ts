// One plan file's versions, oldest first, validated by the one loader and each
// compared with the last valid version before it.
import { formatProblem } from '../errors/problem.js';
import { loadPlan } from '../load/load-plan.js';
import type { Progress } from '../load/types.js';
import type { Words } from '../words/words.js';
import { describeChanges, describeNewPlan, type PlanVersion } from './describe-changes.js';
import type { Change, Revision, RevisionEvent } from './types.js';

/** What happened to the file in one revision, and which version it left. */
export interface VersionEvent {
  event: RevisionEvent;
  /** Below the plans folder. */
  path: string;
  previousPath?: string;
  /** The blob of the version; absent when the file was removed. */
  oid?: string;
}

/** A lineage to describe, with what is needed to name its files. */
export interface LineageJob {
  events: VersionEvent[];
  /** The plans folder relative to the repository top (`plans/`), for problem lines. */
  prefix: string;
  /** Send back the last valid version, to compare uncommitted edits with. */
  wantLastValid: boolean;
}

/** The part of a revision that does not come from its commit. */
export type RevisionCore = Omit<Revision, 'hash' | 'shortHash' | 'date' | 'author' | 'subject' | 'url' | 'uncommitted'>;

/** A lineage described: one core per event, oldest first. */
export interface LineageResult {
  revisions: RevisionCore[];
  lastValid?: PlanVersion;
  sawInvalid: boolean;
}

/** A file version after validation: the plan, or the first problem that kept it from being one. */
export type CheckedVersion = { ok: true; version: PlanVersion; progress: Progress } | { ok: false; problem: string };

/** Validates one version's bytes with the loader; undefined bytes mean git could not give them. */
export function checkVersion(
  bytes: Uint8Array | undefined,
  gitPath: string,
  relativePath: string,
  today: string,
): CheckedVersion | undefined {
  if (!bytes) return undefined;
  // The absolute path is only used for display by the loader; history has no file on disk.
  const result = loadPlan(bytes, { file: gitPath, absolutePath: gitPath, relativePath }, today);
  if (!result.ok) return { ok: false, problem: result.problems[0] ? formatProblem(result.problems[0]) : 'not a valid plan' };
  return { ok: true, version: { plan: result.plan.plan, body: result.plan.body }, progress: result.plan.facts.progress };
}

/** Describes every version of a lineage; `blobs` holds the bytes of its versions by blob id. */
export function describeLineage(job: LineageJob, blobs: ReadonlyMap<string, Uint8Array | undefined>, today: string, w: Words): LineageResult {
  const checked = new Map<string, CheckedVersion | undefined>(); // a version seen twice (a revert) is validated once
  const revisions: RevisionCore[] = [];
  let lastValid: PlanVersion | undefined;
  let sawInvalid = false;
  for (const event of job.events) {
    let version: CheckedVersion | undefined;
    if (event.oid) {
      if (!checked.has(event.oid)) checked.set(event.oid, checkVersion(blobs.get(event.oid), job.prefix + event.path, event.path, today));
      version = checked.get(event.oid);
    }
    revisions.push(describeVersion(w, event, version, lastValid, sawInvalid, revisions.at(-1)));
    if (version?.ok) lastValid = version.version;
    else if (event.event !== 'removed') sawInvalid = true;
  }
  return { revisions, sawInvalid, ...(job.wantLastValid && lastValid ? { lastValid } : {}) };
}

/** One revision in words: what happened to the file, then what changed in the plan since the last valid version. */
export function describeVersion(
  w: Words,
  event: VersionEvent,
  version: CheckedVersion | undefined,
  lastValid: PlanVersion | undefined,
  sawInvalid: boolean,
  previous: RevisionCore | undefined,
): RevisionCore {
  const changes: Change[] = [];
  const revision: RevisionCore = { event: event.event, path: event.path, valid: true, changes };
  if (event.previousPath) revision.previousPath = event.previousPath;
  const file = (text: string) => changes.push({ kind: 'file', text });
  if (event.event === 'renamed') file(w.t('history.fileRenamed', { from: event.previousPath ?? '', to: event.path }));
  if (event.event === 'restored') file(w.t('history.fileAddedBack'));
  if (event.event === 'removed') {
    file(w.t('history.fileRemoved'));
    return revision;
  }
  if (event.event === 'cut-short') file(w.t('history.fileCutShort'));
  if (!version?.ok) {
    revision.valid = false;
    revision.problem = version?.problem ?? w.t('history.unreadable');
    if (event.event === 'added') file(w.t('history.fileAdded'));
    changes.push({ kind: 'invalid', text: w.t('history.invalid', { problem: revision.problem }) });
    return revision;
  }
  revision.progress = version.progress;
  if (previous && !previous.valid && lastValid) file(w.t('history.validAgain'));
  if (lastValid) changes.push(...describeChanges(w, lastValid, version.version));
  else if (event.event !== 'cut-short') changes.push(describeNewPlan(w, version.version, sawInvalid ? 'first-valid' : 'added'));
  return revision;
}
