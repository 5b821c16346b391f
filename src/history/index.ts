// Plan history from git: revisions told in words, progress across them.
export * from './build-history.js';
export * from './commit-url.js';
export * from './describe-changes.js';
export * from './progress-chart.js';
export * from './types.js';
export * from './history-cache-file.js';
