import { describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../src/schema/plan.js';
import { readHorizon } from '../../src/schema/horizon.js';
import { slugify, slugifyName } from '../../src/schema/slugify.js';

const base = (): Record<string, unknown> => ({
  title: 'Lead a team',
  owner: 'Ana García',
  created: '2026-01-12',
  vision: { statement: 'Lead a data team', horizon: '5 years' },
  goals: [{ title: 'Promotion', outcome: 'Title change in writing', due: '2027-01-31', steps: [{ action: 'Take the course' }] }],
});

/** Applies a change to a fresh valid plan, then parses it. */
function parseWith(change: (plan: Record<string, any>) => void) {
  const plan = base();
  change(plan);
  return planSchema.safeParse(plan);
}

const goal = (plan: Record<string, any>) => plan.goals[0];
const step = (plan: Record<string, any>) => plan.goals[0].steps[0];

describe('the plan schema', () => {
  it('accepts the smallest valid plan and fills the defaults', () => {
    const result = planSchema.parse(base() as PlanInput);
    expect(result.status).toBe('active');
    expect(result.goals[0]).toMatchObject({ id: 'promotion', kind: 'professional', status: 'planned' });
    expect(result.vision.horizon).toEqual({ text: '5 years', kind: 'years', amount: 5 });
  });

  const accepted: [string, (p: Record<string, any>) => void][] = [
    ['a month-precision due', (p) => (goal(p).due = '2027-01')],
    ['a month-precision start', (p) => (goal(p).start = '2026-02')],
    ['due equal to start', (p) => Object.assign(goal(p), { start: '2027-01-31' })],
    ['a due month that holds the start day', (p) => Object.assign(goal(p), { start: '2027-01-15', due: '2027-01' })],
    ['a leap day', (p) => (p.created = '2024-02-29')],
    ['horizon as N months', (p) => (p.vision.horizon = '18 months')],
    ['horizon as a date', (p) => (p.vision.horizon = '2031-06-30')],
    ['horizon as a month', (p) => (p.vision.horizon = '2031-06')],
    ['horizon retirement', (p) => (p.vision.horizon = 'retirement')],
    ['one year', (p) => (p.vision.horizon = '1 year')],
    ['levels at both ends', (p) => (p.skills = [{ name: 'SQL', level: 0, target: 5 }])],
    ['worth true', (p) => Object.assign(step(p), { done: '2026-03-01', evaluation: { worth: true } })],
    ['worth partly', (p) => Object.assign(step(p), { done: '2026-03-01', evaluation: { worth: 'partly' } })],
    ['free data under custom', (p) => (p.custom = { cohort: '2026-spring', anything: [1, { deep: true }] })],
    ['a known skill on a goal', (p) => ((p.skills = [{ name: 'SQL' }]), (goal(p).skills = ['SQL']))],
    ['an explicit goal id', (p) => (goal(p).id = 'promo-2027')],
    ['every status', (p) => (p.status = 'archived')],
    ['a Unicode owner', (p) => (p.owner = '王芳')],
    ['measure numbers', (p) => (goal(p).measure = { baseline: 0, current: 2, target: 5, unit: 'talks' })],
  ];
  it.each(accepted)('accepts %s', (_name, change) => {
    const result = parseWith(change);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('reads worth true and false as yes and no', () => {
    const yes = parseWith((p) => Object.assign(step(p), { done: '2026-03-01', evaluation: { worth: true } }));
    const no = parseWith((p) => Object.assign(step(p), { done: '2026-03-01', evaluation: { worth: false } }));
    expect(yes.data?.goals[0]!.steps[0]!.evaluation?.worth).toBe('yes');
    expect(no.data?.goals[0]!.steps[0]!.evaluation?.worth).toBe('no');
  });

  const rejected: [string, (p: Record<string, any>) => void, string, string][] = [
    ['a missing title', (p) => delete p.title, 'title', 'invalid_type'],
    ['a missing owner', (p) => delete p.owner, 'owner', 'invalid_type'],
    ['a missing created', (p) => delete p.created, 'created', 'invalid_type'],
    ['a missing vision', (p) => delete p.vision, 'vision', 'invalid_type'],
    ['no goals', (p) => (p.goals = []), 'goals', 'too_small'],
    ['a goal with no steps', (p) => (goal(p).steps = []), 'goals.0.steps', 'too_small'],
    ['a goal with no outcome', (p) => delete goal(p).outcome, 'goals.0.outcome', 'invalid_type'],
    ['a goal with no due', (p) => delete goal(p).due, 'goals.0.due', 'invalid_type'],
    ['a step with no action', (p) => delete step(p).action, 'goals.0.steps.0.action', 'invalid_type'],
    ['an unknown status', (p) => (p.status = 'paused'), 'status', 'invalid_value'],
    ['an unknown goal kind', (p) => (goal(p).kind = 'hobby'), 'goals.0.kind', 'invalid_value'],
    ['an unknown decision', (p) => (p.opportunities = [{ title: 'Job', decision: 'maybe' }]), 'opportunities.0.decision', 'invalid_value'],
    ['a level above 5', (p) => (p.skills = [{ name: 'SQL', level: 6 }]), 'skills.0.level', 'too_big'],
    ['a level below 0', (p) => (p.skills = [{ name: 'SQL', target: -1 }]), 'skills.0.target', 'too_small'],
    ['a fractional level', (p) => (p.skills = [{ name: 'SQL', level: 1.5 }]), 'skills.0.level', 'invalid_type'],
    ['a date with slashes', (p) => (p.created = '12/01/2026'), 'created', 'custom'],
    ['a day that does not exist', (p) => (p.created = '2026-02-29'), 'created', 'custom'],
    ['month 13', (p) => (goal(p).due = '2026-13'), 'goals.0.due', 'custom'],
    ['a month where only days are allowed', (p) => (p.created = '2026-01'), 'created', 'custom'],
    ['a month on a done date', (p) => (step(p).done = '2026-01'), 'goals.0.steps.0.done', 'custom'],
    ['a vague horizon', (p) => (p.vision.horizon = 'one day'), 'vision.horizon', 'custom'],
    ['zero years', (p) => (p.vision.horizon = '0 years'), 'vision.horizon', 'custom'],
    ['an unknown top-level key', (p) => (p.stpes = []), '', 'unrecognized_keys'],
    ['an unknown step key', (p) => (step(p).when = 'soon'), 'goals.0.steps.0', 'unrecognized_keys'],
    ['due before start', (p) => Object.assign(goal(p), { start: '2027-02-01' }), 'goals.0.due', 'custom'],
    ['due month before start month', (p) => Object.assign(goal(p), { start: '2027-02', due: '2027-01' }), 'goals.0.due', 'custom'],
    ['an unknown skill on a goal', (p) => (goal(p).skills = ['Spark']), 'goals.0.skills.0', 'custom'],
    ['two skills with one name', (p) => (p.skills = [{ name: 'SQL' }, { name: 'SQL' }]), 'skills.1.name', 'custom'],
    ['two goals with one id', (p) => p.goals.push({ ...goal(p), title: 'PROMOTION!' }), 'goals.1.title', 'custom'],
    ['an evaluation on a step not done', (p) => (step(p).evaluation = { worth: 'yes' }), 'goals.0.steps.0.evaluation', 'custom'],
    ['a worth that is no answer', (p) => Object.assign(step(p), { done: '2026-03-01', evaluation: { worth: 'maybe' } }), 'goals.0.steps.0.evaluation.worth', 'invalid_union'],
    ['an empty title', (p) => (p.title = '  '), 'title', 'too_small'],
    ['tags as one string', (p) => (p.tags = 'data'), 'tags', 'invalid_type'],
    ['a goal id with spaces', (p) => (goal(p).id = 'my goal'), 'goals.0.id', 'invalid_format'],
  ];
  it.each(rejected)('rejects %s', (_name, change, path, code) => {
    const issues = parseWith(change).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([[path, code]]);
  });

  it('runs the cross-field rules even when other fields are wrong, so every problem shows at once', () => {
    const issues = parseWith((p) => {
      p.owner = 42;
      goal(p).start = '2028-01-01';
      step(p).evaluation = { worth: 'yes' };
    }).error!.issues;
    expect(issues.map((i) => i.path.join('.'))).toEqual(['owner', 'goals.0.due', 'goals.0.steps.0.evaluation']);
  });
});

describe('readHorizon', () => {
  it.each([
    ['5 years', { kind: 'years', amount: 5 }],
    ['1 Year', { kind: 'years', amount: 1 }],
    ['6 months', { kind: 'months', amount: 6 }],
    ['Retirement', { kind: 'retirement' }],
    ['2030-12', { kind: 'date', date: '2030-12' }],
    ['five years', null],
    ['2030-02-30', null],
  ])('%s', (text, expected) => {
    const horizon = readHorizon(text);
    if (expected === null) expect(horizon).toBeNull();
    else expect(horizon).toMatchObject(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Earn a promotion to Data Engineer II', 'earn-a-promotion-to-data-engineer-ii'],
    ['Ana García', 'ana-garcia'],
    ['Nguyễn Thị Hương', 'nguyen-thi-huong'],
    ['Ελένη Παπαδοπούλου', 'ελένη-παπαδοπούλου'],
    ['Дмитрий Соколов', 'дмитрий-соколов'],
    ['王芳', '王芳'],
    // Vowel signs are letters' parts in Indic and Thai scripts: kept, or the name falls apart.
    ['प्रिया शर्मा', 'प्रिया-शर्मा'],
    ['สมชาย ใจดี', 'สมชาย-ใจดี'],
    ['จากนักพัฒนาสู่หัวหน้าทีม', 'จากนักพัฒนาสู่หัวหน้าทีม'],
    ['தமிழ்செல்வி', 'தமிழ்செல்வி'],
    ['রবীন্দ্রনাথ ঠাকুর', 'রবীন্দ্রনাথ-ঠাকুর'],
    // Arabic and Hebrew vowel points are optional in writing: the same name with or without them.
    ['ليلى حدّاد', 'ليلى-حداد'],
    ['ليلى حداد', 'ليلى-حداد'],
    ['שָׁלוֹם כהן', 'שלום-כהן'],
    ['בית־ספר', 'בית-ספר'],
    ['../../etc/passwd', 'etc-passwd'],
    ['  --  ', ''],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps apart two people whose names differ only in their vowel signs', () => {
    // Both were "र-म" when the signs were taken for separators, and shared one person page.
    expect(slugifyName('रामा', 'person')).toBe('रामा');
    expect(slugifyName('रमी', 'person')).toBe('रमी');
  });
});
