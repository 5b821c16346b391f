import type { Progress } from '../load/types.js';

/** What a change is about, so a page can mark or group it; the words are in `text`. */
export type ChangeKind =
  | 'file' // added, renamed, removed, added back, cut short by a shallow clone
  | 'invalid' // this version did not validate
  | 'plan' // title, owner, role, mentor, created, tags, custom data
  | 'plan-status'
  | 'review'
  | 'vision'
  | 'horizon'
  | 'goal-added'
  | 'goal-removed'
  | 'goal-dropped'
  | 'goal-done'
  | 'goal-renamed'
  | 'goal-status'
  | 'goal-due'
  | 'goal-start'
  | 'goal'
  | 'step-added'
  | 'step-removed'
  | 'step-done'
  | 'step'
  | 'evaluation'
  | 'skill-added'
  | 'skill-removed'
  | 'skill-level'
  | 'skill'
  | 'opportunity-added'
  | 'opportunity-decided'
  | 'opportunity'
  | 'adjustment'
  | 'profile' // strengths, weaknesses, barriers, backup plan, education
  | 'notes'; // the Markdown body

/** One change between two versions of a plan, as a sentence a person reads. */
export interface Change {
  kind: ChangeKind;
  /** A full sentence without a final full stop: `“Earn a promotion”: due moved from ...`. */
  text: string;
  /** The goal it concerns, by id in the newer version (or the older, for a goal removed). */
  goalId?: string;
}

/** What happened to the file in a revision. */
export type RevisionEvent = 'added' | 'changed' | 'renamed' | 'removed' | 'restored' | 'cut-short';

/** One version of a plan: a commit that changed its file, or the uncommitted working copy. */
export interface Revision {
  /** Full commit hash; empty for the uncommitted version. */
  hash: string;
  /** The shortest prefix (at least 7) that tells the listed commits apart; empty when uncommitted. */
  shortHash: string;
  /** The author's calendar day (`YYYY-MM-DD`); today for the uncommitted version. */
  date: string;
  author: string;
  subject: string;
  /** The commit on the hosting site, when the repository's URL is known. */
  url?: string;
  /** Local edits not committed yet (dev builds only). */
  uncommitted?: boolean;
  event: RevisionEvent;
  /** The file below the plans folder in this revision. */
  path: string;
  /** The file's path before a rename. */
  previousPath?: string;
  /** False when this version of the file was not a valid plan. */
  valid: boolean;
  /** The first problem of an invalid version, as `plans/ana.md:12:5 goals[0].due: ...`. */
  problem?: string;
  /** What changed since the last valid version, in the plan's terms. */
  changes: Change[];
  /** Steps done out of all in this version; absent when it was invalid or removed. */
  progress?: Progress;
  /** The plan's owner in this version (their name gives the PDF's and person page's addresses); absent when it was invalid or removed. */
  owner?: string;
  /** Each skill's level in this version, by name (skills without a level left out); absent when it was invalid or removed. */
  skillLevels?: Record<string, number>;
}

/** Everything git says about one plan. */
export interface PlanHistory {
  /** Whether the history could be read, and whether it is complete. */
  status: 'ok' | 'unavailable' | 'shallow';
  /** Why history is unavailable or cut short, or that the plan is not committed yet. */
  note?: string;
  /** The day of the newest revision (`YYYY-MM-DD`). */
  lastChanged?: string;
  /** Newest first. */
  revisions: Revision[];
}
