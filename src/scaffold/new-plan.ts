import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { addMonths } from '../dates/calendar.js';
import { PlanfolioError } from '../errors/errors.js';
import { loadPlan } from '../load/load-plan.js';
import { showPath } from '../load/plan-store.js';
import { slugify } from '../schema/slugify.js';

export interface NewPlanOptions {
  owner: string;
  /** The plan's title (default "Career plan"). */
  title?: string;
  /** `YYYY-MM-DD`: the plan's `created` date, and what its placeholder dates count from. */
  today: string;
  plansDir: string;
  /** The JSON Schema file the plan's first line points editors at. */
  schemaFile: string;
}

const DEFAULT_TITLE = 'Career plan';

/** A YAML scalar for a person's text: quoted only when YAML needs it (`:`, `#`, a leading `-`...). */
const scalar = (text: string) => stringify(text, { lineWidth: 0 }).trimEnd();

/**
 * The text of a new plan: every required field filled in with a placeholder
 * that validates, and comments saying what to write. It starts as a draft,
 * so it stays out of the published site until its owner sets it active.
 */
export function makeNewPlanText(options: Pick<NewPlanOptions, 'owner' | 'title' | 'today'> & { schemaRef: string }): string {
  const { today } = options;
  const title = options.title?.trim() || DEFAULT_TITLE;
  return `---
# yaml-language-server: $schema=${options.schemaRef}
title: ${scalar(title)}
owner: ${scalar(options.owner.trim())}
# role: Your current position
status: draft              # draft stays off the published site; set active when it is ready
created: ${today}
nextReview: ${addMonths(today, 3)}
# mentor: Who reviews this plan with you

vision:
  statement: Where you want to be, in one sentence.
  horizon: 5 years         # "N years", "N months", a date (YYYY-MM-DD or YYYY-MM), or "retirement"

# Lists are "- item" lines: in a one-line [a, b] list every comma starts a new item.
strengths:
  - A strength to build on
weaknesses:
  - Something to work on

skills:
  - name: A skill to grow
    kind: technical        # technical | people | leadership | domain | other
    level: 1               # where you are now, 0 to 5
    target: 3              # where you want to be, 0 to 5

goals:
  - title: A first goal
    outcome: How you will know it is reached
    due: ${addMonths(today, 12).slice(0, 7)}
    skills:
      - A skill to grow
    steps:
      - action: The first step towards it
        due: ${addMonths(today, 1)}
        resources:
          - What it needs, such as time, money or a mentor

# The review log: add one entry each time you review the plan, newest or oldest first.
# The latest one counts as the last review, and its "next" sets the next review.
reviews: []
#  - date: ${addMonths(today, 3)}
#    note: What moved, what is done, what is in the way.
#    decisions:
#      - What you decided
#    next: ${addMonths(today, 6)}
---

Notes for yourself: context, reflections, anything the fields above do not hold.
`;
}

/**
 * Writes a new plan below the plans folder at `<owner>/<year>-<title>.md`,
 * never over an existing file: a taken name gets `-2`, `-3`... Returns the
 * path written, as shown to people. The text goes through the loader first,
 * so a new plan is always a valid one.
 */
export function writeNewPlan(options: NewPlanOptions): string {
  const plansDir = path.resolve(options.plansDir);
  const folder = path.join(plansDir, slugify(options.owner.trim()) || 'person');
  const stem = `${options.today.slice(0, 4)}-${slugify(options.title?.trim() || DEFAULT_TITLE) || 'plan'}`;
  const schemaRef = path.relative(folder, path.resolve(options.schemaFile)).split(path.sep).join('/');
  const text = makeNewPlanText({ ...options, schemaRef });
  const first = path.join(folder, `${stem}.md`);
  const location = { file: showPath(first), absolutePath: first, relativePath: path.relative(plansDir, first).split(path.sep).join('/') };
  const checked = loadPlan(new TextEncoder().encode(text), location, options.today);
  if (!checked.ok) throw new PlanfolioError(`the new plan would not be valid:\n${checked.problems.map((p) => p.message).join('\n')}`);
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n < 1000; n++) {
    const file = n === 1 ? first : path.join(folder, `${stem}-${n}.md`);
    try {
      // `wx` fails when the file exists, even if it appeared a moment ago.
      writeFileSync(file, text, { flag: 'wx' });
      return showPath(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new PlanfolioError(`${showPath(folder)}: no free name for ${stem}.md; choose another --title`);
}
