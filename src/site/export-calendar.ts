import { hash } from 'node:crypto';
import ical, { foldLines } from 'ical-generator';
import { MS_PER_DAY } from '../dates/calendar.js';
import { dayToDate, pinOutputDate } from '../dates/source-date.js';
import type { Words } from '../words/words.js';
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

export interface EventOptions {
  base: string;
  siteUrl?: string;
  words: Words;
  /** Where SOURCE_DATE_EPOCH is read from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

export interface CalendarOptions extends EventOptions {
  /** The calendar's name, as apps show it. */
  name: string;
}

/** How every calendar ends; its head comes from renderCalendarHead. */
export const CALENDAR_END = 'END:VCALENDAR';

/**
 * An iCalendar file of the open deadlines and next reviews of published
 * plans (drafts are always left out). Nothing in it depends on the time of
 * the build, so the same plans give the same bytes. Builds write the same
 * pieces straight to files (write-exports.ts) instead of joining them.
 */
export function renderCalendar(plans: PlanView[], options: CalendarOptions): string {
  return renderCalendarHead(options.name) + plans.map((view) => renderPlanEvents(view, options)).join('') + CALENDAR_END;
}

/** A calendar's lines before its events: its name, who made it, how often to refresh. */
export function renderCalendarHead(name: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Planfolio', product: 'Planfolio', language: 'EN' },
    // Subscribed calendars refresh daily.
    ttl: 24 * 60 * 60,
  });
  return foldQuickly(() => calendar.toString()).slice(0, -CALENDAR_END.length);
}

/**
 * A plan's events as calendar lines, folded as ical-generator folds a whole
 * calendar (line by line, so pieces folded apart join into the same bytes);
 * empty for a draft. Made once per plan for both calendars it is in.
 */
export function renderPlanEvents(view: PlanView, options: EventOptions): string {
  if (view.plan.status === 'draft') return '';
  const calendar = ical();
  // SOURCE_DATE_EPOCH, else the plan's latest own date: DTSTAMP then changes only when the plan does.
  const stamp = pinOutputDate(ownDates(view), options.env);
  for (const event of listPlanEvents(view, options.words)) {
    const start = dayToDate(event.day);
    calendar.createEvent({
      id: event.uid,
      start,
      // DTEND is exclusive: the next day, so every app shows one whole day.
      end: new Date(start.getTime() + MS_PER_DAY),
      allDay: true,
      stamp,
      summary: event.summary,
      description: event.description,
      url: options.siteUrl ? makeExportUrl(options, event.url) : null,
    });
  }
  return foldLongLines(calendar.events().map((event) => event.toString()).join(''));
}

/**
 * Folds as ical-generator's foldLines does, handing it only the lines it
 * would change: one of at most 74 UTF-8 bytes comes back as it went in, and
 * nearly every line of an event is that short (measuring each character of
 * each line took a third of the calendars' time at a thousand plans).
 */
function foldLongLines(text: string): string {
  const lines = text.split('\r\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (Buffer.byteLength(line) > 74) lines[i] = foldQuickly(() => foldLines(line));
  }
  return lines.join('\r\n');
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
export function listPlanEvents(view: PlanView, words: Words): PlanEvent[] {
  const { plan, facts } = view;
  const { t } = words;
  const uid = (...parts: string[]) => `${[...view.slug.split('/'), ...parts].map(encodeURIComponent).join('/')}@planfolio`;
  const whose = { owner: plan.owner, plan: plan.title };
  const events: PlanEvent[] = [];
  const stepKeys = makeStepKeys(view);
  for (const deadline of [...facts.overdue, ...facts.upcoming]) {
    const goal = plan.goals[deadline.goalIndex]!;
    const url = `${view.url}#goal-${goal.id}`;
    if (deadline.kind === 'goal') {
      events.push({
        uid: uid(goal.id),
        day: deadline.when.day,
        summary: t('calendar.goalDue', { ...whose, title: goal.title }),
        description: [t('calendar.whose', whose), t('calendar.outcome', { outcome: goal.outcome })].join('\n'),
        url,
      });
    } else {
      const step = goal.steps[deadline.stepIndex!]!;
      const lines = [t('calendar.whose', whose), t('calendar.forGoal', { goal: goal.title })];
      if (step.resources?.length) lines.push(t('calendar.resources', { resources: step.resources.join('; ') }));
      events.push({
        uid: uid(goal.id, stepKeys.get(step)!),
        day: deadline.when.day,
        summary: t('calendar.stepDue', { ...whose, action: step.action }),
        description: lines.join('\n'),
        url,
      });
    }
  }
  if (facts.review.next) {
    const review = plan.mentor ? t('calendar.reviewWith', { mentor: plan.mentor }) : t('calendar.review');
    events.push({
      uid: uid('review'),
      day: facts.review.next.day,
      summary: t('calendar.reviewDue', whose),
      description: [t('calendar.whose', whose), review].join('\n'),
      url: view.url,
    });
  }
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
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
      const key = hash('sha256', step.action.trim(), 'hex').slice(0, 12);
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      keys.set(step, count === 1 ? `step-${key}` : `step-${key}-${count}`);
    }
  }
  return keys;
}

/** The plan's own dates: its creation, review and adjustment days. */
function ownDates(view: PlanView): (string | undefined)[] {
  return [view.plan.created, view.plan.reviewed, ...(view.plan.adjustments ?? []).map((a) => a.date)];
}
