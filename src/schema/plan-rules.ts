import type * as z from 'zod';
import { checkDayOrMonth } from './calendar-date.js';
import { makeGoalId } from './goal.js';

// These rules also run on plans whose fields did not all validate, so they
// read the value as unknown data and skip whatever is not the right shape.
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Checks the rules that tie a plan's fields together, adding an issue for each one broken. */
export function checkPlanRules(plan: unknown, ctx: z.RefinementCtx): void {
  if (!isObject(plan)) return;
  const issue = (path: (string | number)[], rule: string, params: Record<string, unknown> = {}) =>
    ctx.addIssue({ code: 'custom', path, message: rule, params: { rule, ...params } });

  const skillNames = new Map<string, number>();
  items(plan.skills).forEach((skill, i) => {
    const name = isObject(skill) ? text(skill.name) : undefined;
    if (!name) return;
    const first = skillNames.get(name);
    if (first !== undefined) issue(['skills', i, 'name'], 'duplicate-skill', { name, first });
    else skillNames.set(name, i);
  });

  const goalIds = new Map<string, number>();
  items(plan.goals).forEach((goal, g) => {
    if (!isObject(goal)) return;
    const title = text(goal.title);
    const made = title ? makeGoalId(title) : undefined;
    const id = typeof goal.id === 'string' ? goal.id : made;
    if (id) {
      const first = goalIds.get(id);
      // The schema may already have made the id from the title; then the title is what to change.
      if (first !== undefined) {
        issue(['goals', g, id === made ? 'title' : 'id'], 'duplicate-goal', { id, first });
      } else goalIds.set(id, g);
    }
    const start = typeof goal.start === 'string' && !checkDayOrMonth(goal.start) ? goal.start : undefined;
    const due = typeof goal.due === 'string' && !checkDayOrMonth(goal.due) ? goal.due : undefined;
    if (start && due && due.padEnd(10, '-99') < start) issue(['goals', g, 'due'], 'due-before-start', { due, start });

    items(goal.skills).forEach((name, s) => {
      if (typeof name === 'string' && name.trim() && !skillNames.has(name.trim())) {
        issue(['goals', g, 'skills', s], 'unknown-skill', { name, known: [...skillNames.keys()] });
      }
    });
    items(goal.steps).forEach((step, s) => {
      if (isObject(step) && step.evaluation !== undefined && step.done === undefined) {
        issue(['goals', g, 'steps', s, 'evaluation'], 'evaluation-not-done');
      }
    });
  });
}
