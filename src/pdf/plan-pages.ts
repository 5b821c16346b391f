// A plan from sections to pages: what to draw (sections/), laid out on
// pages (layout/), with the running footers. Pure data: nothing is drawn
// here, so the pages can be counted before a document is made.
import type { LoadedPlan } from '../load/types.js';
import type { Words } from '../words/words.js';
import { detectCjkFamily } from './layout/font-runs.js';
import type { CjkFamily } from './layout/fonts.js';
import type { Block } from './layout/blocks.js';
import type { Page } from './layout/items.js';
import { addFooter, layOutPages, type Frame } from './layout/paginate.js';
import { makeAdjustments } from './sections/adjustments.js';
import { makeBarriers } from './sections/barriers.js';
import { makeEducation } from './sections/education.js';
import { makeGoals } from './sections/goals.js';
import { makeHead } from './sections/head.js';
import { makeNotes } from './sections/notes.js';
import { makeOpportunities } from './sections/opportunities.js';
import type { PlanInput } from './sections/parts.js';
import { makeSkills } from './sections/skills.js';
import { makeStrengths } from './sections/strengths.js';
import { makeVision } from './sections/vision.js';

/** What a plan PDF is made from: the loaded plan's data, its facts and body. */
export type PdfPlan = Pick<LoadedPlan, 'plan' | 'facts' | 'body'>;

/** Which CJK font a plan's Han characters are set in, told from all its text. */
export function detectPlanCjk(loaded: PdfPlan): CjkFamily {
  return detectCjkFamily(`${JSON.stringify(loaded.plan)}\n${loaded.body}`);
}

/** A plan's sections in the order of its page on the site. */
const SECTIONS = [makeHead, makeVision, makeStrengths, makeSkills, makeEducation, makeBarriers, makeGoals, makeOpportunities, makeAdjustments, makeNotes];

/** Every block of a plan's PDF, section by section. */
export function makePlanBlocks(input: PlanInput): Block[] {
  return SECTIONS.flatMap((make) => make(input));
}

/** A plan's pages, without footers. */
export function layOutPlan(loaded: PdfPlan, words: Words, frame: Frame): Page[] {
  const blocks = makePlanBlocks({ plan: loaded.plan, facts: loaded.facts, body: loaded.body, words });
  return layOutPages(blocks, frame, detectPlanCjk(loaded));
}

/** Numbers pages `first + 1` onwards of `total`, each with the footer's title. */
export function addFooters(pages: readonly Page[], frame: Frame, title: string, words: Words, first: number, total: number): void {
  const cjk = detectCjkFamily(title);
  pages.forEach((page, i) => addFooter(page, frame, title, words.t('pdf.page', { page: first + i + 1, pages: total }), cjk));
}

/** The footer title of a plan's own PDF. */
export function makePlanFooter(loaded: PdfPlan, words: Words): string {
  return words.t('pdf.footer', { title: loaded.plan.title, owner: loaded.plan.owner });
}
