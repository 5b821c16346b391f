import { makeWhen } from '../facts/when.js';
import { layOutProgressChart } from '../history/progress-chart.js';
import type { PlanHistory, Revision } from '../history/types.js';
import type { Skill } from '../schema/skill.js';
import type { SiteData, SkillTrend } from './site-data.js';

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
    plan.skillTrends = findSkillTrends(plan.plan.skills ?? [], history.revisions);
  }
  data.pages.histories = data.pages.plans.filter((plan) => plan.history);
}

/**
 * How each skill's level moved over the plan's committed history: from the
 * level it had in the oldest version that gave it one, to the level now.
 * Only skills whose level moved are listed.
 */
export function findSkillTrends(skills: readonly Skill[], revisions: readonly Revision[]): Record<string, SkillTrend> {
  const trends: Record<string, SkillTrend> = {};
  const oldestFirst = revisions.filter((r) => !r.uncommitted && r.skillLevels).reverse();
  for (const skill of skills) {
    const first = oldestFirst.find((r) => r.skillLevels![skill.name] !== undefined);
    const from = first?.skillLevels![skill.name];
    if (first && from !== undefined && skill.level !== undefined && from !== skill.level) {
      trends[skill.name] = { from, to: skill.level, since: first.date };
    }
  }
  return trends;
}

/** The day a plan's PDF is dated: its last commit, else when it was last reviewed or made. */
export function findPlanDate(histories: Map<string, PlanHistory>, relativePath: string): string | undefined {
  const history = histories.get(relativePath);
  return history?.revisions.find((r) => !r.uncommitted)?.date;
}
