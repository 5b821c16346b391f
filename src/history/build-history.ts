// Every plan's history from git: one `git log`, one `git cat-file --batch`,
// each distinct file version validated once by the one loader, each compared
// with the last valid one before it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedPlan } from '../load/types.js';
import { makeWords, type Words } from '../words/words.js';
import { makeCommitUrl } from './commit-url.js';
import { createHistoryCache, describeLineages, describeVersion, type HistoryCache } from './describe-lineages.js';
import { isRemoved, pathKey, readGitHistory, type Commit, type Lineage } from './read-git-history.js';
import type { PlanHistory, Revision } from './types.js';

export { createHistoryCache } from './describe-lineages.js';

/** Where commit messages show on history pages. */
export type CommitSubjects = 'alone' | 'always' | 'never';

export interface HistoryOptions {
  /** The plans folder (absolute, or relative to the working folder). */
  plansDir: string;
  /** The plans to tell the history of, as loaded from the working tree. */
  plans: readonly LoadedPlan[];
  /** The day facts are computed against, and the date of uncommitted edits. */
  today: string;
  /** Add a "not yet committed" revision for plans edited since the last commit (dev mode). */
  includeWorkingTree?: boolean;
  /** The repository's URL, for links to commits; default Netlify's `REPOSITORY_URL`. */
  repositoryUrl?: string;
  /**
   * Where a commit's message shows: `alone` (default) only on the history of a
   * plan it changed alone, as one written for several plans may name other
   * people; `always`; or `never`.
   */
  commitSubjects?: CommitSubjects;
  /** The language of the history's sentences (default `en`). */
  language?: string;
  /** Lineages described by earlier calls, from `createHistoryCache()`: a plan whose versions are unchanged is not validated again. */
  cache?: HistoryCache;
}

/**
 * Builds the history of every plan given, keyed by its `relativePath`. Never
 * throws for git's sake: without git or a repository every plan gets an
 * `unavailable` history saying why.
 */
export async function buildHistory(options: HistoryOptions): Promise<Map<string, PlanHistory>> {
  const words = makeWords(options.language);
  const git = await readGitHistory(path.resolve(options.plansDir));
  if (!git.ok) {
    const note = words.t('history.unavailable', { reason: git.reason });
    return new Map<string, PlanHistory>(options.plans.map((plan) => [plan.relativePath, { status: 'unavailable', note, revisions: [] }]));
  }
  const lineages = options.plans.map((plan) => git.lineages.get(pathKey(plan.relativePath)));
  const cache = options.cache ?? createHistoryCache();
  const results = await describeLineages(git.repository, lineages, { today: options.today, words, cache });

  const shortHash = makeShortHash(git.commits);
  const repositoryUrl = options.repositoryUrl ?? process.env.REPOSITORY_URL;
  return new Map<string, PlanHistory>(options.plans.map((plan, i) => {
    const [lineage, result = { revisions: [], sawInvalid: false }] = [lineages[i], results[i]];
    const revisions: Revision[] = (lineage ?? []).map(({ commit }, e) => {
      const url = makeCommitUrl(repositoryUrl, commit.hash);
      const { hash, date, author } = commit;
      const subject = showSubject(commit, options.commitSubjects ?? 'alone', words);
      return { hash, shortHash: shortHash(hash), date, author, subject, ...(url ? { url } : {}), ...result.revisions[e]! };
    });
    if (options.includeWorkingTree && isEditedSinceCommit(plan, lineage)) {
      const event = { event: !lineage ? 'added' : isRemoved(lineage) ? 'restored' : 'changed', path: plan.relativePath } as const;
      const core = describeVersion(words, event, { ok: true, version: plan, progress: plan.facts.progress }, result);
      revisions.push({ hash: '', shortHash: '', date: options.today, author: '', subject: words.t('history.notCommitted'), uncommitted: true, ...core });
    }
    return [plan.relativePath, summarise(revisions.reverse(), words)];
  }));
}

/** A commit's message as a plan's history shows it; what it changed of other plans is not this plan's to tell. */
function showSubject(commit: Commit, policy: CommitSubjects, words: Words): string {
  const others = commit.changes.length - 1;
  if (policy === 'never') return words.t('history.subjectHidden');
  if (policy === 'always' || others <= 0) return commit.subject;
  return words.t('history.changedWithOthers', { count: others });
}

function summarise(revisions: Revision[], words: Words): PlanHistory {
  const oldest = revisions.at(-1);
  const history: PlanHistory = { status: 'ok', revisions };
  if (revisions[0]) history.lastChanged = revisions[0].date;
  if (oldest?.event === 'cut-short') {
    history.status = 'shallow';
    history.note = words.t('history.cutShort', { date: words.date(oldest.date), hash: oldest.shortHash });
  } else if (revisions.every((r) => r.uncommitted)) {
    history.note = words.t('history.uncommittedOnly');
  }
  return history;
}

/** Hash prefixes as short as possible, but at least 7 and never shared by two listed commits. */
function makeShortHash(commits: readonly Commit[]): (hash: string) => string {
  const sorted = commits.map((c) => c.hash).sort();
  let length = 7;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    let same = 0;
    while (same < a.length && a[same] === b[same]) same += 1;
    length = Math.max(length, same + 1);
  }
  return (hash) => hash.slice(0, length);
}

/**
 * Whether the working copy differs from the last committed version, by the
 * blob id git would give it: no git process, and no bytes kept from the
 * history. Line endings are compared LF-normalised, as git stores them with autocrlf.
 */
function isEditedSinceCommit(plan: LoadedPlan, lineage: Lineage | undefined): boolean {
  const last = lineage?.at(-1);
  if (!last?.oid) return true;
  let bytes: Buffer;
  try {
    bytes = readFileSync(plan.absolutePath);
  } catch {
    return false;
  }
  const algorithm = last.oid.length === 64 ? 'sha256' : 'sha1';
  const hashBlob = (content: Buffer) => createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
  if (hashBlob(bytes) === last.oid) return false;
  return !bytes.includes(13) || hashBlob(Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')) !== last.oid;
}
