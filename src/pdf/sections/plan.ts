// A plan's sections in the order of its page on the site.
import type { Block } from '../layout/blocks.js';
import { makeAdjustments } from './adjustments.js';
import { makeBarriers } from './barriers.js';
import { makeEducation } from './education.js';
import { makeGoals } from './goals.js';
import { makeHead } from './head.js';
import { makeNotes } from './notes.js';
import { makeOpportunities } from './opportunities.js';
import type { PlanInput } from './parts.js';
import { makeSkills } from './skills.js';
import { makeStrengths } from './strengths.js';
import { makeVision } from './vision.js';

const SECTIONS = [makeHead, makeVision, makeStrengths, makeSkills, makeEducation, makeBarriers, makeGoals, makeOpportunities, makeAdjustments, makeNotes];

/** Every block of a plan's PDF, section by section. */
export function makePlanBlocks(input: PlanInput): Block[] {
  return SECTIONS.flatMap((make) => make(input));
}

export type { PlanInput };
