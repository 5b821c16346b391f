import { checkDay } from '../schema/calendar-date.js';
import { PlanfolioError } from '../errors/errors.js';
import { messages } from '../errors/catalogue.js';

/**
 * The day every "overdue" and "in 3 months" is measured from: `PLANFOLIO_TODAY`
 * when set (so builds and tests are repeatable), else the builder's calendar day.
 */
export function resolveToday(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.PLANFOLIO_TODAY?.trim();
  if (pinned) {
    if (checkDay(pinned) !== null) throw new PlanfolioError(messages.badToday(pinned));
    return pinned;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
