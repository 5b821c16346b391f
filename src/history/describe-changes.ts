// Two validated versions of a plan compared AS PLANS, not as text: the result
// is a list of sentences in the plan's own terms ("Goal dropped: ...", "due
// moved from ... to ..., 4 months later"), most telling first.
import type { Plan } from '../schema/plan.js';
import type { Words } from '../words/words.js';
import { describeGoalChanges, matchItems } from './describe-goal-changes.js';
import { describeMove, describeText, diffLists, formatHorizonText, formatWord, quote } from './describe-wording.js';
import type { Change, ChangeKind } from './types.js';

/** What comparing needs of a version: the validated plan and its Markdown body. */
export interface PlanVersion {
  plan: Plan;
  body?: string;
}

type Add = (kind: ChangeKind, text: string | undefined) => void;

/** Every change from `before` to `after`, as sentences; empty when only formatting or comments changed. */
export function describeChanges(w: Words, before: PlanVersion, after: PlanVersion): Change[] {
  const [a, b] = [before.plan, after.plan];
  const changes: Change[] = [];
  const add: Add = (kind, text) => {
    if (text) changes.push({ kind, text });
  };
  if (a.status !== b.status) add('plan-status', w.t('history.planStatus', { from: formatWord(a.status), to: formatWord(b.status) }));
  changes.push(...describeGoalChanges(w, a.goals, b.goals));
  describeSkills(w, a, b, add);
  describeOpportunities(w, a, b, add);
  describeVision(w, a, b, add);
  describeReviews(w, a, b, add);
  describeAdjustments(w, a, b, add);
  describeDetails(w, a, b, add);
  describeProfile(w, a, b, add);
  if (before.body !== undefined && after.body !== undefined && before.body.trim() !== after.body.trim()) add('notes', w.t('history.notes'));
  return changes;
}

/** The one sentence for a plan seen for the first time (or first valid after invalid versions). */
export function describeNewPlan(w: Words, version: PlanVersion, first: 'added' | 'first-valid'): Change {
  const steps = version.plan.goals.reduce((n, goal) => n + goal.steps.length, 0);
  const counts = { goals: w.t('count.goals', { count: version.plan.goals.length }), steps: w.t('count.steps', { count: steps }) };
  return { kind: 'file', text: w.t(first === 'added' ? 'history.planAdded' : 'history.firstValid', counts) };
}

/** "Adjustment on 30 Jun 2026: “Moved the promotion...”" for each one added; removed ones said as such. */
function describeAdjustments(w: Words, a: Plan, b: Plan, add: Add): void {
  const key = (adjustment: { date?: string; note?: string }) => `${adjustment.date ?? ''}\n${adjustment.note ?? ''}`;
  const { added, removed } = diffLists(a.adjustments?.map(key), b.adjustments?.map(key));
  for (const [list, removal] of [[added, false], [removed, true]] as const) {
    for (const item of list) {
      const [date, note] = item.split('\n') as [string, string];
      const parts = {
        on: date ? w.t('history.on', { date: w.date(date) }) : '',
        of: date ? w.t('history.of', { date: w.date(date) }) : '',
        note: note ? w.t('history.note', { note: quote(w, note) }) : '',
      };
      add('adjustment', w.t(removal ? 'history.adjustmentRemoved' : 'history.adjustment', parts));
    }
  }
}

function describeSkills(w: Words, a: Plan, b: Plan, add: Add): void {
  const { partnerOf, removed } = matchItems(a.skills ?? [], b.skills ?? [], [(s) => s.name]);
  for (const skill of b.skills ?? []) {
    const was = partnerOf.get(skill);
    const name = skill.name;
    if (!was) {
      const levels = [
        skill.level !== undefined ? w.t('history.skillLevel', { level: skill.level }) : '',
        skill.target !== undefined ? w.t('history.skillTarget', { target: skill.target }) : '',
      ].filter(Boolean);
      add('skill-added', levels.length ? w.t('history.skillAddedLevels', { name, levels: levels.join(', ') }) : w.t('history.skillAdded', { name }));
      continue;
    }
    for (const key of ['level', 'target'] as const) {
      const [from, to] = [was[key], skill[key]];
      if (from === to) continue;
      const field = w.t(`history.label.${key}`);
      const kind = key === 'level' ? 'skill-level' : 'skill';
      if (from === undefined) add(kind, w.t('history.skillSet', { name, field, to: to! }));
      else if (to === undefined) add(kind, w.t('history.skillUnset', { name, field, from }));
      else add(kind, w.t(to > from ? 'history.skillRaised' : 'history.skillLowered', { name, field, from, to }));
    }
    if (was.kind !== skill.kind && skill.kind) add('skill', w.t(was.kind ? 'history.skillKindWas' : 'history.skillKind', { name, kind: skill.kind, was: was.kind ?? '' }));
    if (was.note !== skill.note && skill.note) add('skill', w.t('history.skillNote', { name, note: quote(w, skill.note) }));
  }
  for (const skill of removed) add('skill-removed', w.t('history.skillRemoved', { name: skill.name }));
}

function describeOpportunities(w: Words, a: Plan, b: Plan, add: Add): void {
  const { partnerOf, removed } = matchItems(a.opportunities ?? [], b.opportunities ?? [], [(o) => o.title]);
  for (const opportunity of b.opportunities ?? []) {
    const was = partnerOf.get(opportunity);
    const title = quote(w, opportunity.title);
    const decision = opportunity.decision ?? '';
    if (!was) {
      add('opportunity-added', w.t(decision ? 'history.opportunityAddedDecided' : 'history.opportunityAdded', { title, decision }));
      continue;
    }
    if (was.decision !== opportunity.decision) {
      if (!decision) add('opportunity', w.t('history.opportunityUndecided', { title, was: was.decision ?? '' }));
      else add('opportunity-decided', w.t(was.decision ? 'history.opportunityRedecided' : 'history.opportunityDecided', { title, decision, was: was.decision ?? '' }));
    }
    if (was.seen !== opportunity.seen && opportunity.seen) add('opportunity', w.t('history.opportunitySeen', { title, date: w.date(opportunity.seen) }));
    if (was.note !== opportunity.note && opportunity.note) add('opportunity', w.t('history.opportunityNote', { title, note: quote(w, opportunity.note) }));
  }
  for (const opportunity of removed) add('opportunity', w.t('history.opportunityRemoved', { title: quote(w, opportunity.title) }));
}

function describeVision(w: Words, a: Plan, b: Plan, add: Add): void {
  const [was, now] = [a.vision.statement, b.vision.statement];
  if (was !== now) {
    if (!was) add('vision', w.t('history.visionWritten', { statement: quote(w, now!) }));
    else if (!now) add('vision', w.t('history.visionRemoved', { statement: quote(w, was) }));
    else add('vision', w.t('history.visionChanged', { from: quote(w, was), to: quote(w, now) }));
  }
  const [from, to] = [a.vision.horizon && formatHorizonText(w, a.vision.horizon), b.vision.horizon && formatHorizonText(w, b.vision.horizon)];
  if (from === to) return;
  if (!from) add('horizon', w.t('history.horizonSet', { horizon: to! }));
  else if (!to) add('horizon', w.t('history.horizonRemoved', { horizon: from }));
  else add('horizon', w.t('history.horizonChanged', { from, to }));
}

function describeReviews(w: Words, a: Plan, b: Plan, add: Add): void {
  if (a.reviewed !== b.reviewed) {
    if (!b.reviewed) add('review', w.t('history.reviewRemoved', { date: w.date(a.reviewed) }));
    else if (!a.reviewed || b.reviewed > a.reviewed) add('review', w.t('history.reviewed', { date: w.date(b.reviewed) }));
    else add('review', w.t('history.reviewChanged', { from: w.date(a.reviewed), to: w.date(b.reviewed) }));
  }
  if (a.nextReview !== b.nextReview) {
    if (!a.nextReview) add('review', w.t('history.nextReviewSet', { date: w.date(b.nextReview) }));
    else if (!b.nextReview) add('review', w.t('history.nextReviewRemoved', { date: w.date(a.nextReview) }));
    else add('review', describeMove(w, w.t('history.label.nextReview'), a.nextReview, b.nextReview, 'due'));
  }
}

function describeDetails(w: Words, a: Plan, b: Plan, add: Add): void {
  for (const key of ['title', 'owner', 'role', 'mentor'] as const) add('plan', describeText(w, w.t(`history.label.${key}`), a[key], b[key]));
  if (a.created !== b.created) add('plan', w.t('history.created', { from: w.date(a.created), to: w.date(b.created) }));
  const tags = diffLists(a.tags, b.tags);
  for (const tag of tags.added) add('plan', w.t('history.tagAdded', { tag }));
  for (const tag of tags.removed) add('plan', w.t('history.tagRemoved', { tag }));
  if (JSON.stringify(a.custom) !== JSON.stringify(b.custom)) add('plan', w.t('history.custom'));
}

function describeProfile(w: Words, a: Plan, b: Plan, add: Add): void {
  const lists = [
    [a.strengths, b.strengths, 'history.strengthAdded', 'history.strengthRemoved'],
    [a.weaknesses, b.weaknesses, 'history.weaknessAdded', 'history.weaknessRemoved'],
  ] as const;
  for (const [before, after, added, removed] of lists) {
    const diff = diffLists(before, after);
    for (const item of diff.added) add('profile', w.t(added, { item }));
    for (const item of diff.removed) add('profile', w.t(removed, { item }));
  }
  // Both parts of a barrier are optional; it is known by whichever it has.
  const name = (barrier: { barrier?: string; mitigation?: string }) => barrier.barrier ?? barrier.mitigation;
  const barriers = matchItems(a.barriers ?? [], b.barriers ?? [], [name]);
  for (const barrier of b.barriers ?? []) {
    if (barriers.partnerOf.has(barrier)) continue;
    const named = name(barrier);
    const key = !named ? 'history.barrierAdded' : barrier.barrier && barrier.mitigation ? 'history.barrierAddedWay' : 'history.barrierAddedNamed';
    add('profile', w.t(key, { barrier: named ?? '', way: barrier.mitigation ?? '' }));
  }
  for (const [now, was] of barriers.partnerOf) {
    if (was.mitigation !== now.mitigation && now.barrier) add('profile', describeText(w, w.t('history.label.wayPast', { barrier: quote(w, now.barrier) }), was.mitigation, now.mitigation));
  }
  for (const barrier of barriers.removed) {
    const named = name(barrier);
    add('profile', named ? w.t('history.barrierRemovedNamed', { barrier: named }) : w.t('history.barrierRemoved'));
  }
  add('profile', describeText(w, w.t('history.label.backupPlan'), a.backupPlan, b.backupPlan));
  add('profile', describeText(w, w.t('history.label.education'), a.education?.current, b.education?.current));
  const [was, now] = [a.education?.sufficient, b.education?.sufficient];
  if (was !== now && now !== undefined) add('profile', w.t(now ? 'history.educationEnough' : 'history.educationNotEnough'));
  const needed = diffLists(a.education?.needed, b.education?.needed);
  for (const item of needed.added) add('profile', w.t('history.neededAdded', { item }));
  for (const item of needed.removed) add('profile', w.t('history.neededRemoved', { item }));
}
