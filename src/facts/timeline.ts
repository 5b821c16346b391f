// The timeline of a plan's goals as numbers: each goal a bar from its start to
// its due day on one time axis, in percent of the chart's width, with today
// and year marks. The site draws it in SVG; no template measures dates.
import { fromDayNumber, resolveDueDay, resolveStartDay, toDayNumber } from '../dates/calendar.js';
import type { Plan } from '../schema/plan.js';
import type { GoalFacts, Timeline } from './types.js';

/**
 * Lays the goals out on one axis, from the earliest start (or the plan's
 * creation) to the latest due day. A goal without a start is drawn from the
 * day the plan was made.
 */
export function layOutTimeline(plan: Plan, goals: readonly GoalFacts[], today: string): Timeline {
  const spans = plan.goals.map((goal) => ({
    goal,
    from: toDayNumber(resolveStartDay(goal.start ?? plan.created)),
    to: toDayNumber(resolveDueDay(goal.due)) + 1,
  }));
  const created = toDayNumber(plan.created);
  const first = Math.min(...spans.map((s) => s.from), created);
  const last = Math.max(...spans.map((s) => s.to), first + 30);
  const at = (day: number) => Math.round(((day - first) / (last - first)) * 10000) / 100;
  const todayNumber = toDayNumber(today);
  const latestDue = Math.max(...spans.map((s) => s.to - 1), created);
  return {
    rows: spans.map(({ goal, from, to }, i) => ({
      goalId: goal.id,
      title: goal.title,
      state: goals[i]!.state,
      from: at(Math.max(first, Math.min(from, to))),
      width: Math.max(0.8, at(to) - at(Math.min(from, to))),
      start: fromDayNumber(Math.min(from, to)),
      due: goal.due,
    })),
    ...(todayNumber >= first && todayNumber <= last ? { today: at(todayNumber) } : {}),
    ticks: makeTicks(first, last, at),
    from: fromDayNumber(first).slice(0, 7),
    to: fromDayNumber(latestDue).slice(0, 7),
  };
}

function makeTicks(first: number, last: number, at: (day: number) => number): Timeline['ticks'] {
  const firstYear = Number(fromDayNumber(first).slice(0, 4));
  const lastYear = Number(fromDayNumber(last).slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const ticks: Timeline['ticks'] = [];
  for (let year = firstYear + 1; year <= lastYear; year += step) {
    ticks.push({ at: at(toDayNumber(`${year}-01-01`)), label: String(year) });
  }
  return ticks;
}
