// What a plan's page and its PDF both say: section titles, field labels and
// the sentences around a plan's own words. One wording for both, so a printed
// plan and its page read alike.
export const plan = {
  'plan.kicker': 'Career action plan',
  'plan.overview': 'Overview',
  'plan.subject': 'Career action plan of {owner}',
  'plan.subjectWithRole': 'Career action plan of {owner}, {role}',

  // Key facts.
  'fact.status': 'Status',
  'fact.mentor': 'Mentor',
  'fact.created': 'Created',
  'fact.lastChanged': 'Last changed',
  'fact.lastChangedInGit': '{relative}, in git',
  'fact.notYetCommitted': 'Not yet committed',
  'fact.lastChangedCutShort': '{date} or earlier (history cut short)',
  'fact.lastReviewed': 'Last reviewed',
  'fact.nextReview': 'Next review',
  'fact.reviewDue': 'Review due',
  'fact.reviewDueNow': 'due now',
  'fact.reviewDueSince': 'due, {relative}',
  'fact.progress': 'Progress',
  'fact.goalsDone': 'Goals done',
  'fact.nextDeadline': 'Next deadline',
  'fact.noneOpen': 'None open',
  'fact.overdue': 'Overdue',
  'fact.overdueItems': { one: '{count} open item', other: '{count} open items' },
  'fact.evaluations': 'Evaluations',
  'fact.evaluationCounts': '{yes} worth it, {partly} partly, {no} not',
  'fact.noEvaluations': 'None yet',
  'fact.ofTotal': '{done} of {total}',
  'progress.steps': { one: '{done} of {total} step done', other: '{done} of {total} steps done' },
  'progress.stepsShort': '{done}/{total}',

  // Vision.
  'vision.title': 'Vision',
  'vision.none': 'No vision statement written yet.',
  'vision.horizon': 'Horizon',

  // Strengths and weaknesses.
  'strengths.title': 'Strengths and weaknesses',
  'strengths.strengths': 'Strengths to build on',
  'strengths.weaknesses': 'Weaknesses to work on',
  'strengths.none': 'None listed.',

  // Skills.
  'skills.title': 'Skills',
  'skills.intro': 'Current level and target on a scale of 0 to 5.',
  'skills.legendLevel': 'current level',
  'skills.legendGap': 'gap to target',
  'skills.note': '{skills} · {gaps} to grow',
  'skills.skill': 'Skill',
  'skills.kind': 'Kind',
  'skills.level': 'Level',
  'skills.now': 'Now',
  'skills.target': 'Target',
  'skills.noLevel': 'No level yet',
  'skills.ofFive': '{level}/5',
  'skills.ofFiveHidden': 'of 5',
  'skills.gap': 'Gap {gap}',
  'skills.reached': 'Target reached',

  // Education.
  'education.title': 'Education',
  'education.current': 'Current',
  'education.enough': 'Enough for the goals of this plan',
  'education.notEnough': 'Not yet enough for the goals of this plan',
  'education.needed': 'Courses and credentials needed',

  // Barriers.
  'barriers.title': 'Barriers and backup plan',
  'barriers.backupOnly': 'Backup plan',
  'barriers.barrier': 'What could get in the way',
  'barriers.mitigation': 'How to get past it',
  'barriers.backup': 'Backup plan',

  // Timeline.
  'timeline.title': 'Timeline',
  'timeline.caption': 'Each goal from its start to its due date.',
  'timeline.captionToday': 'Each goal from its start to its due date; the line marks today, {date}.',
  'timeline.today': 'Today',
  'timeline.dates': '{start} – {due} · {state}',
  'timeline.legend': 'Legend',

  // Goals and steps.
  'goals.title': 'Goals',
  'goals.summary': '{done} of {total} done',
  'goals.note': '{goals} · {done} done · {steps}',
  'goal.kicker': 'Goal {number} · {kind}',
  'goal.continued': 'Goal {number}, continued',
  'goal.outcome': 'Outcome',
  'goal.timeline': 'Timeline',
  'goal.measure': 'Measure',
  'goal.measureFrom': 'from',
  'goal.measureNow': 'now',
  'goal.measureTarget': 'target',
  'goal.measureLine': 'Now {current}, target {target}',
  'goal.measureStart': 'Started at {baseline}',
  'goal.develops': 'Develops',
  'goal.steps': 'Steps',
  'goal.actionSteps': 'Action steps',
  'step.doneOn': 'Done {date}',
  'step.doneWithGoal': 'Done with the goal',
  'step.droppedWithGoal': 'Dropped with the goal',
  'step.due': 'Due {date}',
  'step.noDue': 'No due date',
  'step.late': 'done after its due date',
  'step.resources': 'Resources',
  'step.needs': 'Needs',
  'step.state.done': 'Done:',
  'step.state.overdue': 'Overdue:',
  'step.state.dropped': 'Dropped:',
  'step.state.open': 'To do:',

  // Opportunities and adjustments.
  'opportunities.title': 'Opportunities',
  'opportunities.seen': 'Seen',
  'opportunities.seenOn': 'Seen {date}',
  'opportunities.opportunity': 'Opportunity',
  'opportunities.decision': 'Decision',
  'adjustments.title': 'Adjustments',
  'adjustments.undated': 'Undated',

  // The owner's own notes (the Markdown body).
  'notes.title': 'Notes',
  'notes.image': '[{alt}]',
  'notes.imageNoAlt': '[image]',
} as const;
