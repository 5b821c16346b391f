// Goals and their steps, compared as plan parts: a goal is the same goal when
// its id is, a step the same step when its action is (or, reworded, when it
// sits at the same place), so a moved deadline reads as moved, not as a
// goal removed and another added.
import type { Goal, Measure } from '../schema/goal.js';
import type { Step } from '../schema/step.js';
import type { Words } from '../words/words.js';
import { describeMove, diffLists, formatWord, quote } from './describe-wording.js';
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
export function describeGoalChanges(w: Words, before: readonly Goal[], after: readonly Goal[]): Change[] {
  const { partnerOf, removed } = matchItems(before, after, [byId, byTitle], sameGoalPlace);
  const changes: Change[] = [];
  for (const goal of after) {
    const was = partnerOf.get(goal);
    if (was) {
      if (!isSameGoal(was, goal)) changes.push(...describeGoal(w, was, goal));
    } else {
      const text = w.t('history.goalAdded', { title: quote(w, goal.title), due: w.date(goal.due), steps: w.t('count.steps', { count: goal.steps.length }) });
      changes.push({ kind: 'goal-added', goalId: goal.id, text });
    }
  }
  for (const goal of removed) changes.push({ kind: 'goal-removed', goalId: goal.id, text: w.t('history.goalRemoved', { title: quote(w, goal.title) }) });
  return changes;
}

function describeGoal(w: Words, before: Goal, after: Goal): Change[] {
  const changes: Change[] = [];
  const add = (kind: Change['kind'], text: string) => changes.push({ kind, text, goalId: after.id });
  let quoted: string | undefined; // quoting is only worth doing when something changed
  const title = () => (quoted ??= quote(w, after.title));
  const change = (kind: Change['kind'], text: string) => add(kind, w.t('history.goalChange', { title: title(), change: text }));
  if (before.title !== after.title) add('goal-renamed', w.t('history.goalRenamed', { from: quote(w, before.title), to: title() }));
  if (before.status !== after.status) {
    if (after.status === 'dropped') add('goal-dropped', w.t('history.goalDropped', { title: title() }));
    else if (after.status === 'done') add('goal-done', w.t('history.goalDone', { title: title() }));
    else add('goal-status', w.t('history.goalStatus', { title: title(), from: formatWord(before.status), to: formatWord(after.status) }));
  }
  if (before.due !== after.due) change('goal-due', describeMove(w, w.t('history.label.due'), before.due, after.due, 'due'));
  if (before.start !== after.start) {
    const label = w.t('history.label.start');
    if (!before.start) change('goal-start', w.t('history.set', { label, value: w.date(after.start) }));
    else if (!after.start) change('goal-start', w.t('history.removed', { label, value: w.date(before.start) }));
    else change('goal-start', describeMove(w, label, before.start, after.start, 'start'));
  }
  if (before.outcome !== after.outcome) add('goal', w.t('history.goalOutcome', { title: title(), outcome: quote(w, after.outcome) }));
  if (before.kind !== after.kind) add('goal', w.t('history.goalKind', { title: title(), kind: after.kind, was: before.kind }));
  const measure = describeMeasure(w, before.measure, after.measure);
  if (measure) change('goal', measure);
  const skills = diffLists(before.skills, after.skills);
  for (const skill of skills.added) add('goal', w.t('history.goalDevelops', { title: title(), skill }));
  for (const skill of skills.removed) add('goal', w.t('history.goalNoLongerDevelops', { title: title(), skill }));
  for (const step of describeStepChanges(w, after, before.steps, after.steps)) changes.push({ ...step, goalId: after.id });
  return changes;
}

/** "2 of 5 talks", or "target 5 talks" when nothing is counted yet. */
function formatMeasure(w: Words, measure: Measure): string {
  const vars = { unit: measure.unit ? ` ${measure.unit}` : '', target: w.number(measure.target) };
  return measure.current === undefined ? w.t('history.measureTarget', vars) : w.t('history.measureOf', { ...vars, current: w.number(measure.current) });
}

function describeMeasure(w: Words, before: Measure | undefined, after: Measure | undefined): string | undefined {
  if (!before && !after) return undefined;
  if (!before) return w.t('history.measureSet', { measure: formatMeasure(w, after!) });
  if (!after) return w.t('history.measureRemoved', { measure: formatMeasure(w, before) });
  const [was, now] = [formatMeasure(w, before), formatMeasure(w, after)];
  if (was !== now) return w.t('history.measureNow', { now, was });
  return before.baseline !== after.baseline ? w.t('history.measureBaseline', { baseline: w.number(after.baseline ?? 0) }) : undefined;
}

function describeStepChanges(w: Words, goal: Goal, before: readonly Step[], after: readonly Step[]): Change[] {
  if (before.length === after.length && before.every((step, i) => isSameStep(step, after[i]!))) return [];
  const { partnerOf, removed } = matchItems(before, after, [byAction], always);
  const changes: Change[] = [];
  const goalName = quote(w, goal.title);
  for (const step of after) {
    const was = partnerOf.get(step);
    if (was) {
      if (!isSameStep(was, step)) changes.push(...describeStep(w, was, step));
      continue;
    }
    const vars = { goal: goalName, action: step.action, due: step.due ? w.date(step.due) : '' };
    changes.push({ kind: 'step-added', text: w.t(step.due ? 'history.stepAddedDue' : 'history.stepAdded', vars) });
    // Its due date and resources are in the sentence above; being done already is news.
    changes.push(...describeStep(w, { action: step.action, due: step.due, resources: step.resources }, step));
  }
  for (const step of removed) changes.push({ kind: 'step-removed', text: w.t('history.stepRemoved', { goal: goalName, action: step.action }) });
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

function describeStep(w: Words, before: Step, after: Step): Change[] {
  const changes: Change[] = [];
  const add = (kind: Change['kind'], text: string) => changes.push({ kind, text });
  const name = quote(w, after.action);
  if (before.action !== after.action) add('step', w.t('history.stepReworded', { from: quote(w, before.action), to: name }));
  if (before.done !== after.done) {
    if (!before.done) add('step-done', w.t('history.stepDone', { action: after.action, date: w.date(after.done) }));
    else if (!after.done) add('step', w.t('history.stepUndone', { action: after.action }));
    else add('step', w.t('history.stepDoneChanged', { name, from: w.date(before.done), to: w.date(after.done) }));
  }
  if (before.due !== after.due) {
    if (!before.due) add('step', w.t('history.stepDueSet', { name, date: w.date(after.due) }));
    else if (!after.due) add('step', w.t('history.stepDueRemoved', { name, date: w.date(before.due) }));
    else add('step', w.t('history.stepChange', { name, change: describeMove(w, w.t('history.label.due'), before.due, after.due, 'due') }));
  }
  const resources = diffLists(before.resources, after.resources);
  for (const resource of resources.added) add('step', w.t('history.stepNeeds', { name, resource }));
  for (const resource of resources.removed) add('step', w.t('history.stepNoLongerNeeds', { name, resource }));
  const evaluation = describeEvaluation(w, before, after);
  if (evaluation) add('evaluation', evaluation);
  return changes;
}

function describeEvaluation(w: Words, before: Step, after: Step): string | undefined {
  const [was, now] = [before.evaluation, after.evaluation];
  if (!was && !now) return undefined;
  const name = quote(w, after.action);
  if (!now) return w.t('history.evaluationRemoved', { name });
  const worth = w.t(`history.worth.${now.worth}`);
  const verdict = now.note ? w.t('history.verdictNote', { worth, note: quote(w, now.note) }) : worth;
  if (!was) return w.t('history.evaluationWritten', { name, verdict });
  if (was.worth === now.worth && was.note === now.note) return undefined;
  if (was.worth === now.worth) return w.t('history.evaluationChanged', { name, verdict });
  return w.t('history.evaluationChangedWas', { name, verdict, was: w.t(`history.worth.${was.worth}`) });
}
