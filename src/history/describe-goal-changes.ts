// Goals and their steps, compared as plan parts: a goal is the same goal when
// its id is, a step the same step when its action is (or, reworded, when it
// sits at the same place), so a moved deadline reads as moved, not as a
// goal removed and another added.
import type { Goal, Measure } from '../schema/goal.js';
import type { Step } from '../schema/step.js';
import type { Words } from '../words/words.js';
import { asDate, asIs, asWord, quote, Teller } from './describe-wording.js';
import type { Change } from './types.js';

/**
 * Pairs items of two lists: first by each of `keys` in turn, then what is
 * left by position when `samePlace` agrees. Returns each newer item's older
 * self (absent when added) and the older items left over. Plain loops: the
 * lists are short, and this runs for every goal of every revision.
 */
export function matchItems<T>(
  before: readonly T[],
  after: readonly T[],
  keys: readonly ((item: T) => string | undefined)[],
  samePlace?: (a: T, b: T) => boolean,
): { partnerOf: Map<T, T>; removed: T[] } {
  const partnerOf = new Map<T, T>();
  const taken: boolean[] = new Array<boolean>(before.length).fill(false);
  const pair = (item: T, i: number) => {
    partnerOf.set(item, before[i]!);
    taken[i] = true;
  };
  for (const key of keys) {
    for (const item of after) {
      if (partnerOf.has(item)) continue;
      const k = key(item);
      const i = k === undefined ? -1 : before.findIndex((old, j) => !taken[j] && key(old) === k);
      if (i >= 0) pair(item, i);
    }
  }
  if (samePlace) {
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      if (!partnerOf.has(after[i]!) && !taken[i] && samePlace(before[i]!, after[i]!)) pair(after[i]!, i);
    }
  }
  return { partnerOf, removed: before.filter((_, i) => !taken[i]) };
}

const sharesStep = (a: Goal, b: Goal) => a.steps.some((s) => b.steps.some((t) => t.action === s.action));
/** An unmatched goal at the same place is the same goal renamed when enough else stayed. */
const sameGoalPlace = (a: Goal, b: Goal) => a.due === b.due || a.outcome === b.outcome || sharesStep(a, b);

/** Every change to the goals of a plan, in the newer plan's goal order; goals removed last. */
export function describeGoalChanges(w: Words, before: readonly Goal[], after: readonly Goal[]): Change[] {
  const { partnerOf, removed } = matchItems(before, after, [(goal) => goal.id, (goal) => goal.title], sameGoalPlace);
  const changes: Change[] = [];
  for (const goal of after) {
    const was = partnerOf.get(goal);
    if (was && isSameGoal(was, goal)) continue;
    const tell = new Teller(w, changes, goal.id);
    if (was) describeGoal(w, tell, was, goal);
    else tell.add('goal-added', w.t('history.goalAdded', { title: quote(w, goal.title), due: w.date(goal.due), steps: w.t('count.steps', { count: goal.steps.length }) }));
  }
  for (const goal of removed) new Teller(w, changes, goal.id).add('goal-removed', w.t('history.goalRemoved', { title: quote(w, goal.title) }));
  return changes;
}

function describeGoal(w: Words, tell: Teller, before: Goal, after: Goal): void {
  const title = quote(w, after.title);
  const about = tell.about(title);
  if (before.title !== after.title) tell.add('goal-renamed', w.t('history.goalRenamed', { from: quote(w, before.title), to: title }));
  if (before.status !== after.status) {
    if (after.status === 'dropped') {
      const reason = after.reason ? w.t('history.goalDroppedBecause', { reason: after.reason }) : '';
      tell.add('goal-dropped', w.t('history.goalDropped', { title }) + reason);
    } else if (after.status === 'done') {
      const on = after.completed ? w.t('history.goalDoneOn', { date: w.date(after.completed) }) : '';
      tell.add('goal-done', w.t('history.goalDone', { title }) + on);
    }
    else about.value('goal-status', 'history.label.status', before.status, after.status, { show: asWord });
  }
  about.value('goal-due', 'history.label.due', before.due, after.due, { show: asDate, moves: 'due' });
  about.value('goal-start', 'history.label.start', before.start, after.start, { show: asDate, moves: 'start' });
  if (before.outcome !== after.outcome) about.add('goal', w.t('history.goalOutcome', { outcome: quote(w, after.outcome) }));
  if (before.kind !== after.kind) about.add('goal', w.t('history.goalKind', { kind: after.kind, was: before.kind }));
  describeMeasure(w, about, before.measure, after.measure);
  about.list('goal', before.skills, after.skills, 'history.goalDevelops', 'history.goalNoLongerDevelops');
  describeStepChanges(w, tell, title, before.steps, after.steps);
}

/** "2 of 5 talks", or "target 5 talks" when nothing is counted yet. */
function formatMeasure(w: Words, measure: Measure | undefined): string | undefined {
  if (!measure) return undefined;
  const vars = { unit: measure.unit ? ` ${measure.unit}` : '', target: w.number(measure.target) };
  return measure.current === undefined ? w.t('history.measureTarget', vars) : w.t('history.measureOf', { ...vars, current: w.number(measure.current) });
}

function describeMeasure(w: Words, about: Teller, before: Measure | undefined, after: Measure | undefined): void {
  const [was, now] = [formatMeasure(w, before), formatMeasure(w, after)];
  if (was === now && before?.baseline !== after?.baseline) about.add('goal', w.t('history.measureBaseline', { baseline: w.number(after?.baseline ?? 0) }));
  else about.value('goal', 'history.label.measure', was, now, { show: asIs, changed: 'history.measureNow' });
}

function describeStepChanges(w: Words, tell: Teller, goalTitle: string, before: readonly Step[], after: readonly Step[]): void {
  if (before.length === after.length && before.every((step, i) => isSameStep(step, after[i]!))) return;
  const { partnerOf, removed } = matchItems(before, after, [(step) => step.action], () => true);
  for (const step of after) {
    const was = partnerOf.get(step);
    if (was) {
      if (!isSameStep(was, step)) describeStep(w, tell, was, step);
      continue;
    }
    tell.add('step-added', w.t(step.due ? 'history.stepAddedDue' : 'history.stepAdded', { goal: goalTitle, action: step.action, due: w.date(step.due) }));
    // Its due date and resources are in the sentence above; being done already is news.
    describeStep(w, tell, { action: step.action, due: step.due, resources: step.resources }, step);
  }
  for (const step of removed) tell.add('step-removed', w.t('history.stepRemoved', { goal: goalTitle, action: step.action }));
}

// Most goals and steps do not change between two versions; comparing the
// fields that are told first keeps them cheap.
const GOAL_FIELDS = ['title', 'status', 'due', 'start', 'outcome', 'kind', 'completed', 'reason'] as const;
const MEASURE_FIELDS = ['current', 'target', 'baseline', 'unit'] as const;
const STEP_FIELDS = ['action', 'due', 'done'] as const;

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((item, i) => item === b![i]);

function isSameGoal(a: Goal, b: Goal): boolean {
  return (
    GOAL_FIELDS.every((key) => a[key] === b[key]) &&
    MEASURE_FIELDS.every((key) => a.measure?.[key] === b.measure?.[key]) &&
    sameList(a.skills, b.skills) &&
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => isSameStep(step, b.steps[i]!))
  );
}

function isSameStep(a: Step, b: Step): boolean {
  return (
    STEP_FIELDS.every((key) => a[key] === b[key]) &&
    a.evaluation?.worth === b.evaluation?.worth &&
    a.evaluation?.note === b.evaluation?.note &&
    sameList(a.resources, b.resources)
  );
}

function describeStep(w: Words, tell: Teller, before: Step, after: Step): void {
  const name = quote(w, after.action);
  const about = tell.about(name);
  if (before.action !== after.action) tell.add('step', w.t('history.stepReworded', { from: quote(w, before.action), to: name }));
  if (!before.done && after.done) tell.add('step-done', w.t('history.stepDone', { action: after.action, date: w.date(after.done) }));
  else if (before.done && !after.done) tell.add('step', w.t('history.stepUndone', { action: after.action }));
  else about.value('step', 'history.label.doneDate', before.done, after.done, { show: asDate });
  about.value('step', 'history.label.dueDate', before.due, after.due, { show: asDate, moves: 'due', movedLabel: 'history.label.due' });
  about.list('step', before.resources, after.resources, 'history.stepNeeds', 'history.stepNoLongerNeeds');
  tell.add('evaluation', describeEvaluation(w, name, before.evaluation, after.evaluation));
}

function describeEvaluation(w: Words, name: string, was: Step['evaluation'], now: Step['evaluation']): string | undefined {
  if (!now) return was && w.t('history.evaluationRemoved', { name });
  if (was?.worth === now.worth && was.note === now.note) return undefined;
  const worth = w.t(`history.worth.${now.worth}`);
  const verdict = now.note ? w.t('history.verdictNote', { worth, note: quote(w, now.note) }) : worth;
  if (!was) return w.t('history.evaluationWritten', { name, verdict });
  if (was.worth === now.worth) return w.t('history.evaluationChanged', { name, verdict });
  return w.t('history.evaluationChangedWas', { name, verdict, was: w.t(`history.worth.${was.worth}`) });
}
