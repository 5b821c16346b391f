// Goals and their steps, compared as plan parts: a goal is the same goal when
// its id is, a step the same step when its action is (or, reworded, when it
// sits at the same place), so a moved deadline reads as moved, not as a
// goal removed and another added.
import type { Goal, Measure } from '../schema/goal.js';
import type { Step } from '../schema/step.js';
import { formatNumber } from '../format/format-values.js';
import { describeMove, diffLists, formatDate, formatWord, plural, quote } from './describe-wording.js';
import type { Change } from './types.js';

/** How two lists' items pair up: each newer item's older self (absent when added), and the older items left over. */
export interface Matched<T> {
  partnerOf: Map<T, T>;
  removed: T[];
}

/**
 * Pairs items of two lists: first by each of `keys` in turn, then what is
 * left by position when `samePlace` agrees. Plain loops: the lists are short,
 * and this runs for every goal of every revision.
 */
export function matchItems<T>(
  before: readonly T[],
  after: readonly T[],
  keys: readonly ((item: T) => string | undefined)[],
  samePlace?: (a: T, b: T) => boolean,
): Matched<T> {
  const partnerOf = new Map<T, T>();
  const taken: boolean[] = new Array<boolean>(before.length).fill(false);
  for (const key of keys) {
    const beforeKeys = before.map((item, i) => (taken[i] ? undefined : key(item)));
    for (const item of after) {
      if (partnerOf.has(item)) continue;
      const k = key(item);
      if (k === undefined) continue;
      const i = beforeKeys.indexOf(k);
      if (i < 0) continue;
      partnerOf.set(item, before[i]!);
      taken[i] = true;
      beforeKeys[i] = undefined;
    }
  }
  if (samePlace) {
    for (let j = 0; j < after.length && j < before.length; j++) {
      const item = after[j]!;
      if (partnerOf.has(item) || taken[j] || !samePlace(before[j]!, item)) continue;
      partnerOf.set(item, before[j]!);
      taken[j] = true;
    }
  }
  return { partnerOf, removed: before.filter((_, i) => !taken[i]) };
}

const byId = (goal: Goal) => goal.id;
const byTitle = (goal: Goal) => goal.title;
const byAction = (step: Step) => step.action;
const always = () => true;
const sharesStep = (a: Goal, b: Goal) => a.steps.some((s) => b.steps.some((t) => t.action === s.action));
/** An unmatched goal at the same place is the same goal renamed when enough else stayed. */
const sameGoalPlace = (a: Goal, b: Goal) => a.due === b.due || a.outcome === b.outcome || sharesStep(a, b);

/** Every change to the goals of a plan, in the newer plan's goal order; goals removed last. */
export function describeGoalChanges(before: readonly Goal[], after: readonly Goal[]): Change[] {
  const { partnerOf, removed } = matchItems(before, after, [byId, byTitle], sameGoalPlace);
  const changes: Change[] = [];
  for (const goal of after) {
    const was = partnerOf.get(goal);
    if (was) {
      if (!isSameGoal(was, goal)) changes.push(...describeGoal(was, goal));
    }
    else changes.push({ kind: 'goal-added', goalId: goal.id, text: `Goal added: ${quote(goal.title)}, due ${formatDate(goal.due)}, with ${plural(goal.steps.length, 'step')}` });
  }
  for (const goal of removed) changes.push({ kind: 'goal-removed', goalId: goal.id, text: `Goal removed: ${quote(goal.title)}` });
  return changes;
}

function describeGoal(before: Goal, after: Goal): Change[] {
  const changes: Change[] = [];
  const add = (kind: Change['kind'], text: string) => changes.push({ kind, text, goalId: after.id });
  let quoted: string | undefined; // quoting is only worth doing when something changed
  const name = () => (quoted ??= quote(after.title));
  if (before.title !== after.title) add('goal-renamed', `Goal renamed from ${quote(before.title)} to ${name()}`);
  if (before.status !== after.status) {
    if (after.status === 'dropped') add('goal-dropped', `Goal dropped: ${name()}`);
    else if (after.status === 'done') add('goal-done', `Goal done: ${name()}`);
    else add('goal-status', `${name()}: status changed from ${formatWord(before.status)} to ${formatWord(after.status)}`);
  }
  if (before.due !== after.due) add('goal-due', `${name()}: ${describeMove('due', before.due, after.due, 'due')}`);
  if (before.start !== after.start) {
    if (!before.start) add('goal-start', `${name()}: start set to ${formatDate(after.start)}`);
    else if (!after.start) add('goal-start', `${name()}: start removed (was ${formatDate(before.start)})`);
    else add('goal-start', `${name()}: ${describeMove('start', before.start, after.start, 'start')}`);
  }
  if (before.outcome !== after.outcome) add('goal', `${name()}: outcome changed to ${quote(after.outcome)}`);
  if (before.kind !== after.kind) add('goal', `${name()}: now a ${after.kind} goal (was ${before.kind})`);
  const measure = describeMeasure(before.measure, after.measure);
  if (measure) add('goal', `${name()}: ${measure}`);
  const skills = diffLists(before.skills, after.skills);
  for (const skill of skills.added) add('goal', `${name()}: now develops ${skill}`);
  for (const skill of skills.removed) add('goal', `${name()}: no longer develops ${skill}`);
  for (const change of describeStepChanges(after, before.steps, after.steps)) changes.push({ ...change, goalId: after.id });
  return changes;
}

/** "2 of 5 talks", or "target 5 talks" when nothing is counted yet. */
function formatMeasure(measure: Measure): string {
  const unit = measure.unit ? ` ${measure.unit}` : '';
  const target = formatNumber(measure.target);
  return measure.current === undefined ? `target ${target}${unit}` : `${formatNumber(measure.current)} of ${target}${unit}`;
}

function describeMeasure(before: Measure | undefined, after: Measure | undefined): string | undefined {
  if (!before && !after) return undefined;
  if (!before) return `measure set to ${formatMeasure(after!)}`;
  if (!after) return `measure removed (was ${formatMeasure(before)})`;
  const [was, now] = [formatMeasure(before), formatMeasure(after)];
  if (was !== now) return `measure now ${now} (was ${was})`;
  return before.baseline !== after.baseline ? `measure baseline changed to ${formatNumber(after.baseline ?? 0)}` : undefined;
}

function describeStepChanges(goal: Goal, before: readonly Step[], after: readonly Step[]): Change[] {
  if (before.length === after.length && before.every((step, i) => isSameStep(step, after[i]!))) return [];
  const { partnerOf, removed } = matchItems(before, after, [byAction], always);
  const changes: Change[] = [];
  for (const step of after) {
    const was = partnerOf.get(step);
    if (was) {
      if (!isSameStep(was, step)) changes.push(...describeStep(was, step));
      continue;
    }
    const due = step.due ? `, due ${formatDate(step.due)}` : '';
    changes.push({ kind: 'step-added', text: `Step added to ${quote(goal.title)}: ${step.action}${due}` });
    // Its due date and resources are in the sentence above; being done already is news.
    changes.push(...describeStep({ action: step.action, due: step.due, resources: step.resources }, step));
  }
  for (const step of removed) changes.push({ kind: 'step-removed', text: `Step removed from ${quote(goal.title)}: ${step.action}` });
  return changes;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((item, i) => item === b![i]);

// Most goals do not change between two versions; this check keeps them cheap.
function isSameGoal(a: Goal, b: Goal): boolean {
  return (
    a.title === b.title &&
    a.status === b.status &&
    a.due === b.due &&
    a.start === b.start &&
    a.outcome === b.outcome &&
    a.kind === b.kind &&
    a.measure?.current === b.measure?.current &&
    a.measure?.target === b.measure?.target &&
    a.measure?.baseline === b.measure?.baseline &&
    a.measure?.unit === b.measure?.unit &&
    sameList(a.skills, b.skills) &&
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => isSameStep(step, b.steps[i]!))
  );
}

// Most steps do not change between two versions; this check keeps them cheap.
function isSameStep(a: Step, b: Step): boolean {
  return (
    a.action === b.action &&
    a.due === b.due &&
    a.done === b.done &&
    a.evaluation?.worth === b.evaluation?.worth &&
    a.evaluation?.note === b.evaluation?.note &&
    sameList(a.resources, b.resources)
  );
}

function describeStep(before: Step, after: Step): Change[] {
  const changes: Change[] = [];
  const name = quote(after.action);
  if (before.action !== after.action) changes.push({ kind: 'step', text: `Step reworded from ${quote(before.action)} to ${name}` });
  if (before.done !== after.done) {
    if (!before.done) changes.push({ kind: 'step-done', text: `Step done: ${after.action} on ${formatDate(after.done)}` });
    else if (!after.done) changes.push({ kind: 'step', text: `Step no longer done: ${after.action}` });
    else changes.push({ kind: 'step', text: `${name}: done date changed from ${formatDate(before.done)} to ${formatDate(after.done)}` });
  }
  if (before.due !== after.due) {
    if (!before.due) changes.push({ kind: 'step', text: `${name}: due date set to ${formatDate(after.due)}` });
    else if (!after.due) changes.push({ kind: 'step', text: `${name}: due date removed (was ${formatDate(before.due)})` });
    else changes.push({ kind: 'step', text: `${name}: ${describeMove('due', before.due, after.due, 'due')}` });
  }
  const resources = diffLists(before.resources, after.resources);
  for (const resource of resources.added) changes.push({ kind: 'step', text: `${name}: needs ${resource}` });
  for (const resource of resources.removed) changes.push({ kind: 'step', text: `${name}: no longer needs ${resource}` });
  const evaluation = describeEvaluation(before, after);
  if (evaluation) changes.push({ kind: 'evaluation', text: evaluation });
  return changes;
}

const WORTH = { yes: 'worth it', partly: 'partly worth it', no: 'not worth it' } as const;

function describeEvaluation(before: Step, after: Step): string | undefined {
  const [was, now] = [before.evaluation, after.evaluation];
  if (!was && !now) return undefined;
  const name = quote(after.action);
  if (!now) return `Evaluation of ${name} removed`;
  const verdict = `${WORTH[now.worth]}${now.note ? `, ${quote(now.note)}` : ''}`;
  if (!was) return `Evaluation written for ${name}: ${verdict}`;
  if (was.worth === now.worth && was.note === now.note) return undefined;
  return `Evaluation of ${name} changed: ${verdict}${was.worth !== now.worth ? ` (was ${WORTH[was.worth]})` : ''}`;
}
