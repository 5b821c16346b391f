import { describe, expect, it } from 'vitest';
import { describeChanges, describeNewPlan } from '../../src/history/describe-changes.js';
import { makeWords } from '../../src/words/words.js';

const words = makeWords('en');
import { describeShift } from '../../src/history/describe-wording.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { writePlan } from '../helpers/portfolio.js';
import { TODAY } from './git-repo.js';

/** A plan from its text, through the one loader. */
function load(text: string): LoadedPlan {
  const result = loadPlan(Buffer.from(text), { file: 'plans/x.md', absolutePath: '/x.md', relativePath: 'x.md' }, TODAY);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan;
}

const compare = (before: string, after: string) => describeChanges(words, load(before), load(after)).map((c) => c.text);

const GOALS = `goals:
  - title: Earn a promotion
    outcome: Title change confirmed in writing
    due: 2026-09-30
    skills: [Spark]
    steps:
      - action: Finish the Spark course
        due: 2026-04-30
        resources: [Two evenings a week]
      - action: Lead a design review
`;

describe('describeChanges', () => {
  it('says nothing when only formatting and comments changed', () => {
    const text = writePlan({ extra: 'tags: [a, b]\n' });
    expect(compare(text, text.replace('tags: [a, b]', 'tags:\n  - a\n  - b # the same tags'))).toEqual([]);
  });

  it('tells the plan details: title, owner, role, mentor, status, tags, created, custom', () => {
    const before = writePlan({ extra: 'role: Analyst\nmentor: Jo Park\ntags: [data]\n' });
    const after = writePlan({ title: 'Lead the data team', owner: 'Sam Lee-Park', extra: 'status: archived\nmentor: Kim Lee\ntags: [data, leadership]\ncustom: { cohort: 2026 }\n' });
    expect(compare(before, after)).toEqual([
      'Plan status changed from active to archived',
      'Title changed from “Grow into a team lead” to “Lead the data team”',
      'Owner changed from “Sam Lee” to “Sam Lee-Park”',
      'Role removed (was “Analyst”)',
      'Mentor changed from “Jo Park” to “Kim Lee”',
      'Tag added: “leadership”',
      'Custom data changed',
    ]);
    expect(compare(before, before.replace('created: 2026-01-12', 'created: 2026-01-15'))).toEqual(['Creation date changed from 12 Jan 2026 to 15 Jan 2026']);
  });

  it('tells goal changes: status, start, outcome, kind, measure, skills; removed goals last', () => {
    const skills = 'skills:\n  - name: Spark\n  - name: SQL\n';
    const before = writePlan({ extra: skills, goals: `${GOALS}  - title: Run a half marathon\n    outcome: Finish it\n    due: 2026-10\n    steps:\n      - action: Train\n` });
    const after = writePlan({
      extra: skills,
      goals: GOALS.replace('    due: 2026-09-30\n', '    start: 2026-02\n    due: 2026-09-30\n    status: in-progress\n    kind: personal\n    measure: { current: 1, target: 3, unit: reviews }\n')
        .replace('Title change confirmed in writing', 'A new title and pay grade')
        .replace('skills: [Spark]', 'skills: [SQL]'),
    });
    expect(compare(before, after)).toEqual([
      '“Earn a promotion”: status changed from planned to in progress',
      '“Earn a promotion”: start set to Feb 2026',
      '“Earn a promotion”: outcome changed to “A new title and pay grade”',
      '“Earn a promotion”: now a personal goal (was professional)',
      '“Earn a promotion”: measure set to 1 of 3 reviews',
      '“Earn a promotion”: now develops “SQL”',
      '“Earn a promotion”: no longer develops “Spark”',
      'Goal removed: “Run a half marathon”',
    ]);
  });

  it('tells why a goal was dropped, the day one was reached, and each review logged', () => {
    const before = writePlan({ extra: 'skills:\n  - name: Spark\n', goals: `${GOALS}  - title: Move abroad\n    outcome: A post in Lisbon\n    due: 2027-06\n    steps:\n      - action: Learn Portuguese\n` });
    const after = before
      .replace('    due: 2026-09-30\n', '    due: 2026-09-30\n    status: done\n    completed: 2026-09-12\n')
      .replace('    due: 2027-06\n', '    due: 2027-06\n    status: dropped\n    reason: Staying for family\n')
      .replace('---\nSome notes', 'reviews:\n  - date: 2026-09-15\n    note: Promotion came early.\n---\nSome notes');
    expect(compare(before, after)).toEqual([
      'Goal done: “Earn a promotion” on 12 Sep 2026',
      'Goal dropped: “Move abroad” (Staying for family)',
      'Review on 15 Sep 2026: “Promotion came early.”',
    ]);
  });

  it('matches a goal whose id came from its title when the title changes at the same place', () => {
    const after = GOALS.replace('title: Earn a promotion', 'title: Earn a promotion to Data Engineer II');
    const skills = 'skills:\n  - name: Spark\n';
    const changes = describeChanges(words, load(writePlan({ extra: skills, goals: GOALS })), load(writePlan({ extra: skills, goals: after })));
    expect(changes).toEqual([
      { kind: 'goal-renamed', goalId: 'earn-a-promotion-to-data-engineer-ii', text: 'Goal renamed from “Earn a promotion” to “Earn a promotion to Data Engineer II”' },
    ]);
  });

  it('tells step changes: added, removed, done, undone, due moved, resources, evaluations', () => {
    const skills = 'skills:\n  - name: Spark\n';
    const before = writePlan({ extra: skills, goals: GOALS.replace('        resources: [Two evenings a week]\n', '        resources: [Two evenings a week]\n        done: 2026-04-20\n        evaluation: { worth: yes }\n') });
    const after = writePlan({
      extra: skills,
      goals: GOALS.replace('        due: 2026-04-30\n        resources: [Two evenings a week]\n', '        due: 2026-05-14\n        resources: [Saturday mornings]\n')
        .replace('      - action: Lead a design review\n', '      - action: Present to the team\n        due: 2026-06\n        done: 2026-06-02\n        evaluation: { worth: no, note: Too early. }\n      - action: Lead a design review\n        due: 2026-08-31\n'),
    });
    expect(compare(before, after)).toEqual([
      'Step no longer done: Finish the Spark course',
      '“Finish the Spark course”: due moved from 30 Apr 2026 to 14 May 2026, 2 weeks later',
      '“Finish the Spark course”: needs “Saturday mornings”',
      '“Finish the Spark course”: no longer needs “Two evenings a week”',
      'Evaluation of “Finish the Spark course” removed',
      'Step added to “Earn a promotion”: Present to the team, due Jun 2026',
      'Step done: Present to the team on 2 Jun 2026',
      'Evaluation written for “Present to the team”: not worth it, “Too early.”',
      '“Lead a design review”: due date set to 31 Aug 2026',
    ]);
    const done = GOALS.replace('        resources: [Two evenings a week]\n', '        resources: [Two evenings a week]\n        done: 2026-04-20\n        evaluation: { worth: yes }\n');
    expect(compare(writePlan({ extra: skills, goals: done }), writePlan({ extra: skills, goals: done.replace('worth: yes', 'worth: partly').replace('done: 2026-04-20', 'done: 2026-04-22').replace('      - action: Lead a design review\n', '') }))).toEqual([
      '“Finish the Spark course”: done date changed from 20 Apr 2026 to 22 Apr 2026',
      'Evaluation of “Finish the Spark course” changed: partly worth it (was worth it)',
      'Step removed from “Earn a promotion”: Lead a design review',
    ]);
  });

  it('tells skill changes: added, removed, level raised or lowered, target, kind, note', () => {
    const before = writePlan({ extra: 'skills:\n  - name: Spark\n    level: 2\n    target: 4\n  - name: SQL\n    level: 3\n  - name: Go\n' });
    const after = writePlan({ extra: 'skills:\n  - name: Spark\n    kind: technical\n    level: 3\n    target: 5\n    note: For the platform team.\n  - name: SQL\n    level: 2\n  - name: Coaching\n    level: 1\n' });
    expect(compare(before, after)).toEqual([
      'Spark: level raised from 2 to 3',
      'Spark: target raised from 4 to 5',
      'Spark: now a technical skill',
      'Spark: note changed to “For the platform team.”',
      'SQL: level lowered from 3 to 2',
      'Skill added: Coaching (level 1)',
      'Skill removed: Go',
    ]);
  });

  it('tells opportunities: added, decided, removed', () => {
    const before = writePlan({ extra: 'opportunities:\n  - title: Platform team opening\n  - title: Conference talk\n    decision: considering\n' });
    const after = writePlan({ extra: 'opportunities:\n  - title: Platform team opening\n    decision: applied\n    note: Fits the promotion goal.\n  - title: Secondment to Lisbon\n    decision: declined\n' });
    expect(compare(before, after)).toEqual([
      'Opportunity “Platform team opening” decided: applied',
      'Opportunity “Platform team opening”: note changed to “Fits the promotion goal.”',
      'Opportunity added: “Secondment to Lisbon” (declined)',
      'Opportunity removed: “Conference talk”',
    ]);
  });

  it('tells the vision, horizon, reviews and adjustments', () => {
    const before = writePlan({ extra: 'reviewed: 2026-03-01\nnextReview: 2026-06-15\nadjustments:\n  - note: First thoughts.\n' });
    const after = before
      .replace('statement: Lead a small product team.', 'statement: Lead a product group.')
      .replace('horizon: 3 years', 'horizon: 2030-06')
      .replace('reviewed: 2026-03-01', 'reviewed: 2026-06-10')
      .replace('nextReview: 2026-06-15', 'nextReview: 2026-06-01')
      .replace('  - note: First thoughts.\n', '  - note: First thoughts.\n  - date: 2026-06-10\n    note: Moved the promotion by three months after the re-organisation.\n');
    expect(compare(before, after)).toEqual([
      'Vision changed from “Lead a small product team.” to “Lead a product group.”',
      'Horizon changed from 3 years to Jun 2030',
      'Reviewed on 10 Jun 2026',
      'Next review moved from 15 Jun 2026 to 1 Jun 2026, 2 weeks earlier',
      'Adjustment on 10 Jun 2026: “Moved the promotion by three months after the re-organisation.”',
    ]);
    expect(compare(after, before.replace('horizon: 3 years', 'horizon: retirement').replace('nextReview: 2026-06-15\n', '').replace('First thoughts.', 'Second thoughts.'))).toEqual([
      'Vision changed from “Lead a product group.” to “Lead a small product team.”',
      'Horizon changed from Jun 2030 to retirement',
      'Last review date changed from 10 Jun 2026 to 1 Mar 2026',
      'Next review removed (was 1 Jun 2026)',
      'Adjustment: “Second thoughts.”',
      'Adjustment removed: “First thoughts.”',
      'Adjustment of 10 Jun 2026 removed: “Moved the promotion by three months after the re-organisation.”',
    ]);
  });

  it('tells strengths, weaknesses, barriers, the backup plan and education', () => {
    const before = writePlan({ extra: 'strengths: [SQL]\nbarriers:\n  - barrier: Little free time\n    mitigation: Study on Tuesdays\neducation:\n  sufficient: false\n' });
    const after = writePlan({
      extra: 'strengths: [SQL, Explaining numbers]\nweaknesses: [Public speaking]\nbarriers:\n  - barrier: Little free time\n    mitigation: Study on Saturday mornings\n  - barrier: No budget\nbackupPlan: Stay and grow.\neducation:\n  current: BSc Economics\n  sufficient: true\n  needed: [Cloud certificate]\n',
    });
    expect(compare(before, after)).toEqual([
      'Strength added: “Explaining numbers”',
      'Weakness added: “Public speaking”',
      'Barrier added: No budget',
      'Way past “Little free time” changed from “Study on Tuesdays” to “Study on Saturday mornings”',
      'Backup plan set to “Stay and grow.”',
      'Education set to “BSc Economics”',
      'Education now marked enough for the goals',
      'Course or credential needed: “Cloud certificate”',
    ]);
  });

  it('describes a new plan by its size', () => {
    expect(describeNewPlan(words, load(writePlan()), 'added')).toEqual({ kind: 'file', text: 'Plan added with 1 goal and 2 steps' });
  });
});

describe('describeShift', () => {
  it.each([
    ['2026-09-30', '2027-01-31', 'due', '4 months later'],
    ['2026-09', '2027-01', 'due', '4 months later'],
    ['2026-09-15', '2027-01-31', 'due', '4 months and 16 days later'],
    ['2027-01-31', '2026-09-30', 'due', '4 months earlier'],
    ['2026-04-30', '2026-05-14', 'due', '2 weeks later'],
    ['2026-04-30', '2026-05-01', 'due', '1 day later'],
    ['2026-01-31', '2026-02-28', 'due', '1 month later'],
    ['2026-03-15', '2027-03-15', 'due', '1 year later'],
    ['2026-03-15', '2028-09-15', 'due', '2 years and 6 months later'],
    ['2026-03-15', '2027-09-15', 'due', '18 months later'],
    ['2026-09', '2026-09-30', 'due', undefined],
    ['2026-09', '2026-09-01', 'start', undefined],
  ] as const)('%s to %s (%s) is %s', (from, to, as, expected) => {
    expect(describeShift(words, from, to, as)).toBe(expected);
  });
});
