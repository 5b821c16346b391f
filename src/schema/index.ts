// The plan format (PLAN-FORMAT.md) as Zod schemas, one file per part of a plan.
export * from './adjustment.js';
export * from './barrier.js';
export * from './calendar-date.js';
export * from './education.js';
export * from './goal.js';
export * from './horizon.js';
export * from './opportunity.js';
export * from './plan.js';
export * from './plan-rules.js';
export * from './skill.js';
export * from './slugify.js';
export * from './step.js';
export * from './text.js';
export * from './vision.js';
