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

/** The story of one plan file across paths, oldest event first. */
export interface Lineage {
  events: LineageEvent[];
  /** The last event removed the file. */
  removed: boolean;
}

/** Keys paths the same way however the file system spelt their accents. */
export const pathKey = (path: string) => path.normalize('NFC');

/**
 * Plays the commits forward and returns, for every path a plan file has or
 * last had, its lineage. Commits at a shallow clone's cut show every file as
 * added; those become `cut-short` events, since the file is older than that.
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
        lineage.events.push({ commit, event, path: change.path, previousPath, oid: change.oid });
        lineage.removed = event === 'removed';
        byPath.set(key, lineage);
      };
      const start = (event: RevisionEvent) => record({ events: [], removed: false }, event);
      const current = byPath.get(key);
      switch (change.kind) {
        case 'deleted':
          if (current && !current.removed) record(current, 'removed');
          break;
        case 'renamed': {
          const lineage = moving.get(pathKey(change.previousPath!));
          if (lineage && !lineage.removed) record(lineage, 'renamed', change.previousPath);
          else start(cut ? 'cut-short' : 'added');
          break;
        }
        case 'added':
          if (cut) start('cut-short');
          else if (current?.removed) record(current, 'restored');
          else if (current) record(current, 'changed');
          else start('added');
          break;
        case 'modified':
          if (current && !current.removed) record(current, 'changed');
          else if (current) record(current, 'restored');
          else start(cut ? 'cut-short' : 'added');
          break;
      }
    }
  }
  return byPath;
}
