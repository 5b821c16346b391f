// Two validated versions of a plan compared AS PLANS, not as text: the result
// is a list of sentences in the plan's own terms ("Goal dropped: ...", "due
// moved from ... to ..., 4 months later"), most telling first.
import type { Plan } from '../schema/plan.js';
import { formatDate } from '../format/format-values.js';
import { describeGoalChanges, matchItems } from './describe-goal-changes.js';
import { describeMove, diffLists, formatHorizonText, formatWord, plural, quote } from './describe-wording.js';
import type { Change, ChangeKind } from './types.js';

/** What comparing needs of a version: the validated plan and its Markdown body. */
export interface PlanVersion {
  plan: Plan;
  body?: string;
}

/** Every change from `before` to `after`, as sentences; empty when only formatting or comments changed. */
export function describeChanges(before: PlanVersion, after: PlanVersion): Change[] {
  const [a, b] = [before.plan, after.plan];
  const changes: Change[] = [];
  const add = (kind: ChangeKind, text: string) => changes.push({ kind, text });

  if (a.status !== b.status) add('plan-status', `Plan status changed from ${formatWord(a.status)} to ${formatWord(b.status)}`);
  changes.push(...describeGoalChanges(a.goals, b.goals));
  describeSkills(a, b, add);
  describeOpportunities(a, b, add);
  describeVision(a, b, add);
  describeReviews(a, b, add);
  describeAdjustments(a, b, add);
  describeDetails(a, b, add);
  describeProfile(a, b, add);
  if (before.body !== undefined && after.body !== undefined && before.body.trim() !== after.body.trim()) add('notes', 'Plan notes (the Markdown text) edited');
  return changes;
}

/** The one sentence for a plan seen for the first time (or first valid after invalid versions). */
export function describeNewPlan(version: PlanVersion, first: 'added' | 'first-valid'): Change {
  const steps = version.plan.goals.reduce((n, goal) => n + goal.steps.length, 0);
  const counts = `${plural(version.plan.goals.length, 'goal')} and ${plural(steps, 'step')}`;
  return { kind: 'file', text: first === 'added' ? `Plan added with ${counts}` : `First valid version, with ${counts}` };
}

type Add = (kind: ChangeKind, text: string) => void;

/** "Adjustment on 30 Jun 2026: “Moved the promotion...”" for each one added; removed ones said as such. */
function describeAdjustments(a: Plan, b: Plan, add: Add): void {
  const key = (adjustment: { date?: string; note?: string }) => `${adjustment.date ?? ''}\n${adjustment.note ?? ''}`;
  const { added, removed } = diffLists(a.adjustments?.map(key), b.adjustments?.map(key));
  for (const [list, removal] of [[added, false], [removed, true]] as const) {
    for (const item of list) {
      const [date, note] = item.split('\n') as [string, string];
      const quoted = note ? `: ${quote(note)}` : '';
      if (removal) add('adjustment', `Adjustment${date ? ` of ${formatDate(date)}` : ''} removed${quoted}`);
      else add('adjustment', `Adjustment${date ? ` on ${formatDate(date)}` : ''}${quoted}`);
    }
  }
}

/** A text field set, changed or removed: "Role changed from “A” to “B”". */
function describeText(label: string, before: string | undefined, after: string | undefined, add: (text: string) => void): void {
  if (before === after) return;
  if (before === undefined) add(`${label} set to ${quote(after!)}`);
  else if (after === undefined) add(`${label} removed (was ${quote(before)})`);
  else add(`${label} changed from ${quote(before)} to ${quote(after)}`);
}

function describeSkills(a: Plan, b: Plan, add: Add): void {
  const { partnerOf, removed } = matchItems(a.skills ?? [], b.skills ?? [], [(s) => s.name]);
  for (const skill of b.skills ?? []) {
    const was = partnerOf.get(skill);
    if (!was) {
      const levels = [skill.level !== undefined ? `level ${skill.level}` : '', skill.target !== undefined ? `target ${skill.target}` : ''].filter(Boolean);
      add('skill-added', `Skill added: ${skill.name}${levels.length ? ` (${levels.join(', ')})` : ''}`);
      continue;
    }
    for (const field of ['level', 'target'] as const) {
      const [from, to] = [was[field], skill[field]];
      if (from === to) continue;
      const kind = field === 'level' ? 'skill-level' : 'skill';
      if (from === undefined) add(kind, `${skill.name}: ${field} set to ${to}`);
      else if (to === undefined) add(kind, `${skill.name}: ${field} removed (was ${from})`);
      else add(kind, `${skill.name}: ${field} ${to > from ? 'raised' : 'lowered'} from ${from} to ${to}`);
    }
    if (was.kind !== skill.kind && skill.kind) add('skill', `${skill.name}: now a ${skill.kind} skill${was.kind ? ` (was ${was.kind})` : ''}`);
    if (was.note !== skill.note && skill.note) add('skill', `${skill.name}: note changed to ${quote(skill.note)}`);
  }
  for (const skill of removed) add('skill-removed', `Skill removed: ${skill.name}`);
}

function describeOpportunities(a: Plan, b: Plan, add: Add): void {
  const { partnerOf, removed } = matchItems(a.opportunities ?? [], b.opportunities ?? [], [(o) => o.title]);
  for (const opportunity of b.opportunities ?? []) {
    const was = partnerOf.get(opportunity);
    const name = quote(opportunity.title);
    if (!was) {
      add('opportunity-added', `Opportunity added: ${name}${opportunity.decision ? ` (${opportunity.decision})` : ''}`);
      continue;
    }
    if (was.decision !== opportunity.decision) {
      if (!opportunity.decision) add('opportunity', `Opportunity ${name}: decision removed (was ${was.decision})`);
      else add('opportunity-decided', `Opportunity ${name} decided: ${opportunity.decision}${was.decision ? ` (was ${was.decision})` : ''}`);
    }
    if (was.seen !== opportunity.seen && opportunity.seen) add('opportunity', `Opportunity ${name}: seen on ${formatDate(opportunity.seen)}`);
    if (was.note !== opportunity.note && opportunity.note) add('opportunity', `Opportunity ${name}: note changed to ${quote(opportunity.note)}`);
  }
  for (const opportunity of removed) add('opportunity', `Opportunity removed: ${quote(opportunity.title)}`);
}

function describeVision(a: Plan, b: Plan, add: Add): void {
  const [was, now] = [a.vision.statement, b.vision.statement];
  if (was !== now) {
    if (!was) add('vision', `Vision written: ${quote(now!)}`);
    else if (!now) add('vision', `Vision statement removed (was ${quote(was)})`);
    else add('vision', `Vision changed from ${quote(was)} to ${quote(now)}`);
  }
  const [from, to] = [a.vision.horizon && formatHorizonText(a.vision.horizon), b.vision.horizon && formatHorizonText(b.vision.horizon)];
  if (from === to) return;
  if (!from) add('horizon', `Horizon set to ${to}`);
  else if (!to) add('horizon', `Horizon removed (was ${from})`);
  else add('horizon', `Horizon changed from ${from} to ${to}`);
}

function describeReviews(a: Plan, b: Plan, add: Add): void {
  if (a.reviewed !== b.reviewed) {
    if (!b.reviewed) add('review', `Last review date removed (was ${formatDate(a.reviewed)})`);
    else if (!a.reviewed || b.reviewed > a.reviewed) add('review', `Reviewed on ${formatDate(b.reviewed)}`);
    else add('review', `Last review date changed from ${formatDate(a.reviewed)} to ${formatDate(b.reviewed)}`);
  }
  if (a.nextReview !== b.nextReview) {
    if (!a.nextReview) add('review', `Next review set for ${formatDate(b.nextReview)}`);
    else if (!b.nextReview) add('review', `Next review removed (was ${formatDate(a.nextReview)})`);
    else add('review', describeMove('Next review', a.nextReview, b.nextReview, 'due'));
  }
}

function describeDetails(a: Plan, b: Plan, add: Add): void {
  const plan = (text: string) => add('plan', text);
  describeText('Title', a.title, b.title, plan);
  describeText('Owner', a.owner, b.owner, plan);
  describeText('Role', a.role, b.role, plan);
  describeText('Mentor', a.mentor, b.mentor, plan);
  if (a.created !== b.created) plan(`Creation date changed from ${formatDate(a.created)} to ${formatDate(b.created)}`);
  const tags = diffLists(a.tags, b.tags);
  for (const tag of tags.added) plan(`Tag added: ${tag}`);
  for (const tag of tags.removed) plan(`Tag removed: ${tag}`);
  if (JSON.stringify(a.custom) !== JSON.stringify(b.custom)) plan('Custom data changed');
}

function describeProfile(a: Plan, b: Plan, add: Add): void {
  const profile = (text: string) => add('profile', text);
  for (const [label, before, after] of [['Strength', a.strengths, b.strengths], ['Weakness', a.weaknesses, b.weaknesses]] as const) {
    const { added, removed } = diffLists(before, after);
    for (const item of added) profile(`${label} added: ${item}`);
    for (const item of removed) profile(`${label} removed: ${item}`);
  }
  // Both parts of a barrier are optional; it is known by whichever it has.
  const name = (barrier: { barrier?: string; mitigation?: string }) => barrier.barrier ?? barrier.mitigation;
  const barriers = matchItems(a.barriers ?? [], b.barriers ?? [], [name]);
  for (const barrier of b.barriers ?? []) {
    if (barriers.partnerOf.has(barrier)) continue;
    const way = barrier.barrier && barrier.mitigation ? `; way past it: ${barrier.mitigation}` : '';
    profile(`Barrier added${name(barrier) ? `: ${name(barrier)}` : ''}${way}`);
  }
  for (const [now, was] of barriers.partnerOf) {
    if (was.mitigation !== now.mitigation && now.barrier) describeText(`Way past ${quote(now.barrier)}`, was.mitigation, now.mitigation, profile);
  }
  for (const barrier of barriers.removed) profile(`Barrier removed${name(barrier) ? `: ${name(barrier)}` : ''}`);
  describeText('Backup plan', a.backupPlan, b.backupPlan, profile);
  describeText('Education', a.education?.current, b.education?.current, profile);
  const [was, now] = [a.education?.sufficient, b.education?.sufficient];
  if (was !== now && now !== undefined) profile(now ? 'Education now marked enough for the goals' : 'Education now marked not enough for the goals');
  const needed = diffLists(a.education?.needed, b.education?.needed);
  for (const item of needed.added) profile(`Course or credential needed: ${item}`);
  for (const item of needed.removed) profile(`No longer needed: ${item}`);
}
