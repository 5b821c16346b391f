// Four versions of one plan, as a person would commit them over a year.

export const V1 = `---
title: Grow into a team lead
owner: Sam Lee
role: Developer
created: 2026-01-12
nextReview: 2026-06-30
vision:
  statement: Lead a small product team.
  horizon: 3 years
skills:
  - name: Facilitation
    kind: people
    level: 2
    target: 4
goals:
  - id: lead
    title: Run the weekly planning meeting
    outcome: I run it for a quarter without help
    due: 2026-09-30
    status: in-progress
    steps:
      - action: Shadow the current lead
        due: 2026-03-31
      - action: Run two meetings with feedback
        due: 2026-06-30
opportunities:
  - title: Team lead opening in payments
    seen: 2026-01-20
    decision: considering
---
Notes.
`;

export const V2 = V1.replace('    due: 2026-09-30\n', '    due: 2027-01-31\n')
  .replace('        due: 2026-03-31\n', '        due: 2026-03-31\n        done: 2026-04-20\n        evaluation: { worth: yes, note: Learnt how decisions get made. }\n')
  .replace('    level: 2\n', '    level: 3\n')
  .replace('decision: considering', 'decision: applied')
  .replace('---\nNotes.', 'adjustments:\n  - date: 2026-04-20\n    note: Moved the goal after the re-organisation.\n---\nNotes.');

export const V3 = V2.replace('title: Run the weekly planning meeting', 'title: Lead the team planning meetings')
  .replace('      - action: Run two meetings with feedback\n        due: 2026-06-30\n',
    '      - action: Run three meetings with feedback\n        due: 2026-06-30\n      - action: Ask for written feedback\n        due: 2026-10-15\n')
  .replace('opportunities:', `  - id: talk
    title: Give a talk at the meetup
    outcome: A talk given
    due: 2026-12
    steps:
      - action: Send a proposal
opportunities:`)
  .replace('    target: 4\n', '    target: 4\n  - name: Public speaking\n    level: 1\n    target: 3\n')
  .replace('horizon: 3 years', 'horizon: 5 years')
  .replace('nextReview: 2026-06-30', 'reviewed: 2026-07-01\nnextReview: 2026-12-31')
  .replace('role: Developer', 'role: Senior Developer');

export const V4 = V3.replace('created: 2026-01-12', 'status: achieved\ncreated: 2026-01-12')
  .replace('    status: in-progress\n', '    status: done\n')
  .replace('        due: 2026-06-30\n', '        due: 2026-06-30\n        done: 2026-09-15\n        evaluation: { worth: partly }\n')
  .replace('    due: 2026-12\n', '    due: 2026-12\n    status: dropped\n')
  .replace('    target: 4\n', '    target: 3\n')
  .replace('  - name: Public speaking\n    level: 1\n    target: 3\n', '')
  .replace('decision: applied', 'decision: accepted')
  .replace('Lead a small product team.', 'Lead a product team of five.')
  .replace('Notes.', 'Notes, after the review.');

/** The same plan with a mistake in it: `stpes` for `steps`. */
export const BROKEN = V2.replace('    steps:\n      - action: Shadow', '    stpes:\n      - action: Shadow');
