// The history of the plans folder from ONE `git log`: every commit that
// touched it, with the plan files it added, changed, renamed or removed and
// the blob id of each version (read in one batch later), and each plan file
// followed through them across renames and across a delete followed by an add
// at the same path (the same page, so the same story, with the gap told).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstLine, runGit } from './run-git.js';
import type { RevisionEvent } from './types.js';

/** Where the plans folder sits in its repository, and what kind of clone it is. */
export interface GitRepository {
  /** The working tree's top folder. */
  top: string;
  /** The plans folder relative to `top`, `/`-separated, ending in `/` (empty at the top). */
  prefix: string;
  /** Commits whose parents were not cloned (a shallow clone's cut); empty when complete. */
  shallowCommits: Set<string>;
  /** A partial (e.g. blobless) clone, whose old file versions may have to be fetched. */
  partial: boolean;
}

/** One plan file a commit touched, with paths below the plans folder. */
interface FileChange {
  /** `changed`: the file at `path` is now version `oid`, new or not. */
  kind: 'changed' | 'renamed' | 'deleted';
  /** The path after the commit (for `deleted`, the path removed). */
  path: string;
  /** The path before, for `renamed`. */
  previousPath?: string;
  /** The blob of the new version; absent for `deleted`. */
  oid?: string;
}

/** A commit on the first-parent line that touched the plans folder. */
export interface Commit {
  hash: string;
  author: string;
  /** The author's calendar day, in the author's own offset (`YYYY-MM-DD`). */
  date: string;
  subject: string;
  changes: FileChange[];
}

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

/** The history of the plans folder, with the lineage of every path a plan file has or last had, or why there is none. */
type GitHistory =
  | { ok: true; repository: GitRepository; commits: Commit[]; lineages: Map<string, Lineage> }
  | { ok: false; reason: string };

/** Finds the repository around the plans folder and what kind of clone it is, with one `git rev-parse`. */
async function findRepository(plansDir: string): Promise<GitRepository | { reason: string }> {
  if (!statSync(plansDir, { throwIfNoEntry: false })?.isDirectory()) return { reason: `${plansDir} is not a folder` };
  const result = await runGit(
    ['rev-parse', '--show-toplevel', '--show-prefix', '--git-path', 'shallow', '--git-path', 'objects'],
    plansDir,
  );
  if (result.startError) return { reason: result.startError.code === 'ENOENT' ? 'git is not installed' : String(result.startError.message) };
  if (result.code !== 0) return { reason: firstLine(result.stderr) || `git rev-parse failed (exit code ${result.code})` };
  const [top = '', prefix = '', shallowFile = '', objectsDir = ''] = result.stdout.toString('utf8').split('\n');
  if (!top) return { reason: 'the plans folder is not in a git working tree' };
  return {
    top,
    prefix,
    shallowCommits: readShallowCommits(path.resolve(plansDir, shallowFile)),
    partial: hasPromisorPacks(path.resolve(plansDir, objectsDir)),
  };
}

// Only a shallow clone has this file.
function readShallowCommits(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

// Partial clones keep `.promisor` files beside the packs they fetched; checking
// for them costs no process.
function hasPromisorPacks(objectsDir: string): boolean {
  try {
    return readdirSync(path.join(objectsDir, 'pack')).some((name) => name.endsWith('.promisor'));
  } catch {
    return false;
  }
}

// With -z every path comes through unquoted and NUL-ended. \x1e starts a
// commit and \x1f separates its fields; the subject comes last, so even a
// subject holding those characters is read whole.
const FORMAT = '--format=%x1e%H%x1f%aN%x1f%as%x1f%s';

// A person's git settings must not change what the log says: following one
// file, hiding the root commit's files, signatures mixed into the output.
const LOG_SETTINGS = ['-c', 'log.follow=false', '-c', 'log.showRoot=true', '-c', 'log.showSignature=false', '-c', 'core.quotePath=false'];

/**
 * Reads every commit that touched the plans folder, newest first, in one
 * process. `--first-parent -m` walks the main line only and shows a merge as
 * one revision against its first parent: each revision then follows the one
 * before it, so comparing neighbours is always right, where the full graph
 * would compare side-branch commits with unrelated main-line ones. `--raw`
 * is `--name-status` plus the blob ids.
 */
export async function readGitHistory(plansDir: string): Promise<GitHistory> {
  const repository = await findRepository(plansDir);
  if ('reason' in repository) return { ok: false, reason: repository.reason };
  const pathspec = repository.prefix ? `:(literal)${repository.prefix}` : '.';
  const result = await runGit([...LOG_SETTINGS, 'log', '--first-parent', '-m', '--raw', '--no-abbrev', '-M', '-z', '--no-color',
    '--encoding=UTF-8', FORMAT, 'HEAD', '--', pathspec], repository.top);
  if (result.startError) return { ok: false, reason: String(result.startError.message) };
  // A repository without a commit yet has no history (and no output), which is not an error.
  const noCommits = /does not have any commits|unknown revision|bad revision 'HEAD'|ambiguous argument 'HEAD'/.test(result.stderr);
  if (result.code !== 0 && !noCommits) return { ok: false, reason: firstLine(result.stderr) || `git log failed (exit code ${result.code})` };
  const commits = parseGitLog(result.stdout.toString('utf8'), repository.prefix);
  return { ok: true, repository, commits, lineages: traceLineages(commits, repository.shallowCommits) };
}

/** Parses `git log -z --raw` output made with FORMAT. */
export function parseGitLog(output: string, prefix: string): Commit[] {
  const tokens = output.split('\0');
  const commits: Commit[] = [];
  let commit: Commit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n+/, '');
    if (token.startsWith('\x1e')) {
      const [hash = '', author = '', date = '', ...subject] = token.slice(1).split('\x1f');
      commit = { hash, author, date, subject: subject.join('\x1f'), changes: [] };
      commits.push(commit);
    } else if (token.startsWith(':') && commit) {
      const [oldMode = '', newMode = '', , oid = '', status = ''] = token.slice(1).split(' ');
      const before = tokens[++i] ?? '';
      const after = status.startsWith('R') || status.startsWith('C') ? (tokens[++i] ?? '') : before;
      // Only Markdown regular files count: a `.txt` renamed to `.md` is a plan added, a plan turned into a symlink is a plan removed.
      const wasPlan = !status.startsWith('A') && isPlanFile(oldMode, before, prefix);
      const isPlan = !status.startsWith('D') && isPlanFile(newMode, after, prefix);
      const [path, previousPath] = [after.slice(prefix.length), before.slice(prefix.length)];
      if (!isPlan) {
        if (wasPlan) commit.changes.push({ kind: 'deleted', path: previousPath });
      } else if (wasPlan && status.startsWith('R')) {
        commit.changes.push({ kind: 'renamed', path, previousPath, oid });
      } else {
        // Added, changed, or copied: a copy is a new plan, and the file it was copied from keeps its own history.
        commit.changes.push({ kind: 'changed', path, oid });
      }
    }
  }
  return commits;
}

const isPlanFile = (mode: string, gitPath: string, prefix: string) =>
  (mode === '100644' || mode === '100755') && gitPath.startsWith(prefix) && /\.md$/i.test(gitPath);

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
