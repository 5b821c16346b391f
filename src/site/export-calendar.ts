import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import type { PlanView } from './site-data.js';
import { makeExportUrl } from './site-url.js';

/** One all-day event: a goal or step falling due, or a plan's next review. */
export interface PlanEvent {
  /** Stable across builds, so a calendar that re-imports updates the event instead of duplicating it. */
  uid: string;
  /** `YYYY-MM-DD`; a month-precision due date means its last day. */
  day: string;
  summary: string;
  description: string;
  /** Site-relative page the event is about. */
  url: string;
}

export interface CalendarOptions {
  /** The calendar's name, as apps show it. */
  name: string;
  base: string;
  siteUrl?: string;
  /** Seconds since 1970 for every DTSTAMP; default SOURCE_DATE_EPOCH, else each plan's latest date. */
  epoch?: number;
}

/**
 * An iCalendar file of the open deadlines and next reviews of published
 * plans (drafts are always left out). Nothing in it depends on the time of
 * the build, so the same plans give the same bytes.
 */
export function renderCalendar(plans: PlanView[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Planfolio', product: 'Planfolio', language: 'EN' },
    // Subscribed calendars refresh daily.
    ttl: 24 * 60 * 60,
  });
  const epoch = options.epoch ?? readSourceDateEpoch();
  for (const view of plans) {
    if (view.plan.status === 'draft') continue;
    const stamp = epoch !== undefined ? new Date(epoch * 1000) : toUtcDate(latestDate(view));
    for (const event of listPlanEvents(view)) {
      const start = toUtcDate(event.day);
      calendar.createEvent({
        id: event.uid,
        start,
        // DTEND is exclusive: the next day, so every app shows one whole day.
        end: toUtcDate(fromDayNumber(toDayNumber(event.day) + 1)),
        allDay: true,
        stamp,
        summary: event.summary,
        description: event.description,
        url: options.siteUrl ? makeExportUrl(options, event.url) : null,
      });
    }
  }
  return foldQuickly(() => calendar.toString());
}

/**
 * ical-generator 10 folds long lines by measuring every character of the
 * calendar with a new TextEncoder (ical-generator issue 765; fixed in 11,
 * which needs Node 22): at a thousand plans that was over a second of every
 * build. While it writes the calendar, TextEncoder is one that only counts a
 * character's UTF-8 bytes, all the folding asks of it.
 */
function foldQuickly(write: () => string): string {
  const original = globalThis.TextEncoder;
  globalThis.TextEncoder = CountingEncoder as unknown as typeof TextEncoder;
  try {
    return write();
  } finally {
    globalThis.TextEncoder = original;
  }
}

/** Counts the UTF-8 bytes of a character (one code point) without encoding it. */
class CountingEncoder {
  encode(text: string): { length: number } {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) length += 1;
      else if (code < 0x800) length += 2;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        length += 4;
        i += 1;
      } else length += 3;
    }
    return { length };
  }
}

/** The events of one plan: open goals and steps on their due day, and the next review. */
export function listPlanEvents(view: PlanView): PlanEvent[] {
  const { plan, facts } = view;
  const uid = (...parts: string[]) => `${[...view.slug.split('/'), ...parts].map(encodeURIComponent).join('/')}@planfolio`;
  const forWhom = `${plan.owner}, ${plan.title}`;
  const events: PlanEvent[] = [];
  const stepKeys = makeStepKeys(view);
  for (const deadline of [...facts.overdue, ...facts.upcoming]) {
    const goal = plan.goals[deadline.goalIndex]!;
    const url = `${view.url}#goal-${goal.id}`;
    if (deadline.kind === 'goal') {
      events.push({
        uid: uid(goal.id),
        day: deadline.dueDay,
        summary: `Goal due: ${goal.title} (${plan.owner})`,
        description: `${forWhom}\nOutcome: ${goal.outcome}`,
        url,
      });
    } else {
      const step = goal.steps[deadline.stepIndex!]!;
      const resources = step.resources?.length ? `\nResources: ${step.resources.join('; ')}` : '';
      events.push({
        uid: uid(goal.id, stepKeys.get(step)!),
        day: deadline.dueDay,
        summary: `Step due: ${step.action} (${plan.owner})`,
        description: `${forWhom}\nFor the goal: ${goal.title}${resources}`,
        url,
      });
    }
  }
  if (plan.nextReview) {
    const mentor = plan.mentor ? ` with ${plan.mentor}` : '';
    events.push({
      uid: uid('review'),
      day: plan.nextReview,
      summary: `Plan review: ${plan.title} (${plan.owner})`,
      description: `${forWhom}\nReview the plan${mentor}: what moved, what is done, what comes next.`,
      url: view.url,
    });
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}

/**
 * A key per step from its action's text rather than its position, so adding
 * or reordering steps does not hand one step's event to another.
 */
function makeStepKeys(view: PlanView): Map<object, string> {
  const keys = new Map<object, string>();
  for (const goal of view.plan.goals) {
    const seen = new Map<string, number>();
    for (const step of goal.steps) {
      const hash = createHash('sha256').update(step.action.trim()).digest('hex').slice(0, 12);
      const count = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, count);
      keys.set(step, count === 1 ? `step-${hash}` : `step-${hash}-${count}`);
    }
  }
  return keys;
}

/** The plan's latest own date: when nothing else pins DTSTAMP, it changes only when the plan does. */
function latestDate(view: PlanView): string {
  const dates = [view.plan.created, view.plan.reviewed, ...(view.plan.adjustments ?? []).map((a) => a.date)];
  return dates.filter((d): d is string => typeof d === 'string').sort().at(-1)!;
}

function readSourceDateEpoch(): number | undefined {
  const text = process.env.SOURCE_DATE_EPOCH?.trim();
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

function toUtcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
