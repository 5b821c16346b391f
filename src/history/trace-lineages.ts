// Follows each plan file through the commits, oldest first, so its history
// continues across renames and across a delete followed by an add at the
// same path (the same page, so the same story, with the gap told).
import type { Commit } from './read-git-history.js';
import type { RevisionEvent } from './types.js';

/** One commit's effect on one plan's file. */
export interface LineageEvent {
  commit: Commit;
  event: RevisionEvent;
  /** Below the plans folder, after the commit. */
  path: string;
  previousPath?: string;
  /** The blob of the version after the commit; absent when the file was removed. */
  oid?: string;
}

/** The story of one plan file across paths: its events, oldest first. */
export type Lineage = LineageEvent[];

/** Whether the last event of a lineage removed its file. */
export const isRemoved = (lineage: Lineage) => lineage.at(-1)?.event === 'removed';

/** Keys paths the same way however the file system spelt their accents. */
export const pathKey = (path: string) => path.normalize('NFC');

/**
 * Plays the commits forward and returns, for every path a plan file has or
 * last had, its lineage. The commit at a shallow clone's cut, the oldest,
 * shows every file as new; those are `cut-short` events, as the file is older.
 */
export function traceLineages(newestFirst: readonly Commit[], shallowCommits: ReadonlySet<string>): Map<string, Lineage> {
  const byPath = new Map<string, Lineage>();
  for (let c = newestFirst.length - 1; c >= 0; c--) {
    const commit = newestFirst[c]!;
    const cut = shallowCommits.has(commit.hash);
    // Renames leave their old path first, so "a→b, b→a" swaps and "a→b, new a" both work.
    const moving = new Map<string, Lineage | undefined>();
    for (const change of commit.changes) {
      if (change.kind !== 'renamed') continue;
      const key = pathKey(change.previousPath!);
      moving.set(key, byPath.get(key));
      byPath.delete(key);
    }
    for (const change of commit.changes) {
      const key = pathKey(change.path);
      const record = (lineage: Lineage, event: RevisionEvent, previousPath?: string) => {
        lineage.push({ commit, event, path: change.path, previousPath, oid: change.oid });
        byPath.set(key, lineage);
      };
      const current = byPath.get(key);
      if (change.kind === 'deleted') {
        if (current && !isRemoved(current)) record(current, 'removed');
      } else if (change.kind === 'renamed') {
        const lineage = moving.get(pathKey(change.previousPath!));
        if (lineage && !isRemoved(lineage)) record(lineage, 'renamed', change.previousPath);
        else record([], cut ? 'cut-short' : 'added');
      } else if (current) {
        // A new version at a path with a story: the story goes on, across a removal.
        record(current, isRemoved(current) ? 'restored' : 'changed');
      } else {
        record([], cut ? 'cut-short' : 'added');
      }
    }
  }
  return byPath;
}
