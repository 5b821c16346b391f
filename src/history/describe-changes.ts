// Two validated versions of a plan compared AS PLANS, not as text: the result
// is a list of sentences in the plan's own terms ("Goal dropped: ...", "due
// moved from ... to ..., 4 months later"), most telling first.
import type { Plan } from '../schema/plan.js';
import type { Words } from '../words/words.js';
import { describeGoalChanges, matchItems } from './describe-goal-changes.js';
import { asDate, asIs, asWord, describeValue, quote, Teller } from './describe-wording.js';
import type { Change } from './types.js';

/** What comparing needs of a version: the validated plan and its Markdown body. */
export interface PlanVersion {
  plan: Plan;
  body?: string;
}

/** Every change from `before` to `after`, as sentences; empty when only formatting or comments changed. */
export function describeChanges(w: Words, before: PlanVersion, after: PlanVersion): Change[] {
  const [a, b] = [before.plan, after.plan];
  const changes: Change[] = [];
  const tell = new Teller(w, changes);
  tell.value('plan-status', 'history.label.planStatus', a.status, b.status, { show: asWord });
  changes.push(...describeGoalChanges(w, a.goals, b.goals));
  describeSkills(w, tell, a, b);
  describeOpportunities(w, tell, a, b);
  tell.value('vision', 'history.label.vision', a.vision.statement, b.vision.statement, { set: 'history.visionWritten', removed: 'history.visionRemoved' });
  tell.value('horizon', 'history.label.horizon', formatHorizon(w, a), formatHorizon(w, b), { show: asIs });
  // A later review date is a review done; an earlier one corrects a mistake.
  if (b.reviewed && (!a.reviewed || b.reviewed > a.reviewed)) tell.add('review', w.t('history.reviewed', { date: w.date(b.reviewed) }));
  else tell.value('review', 'history.label.reviewed', a.reviewed, b.reviewed, { show: asDate });
  tell.value('review', 'history.label.nextReview', a.nextReview, b.nextReview, { show: asDate, moves: 'due', set: 'history.nextReviewSet' });
  describeAdjustments(w, tell, a, b);
  describeReviews(w, tell, a, b);
  for (const key of ['title', 'owner', 'role', 'mentor'] as const) tell.value('plan', `history.label.${key}`, a[key], b[key]);
  tell.value('plan', 'history.label.created', a.created, b.created, { show: asDate });
  tell.list('plan', a.tags, b.tags, 'history.tagAdded', 'history.tagRemoved');
  if (JSON.stringify(a.custom) !== JSON.stringify(b.custom)) tell.add('plan', w.t('history.custom'));
  tell.list('profile', a.strengths, b.strengths, 'history.strengthAdded', 'history.strengthRemoved');
  tell.list('profile', a.weaknesses, b.weaknesses, 'history.weaknessAdded', 'history.weaknessRemoved');
  describeBarriers(w, tell, a, b);
  tell.value('profile', 'history.label.backupPlan', a.backupPlan, b.backupPlan);
  tell.value('profile', 'history.label.education', a.education?.current, b.education?.current);
  const enough = b.education?.sufficient;
  if (enough !== undefined && enough !== a.education?.sufficient) tell.add('profile', w.t(enough ? 'history.educationEnough' : 'history.educationNotEnough'));
  tell.list('profile', a.education?.needed, b.education?.needed, 'history.neededAdded', 'history.neededRemoved');
  if (before.body !== undefined && after.body !== undefined && before.body.trim() !== after.body.trim()) tell.add('notes', w.t('history.notes'));
  return changes;
}

/** The one sentence for a plan seen for the first time (or first valid after invalid versions). */
export function describeNewPlan(w: Words, version: PlanVersion, first: 'added' | 'first-valid'): Change {
  const steps = version.plan.goals.reduce((n, goal) => n + goal.steps.length, 0);
  const counts = { goals: w.t('count.goals', { count: version.plan.goals.length }), steps: w.t('count.steps', { count: steps }) };
  return { kind: 'file', text: w.t(first === 'added' ? 'history.planAdded' : 'history.firstValid', counts) };
}

/** A plan's horizon as a person would say it: "5 years", "Jun 2029", "retirement". */
function formatHorizon(w: Words, plan: Plan): string | undefined {
  const horizon = plan.vision.horizon;
  if (!horizon) return undefined;
  if (horizon.kind === 'date') return w.date(horizon.date);
  if (horizon.kind === 'retirement') return w.t('history.horizonRetirement');
  return w.distance({ unit: horizon.kind === 'years' ? 'year' : 'month', count: horizon.amount });
}

/** "Adjustment on 30 Jun 2026: “Moved the promotion...”" for each one added; removed ones said as such. */
function describeAdjustments(w: Words, tell: Teller, a: Plan, b: Plan): void {
  const key = (adjustment: { date?: string; note?: string }) => `${adjustment.date ?? ''}\n${adjustment.note ?? ''}`;
  const parts = (item: string) => {
    const [date, note] = item.split('\n') as [string, string];
    return {
      on: date ? w.t('history.on', { date: w.date(date) }) : '',
      of: date ? w.t('history.of', { date: w.date(date) }) : '',
      note: note ? w.t('history.note', { note: quote(w, note) }) : '',
    };
  };
  tell.list('adjustment', a.adjustments?.map(key), b.adjustments?.map(key), 'history.adjustment', 'history.adjustmentRemoved', parts);
}

/** "Review on 15 Sep 2026: “Family move...”" for each review logged; a removed one said as such. */
function describeReviews(w: Words, tell: Teller, a: Plan, b: Plan): void {
  const key = (review: { date: string; note: string }) => `${review.date}\n${review.note}`;
  const parts = (item: string) => {
    const [date, note] = item.split('\n') as [string, string];
    return { date: w.date(date), note: quote(w, note) };
  };
  tell.list('review', a.reviews?.map(key), b.reviews?.map(key), 'history.reviewLogged', 'history.reviewRemoved', parts);
}

function describeSkills(w: Words, tell: Teller, a: Plan, b: Plan): void {
  const { partnerOf, removed } = matchItems(a.skills ?? [], b.skills ?? [], [(s) => s.name]);
  for (const skill of b.skills ?? []) {
    const was = partnerOf.get(skill);
    const name = skill.name;
    if (!was) {
      const known = (['level', 'target'] as const).filter((key) => skill[key] !== undefined);
      const levels = known.map((key) => w.t('history.skillLevel', { label: w.t(`history.label.${key}`), value: skill[key]! }));
      tell.add('skill-added', levels.length ? w.t('history.skillAddedLevels', { name, levels: levels.join(', ') }) : w.t('history.skillAdded', { name }));
      continue;
    }
    const about = tell.about(name);
    for (const key of ['level', 'target'] as const) {
      const raised = (skill[key] ?? 0) > (was[key] ?? 0);
      about.value(key === 'level' ? 'skill-level' : 'skill', `history.label.${key}`, was[key], skill[key], { show: asIs, changed: raised ? 'history.raised' : 'history.lowered' });
    }
    if (skill.kind && skill.kind !== was.kind) about.add('skill', w.t(was.kind ? 'history.skillKindWas' : 'history.skillKind', { kind: skill.kind, was: was.kind ?? '' }));
    if (skill.note && skill.note !== was.note) about.add('skill', w.t('history.skillNote', { note: quote(w, skill.note) }));
  }
  for (const skill of removed) tell.add('skill-removed', w.t('history.skillRemoved', { name: skill.name }));
}

function describeOpportunities(w: Words, tell: Teller, a: Plan, b: Plan): void {
  const { partnerOf, removed } = matchItems(a.opportunities ?? [], b.opportunities ?? [], [(o) => o.title]);
  for (const opportunity of b.opportunities ?? []) {
    const was = partnerOf.get(opportunity);
    const title = quote(w, opportunity.title);
    const decision = opportunity.decision ?? '';
    if (!was) {
      tell.add('opportunity-added', w.t(decision ? 'history.opportunityAddedDecided' : 'history.opportunityAdded', { title, decision }));
      continue;
    }
    if (was.decision !== opportunity.decision) {
      if (!decision) tell.add('opportunity', w.t('history.opportunityUndecided', { title, was: was.decision ?? '' }));
      else tell.add('opportunity-decided', w.t(was.decision ? 'history.opportunityRedecided' : 'history.opportunityDecided', { title, decision, was: was.decision ?? '' }));
    }
    if (opportunity.seen && opportunity.seen !== was.seen) tell.add('opportunity', w.t('history.opportunitySeen', { title, date: w.date(opportunity.seen) }));
    if (opportunity.note && opportunity.note !== was.note) tell.add('opportunity', w.t('history.opportunityNote', { title, note: quote(w, opportunity.note) }));
  }
  for (const opportunity of removed) tell.add('opportunity', w.t('history.opportunityRemoved', { title: quote(w, opportunity.title) }));
}

function describeBarriers(w: Words, tell: Teller, a: Plan, b: Plan): void {
  // Both parts of a barrier are optional; it is known by whichever it has.
  const name = (barrier: { barrier?: string; mitigation?: string }) => barrier.barrier ?? barrier.mitigation;
  const { partnerOf, removed } = matchItems(a.barriers ?? [], b.barriers ?? [], [name]);
  for (const barrier of b.barriers ?? []) {
    if (partnerOf.has(barrier)) continue;
    const key = !name(barrier) ? 'history.barrierAdded' : barrier.barrier && barrier.mitigation ? 'history.barrierAddedWay' : 'history.barrierAddedNamed';
    tell.add('profile', w.t(key, { barrier: name(barrier) ?? '', way: barrier.mitigation ?? '' }));
  }
  for (const [now, was] of partnerOf) {
    if (now.barrier && now.mitigation !== was.mitigation) tell.add('profile', describeValue(w, w.t('history.label.wayPast', { barrier: quote(w, now.barrier) }), was.mitigation, now.mitigation));
  }
  for (const barrier of removed) tell.add('profile', name(barrier) ? w.t('history.barrierRemovedNamed', { barrier: name(barrier)! }) : w.t('history.barrierRemoved'));
}
