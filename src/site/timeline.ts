import { resolveDueDay, resolveStartDay, toDayNumber, fromDayNumber } from '../dates/calendar.js';
import type { LoadedPlan } from '../load/types.js';

/** One goal as a bar from its start to its due day, in percent of the chart's width. */
export interface TimelineRow {
  goalId: string;
  title: string;
  status: string;
  overdue: boolean;
  /** Left edge, 0-100. */
  from: number;
  /** Width, at least a sliver so a one-day goal still shows. */
  width: number;
  start: string;
  due: string;
}

/** A timeline drawing's geometry; the template turns it into SVG. */
export interface Timeline {
  rows: TimelineRow[];
  /** Where today falls, 0-100, or undefined when outside the drawn span. */
  today?: number;
  /** Year (or month) marks along the axis. */
  ticks: { at: number; label: string }[];
}

/**
 * Lays the goals of a plan out on one time axis: from the earliest start
 * (or the plan's creation) to the latest due day, with today marked. A goal
 * without a start is drawn from the day the plan was made.
 */
export function layOutTimeline(loaded: LoadedPlan): Timeline {
  const { plan, facts } = loaded;
  const spans = plan.goals.map((goal) => ({
    goal,
    from: toDayNumber(resolveStartDay(goal.start ?? plan.created)),
    to: toDayNumber(resolveDueDay(goal.due)) + 1,
  }));
  const first = Math.min(...spans.map((s) => s.from), toDayNumber(plan.created));
  const last = Math.max(...spans.map((s) => s.to), first + 30);
  const total = last - first;
  const at = (day: number) => Math.round(((day - first) / total) * 10000) / 100;
  const todayNumber = toDayNumber(facts.today);

  return {
    rows: spans.map(({ goal, from, to }, i) => ({
      goalId: goal.id,
      title: goal.title,
      status: goal.status,
      overdue: facts.goals[i]!.overdue,
      from: at(Math.max(first, Math.min(from, to))),
      width: Math.max(0.8, at(to) - at(Math.min(from, to))),
      start: fromDayNumber(Math.min(from, to)),
      due: goal.due,
    })),
    today: todayNumber >= first && todayNumber <= last ? at(todayNumber) : undefined,
    ticks: makeTicks(first, last, at),
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
