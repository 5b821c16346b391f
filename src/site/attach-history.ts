import { makeWhen } from '../facts/when.js';
import { layOutProgressChart } from '../history/progress-chart.js';
import type { PlanHistory } from '../history/types.js';
import type { SiteData } from './site-data.js';

/**
 * Hangs each plan's history (from git) on its view: the history page's URL,
 * the day the plan last changed, and the progress chart's geometry.
 */
export function attachHistory(data: SiteData, histories: Map<string, PlanHistory>): void {
  for (const plan of data.plans) {
    const history = histories.get(plan.relativePath);
    if (!history) continue;
    plan.history = history;
    plan.historyUrl = `${plan.url}history/`;
    // Edits not committed yet, and a shallow clone's cut, say so rather than give a day git does not know.
    const newest = history.revisions[0];
    if (newest?.uncommitted) plan.lastChangedNote = 'uncommitted';
    else if (newest?.event === 'cut-short') plan.lastChangedNote = 'cutShort';
    if (history.lastChanged && !newest?.uncommitted) plan.lastChanged = makeWhen(history.lastChanged, data.today);
    plan.historyChart = layOutProgressChart(history.revisions, data.today);
  }
  data.pages.histories = data.pages.plans.filter((plan) => plan.history);
}

/** The day a plan's PDF is dated: its last commit, else when it was last reviewed or made. */
export function findPlanDate(histories: Map<string, PlanHistory>, relativePath: string): string | undefined {
  const history = histories.get(relativePath);
  return history?.revisions.find((r) => !r.uncommitted)?.date;
}
