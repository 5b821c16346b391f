import type { Plan } from '../schema/plan.js';
import type { Problem } from '../errors/problem.js';
import type { PlanFacts } from '../facts/types.js';

export type { Progress } from '../facts/types.js';

/** A plan file that validated, with where it came from and its derived facts. */
export interface LoadedPlan {
  /** Path as shown to people, relative to the working folder (`plans/ana/2026.md`). */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path below the plans folder, with `/` separators (`ana/2026.md`). */
  relativePath: string;
  /** Page slug from the path (`ana/2026`). */
  slug: string;
  /** Site-relative URL of the plan page (`/plans/ana/2026/`). */
  url: string;
  /** The validated front matter. */
  plan: Plan;
  /** The Markdown body after the front matter. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  facts: PlanFacts;
}

/** What loading a plans folder gives: the valid plans and every problem found. */
export interface Portfolio {
  /** Valid plans, sorted by path; drafts included only when asked for. */
  plans: LoadedPlan[];
  /** Every problem in every file, in file then line order. */
  problems: Problem[];
  /** Things worth telling that are not errors (ignored files). */
  notes: string[];
  /** The day facts were computed against. */
  today: string;
}
