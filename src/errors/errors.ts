import { formatProblem, type Problem } from './problem.js';

/**
 * An error a person caused and can fix: printed as its message alone, never
 * with a stack trace. Anything else reaching the top is a bug in Planfolio.
 */
export class PlanfolioError extends Error {
  override name = 'PlanfolioError';
}

/** Plan files that are not valid plans; carries every problem in every file. */
export class PlanProblemsError extends PlanfolioError {
  override name = 'PlanProblemsError';
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** A mistake in how a command was called (unknown option, missing argument). */
export class UsageError extends PlanfolioError {
  override name = 'UsageError';
}

/** A site template failed to render; the message names the template and the reason. */
export class TemplateError extends PlanfolioError {
  override name = 'TemplateError';
}
