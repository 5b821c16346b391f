// Files to validated plans: the one way into plan data for every feature.
export * from './load-plan.js';
export * from './load-portfolio.js';
export * from './plan-store.js';
export * from './types.js';
