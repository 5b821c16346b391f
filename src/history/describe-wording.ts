// The small pieces change sentences are made of: quoted names, dates, how far
// a date moved ("4 months later"), worked out on calendar strings only, and
// the few rules most sentences follow (a value set, removed or changed; items
// added to or removed from a list). The words themselves come from the
// catalogue (src/words/en/history.ts).
import { addMonths, daysBetween, monthsBetween, resolveDueDay, resolveStartDay } from '../dates/calendar.js';
import type { Vars, WordKey, Words } from '../words/words.js';
import type { Change, ChangeKind } from './types.js';

const MAX_QUOTE = 200;

/** A name or note in quotes, cut at a sensible length. */
export function quote(w: Words, text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return w.t('history.quote', { text: flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat });
}

/** How a value is shown in a sentence. */
type Show = (w: Words, value: string) => string;
/** A date as "31 Jan 2027" or "Jan 2027". */
export const asDate: Show = (w, value) => w.date(value);
/** A value as written. */
export const asIs: Show = (_w, value) => value;
/** A schema word as a sentence shows it: `in-progress` as "in progress" (the owner's own value, as written). */
export const asWord: Show = (_w, value) => value.replace(/-/g, ' ');

const isMonthEnd = (day: string) => resolveDueDay(day.slice(0, 7)) === day;

/**
 * How far a date moved, in the largest unit that says it exactly:
 * "4 months later", "2 weeks earlier", "1 year and 3 months later",
 * "1 month and 5 days later". Month dates (`2026-09`) compare as months; a
 * due date means its last day and a start its first. Undefined when both
 * mean the same day.
 */
export function describeShift(w: Words, from: string, to: string, as: 'due' | 'start'): string | undefined {
  const resolve = as === 'due' ? resolveDueDay : resolveStartDay;
  const a = resolve(from);
  const b = resolve(to);
  const days = daysBetween(a, b);
  if (days === 0) return undefined;
  // Month precision on both sides, or month ends on both: whole months.
  const wholeMonths = (from.length === 7 && to.length === 7) || (isMonthEnd(a) && isMonthEnd(b));
  const months = wholeMonths ? monthsBetween(a.slice(0, 7), b.slice(0, 7)) : monthsBetween(a, b);
  const rest = wholeMonths ? 0 : Math.abs(daysBetween(addMonths(a, months), b));
  return w.t(days > 0 ? 'history.later' : 'history.earlier', { span: describeSpan(w, Math.abs(months), rest) });
}

function describeSpan(w: Words, months: number, days: number): string {
  const and = (first: string, second: string) => w.t('history.and', { first, second });
  const unit = (u: 'day' | 'week' | 'month' | 'year', count: number) => w.distance({ unit: u, count });
  if (months === 0) return days % 7 === 0 ? unit('week', days / 7) : unit('day', days);
  const years = Math.floor(months / 12);
  const inMonths =
    years > 0 && months % 12 === 0 ? unit('year', years) : years > 0 && months >= 24 ? and(unit('year', years), unit('month', months % 12)) : unit('month', months);
  return days === 0 ? inMonths : and(inMonths, unit('day', days));
}

/** A value of a plan part: a text, a date, a level. */
type Value = string | number | undefined;

/**
 * How a value is told: `show`n quoted unless said otherwise, in the sentences
 * `history.set`, `.removed` and `.changed` unless `set`, `removed` or `changed`
 * name others with the same places; a date that `moves` is told as moved
 * ("due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later"), under
 * `movedLabel` when given.
 */
interface ValueStyle {
  show?: Show;
  moves?: 'due' | 'start';
  movedLabel?: WordKey;
  set?: WordKey;
  removed?: WordKey;
  changed?: WordKey;
}

/** A value set, removed or changed, as one sentence: "Role changed from “A” to “B”"; undefined when unchanged. */
export function describeValue(w: Words, label: string, before: Value, after: Value, style: ValueStyle = {}): string | undefined {
  if (before === after) return undefined;
  const show = (value: string | number) => (style.show ?? quote)(w, String(value));
  if (before === undefined) return w.t(style.set ?? 'history.set', { label, value: show(after!) });
  if (after === undefined) return w.t(style.removed ?? 'history.removed', { label, value: show(before) });
  if (style.moves) {
    const [from, to] = [String(before), String(after)];
    const shift = describeShift(w, from, to, style.moves);
    const dates = { label: style.movedLabel ? w.t(style.movedLabel) : label, from: w.date(from), to: w.date(to) };
    return shift ? w.t('history.movedBy', { ...dates, shift }) : w.t('history.moved', dates);
  }
  return w.t(style.changed ?? 'history.changed', { label, from: show(before), to: show(after) });
}

/** Adds the sentences of one comparison to `changes`, each marked with `goalId` when given. */
export class Teller {
  constructor(
    private readonly w: Words,
    private readonly changes: Change[],
    private readonly goalId?: string,
    /** The name every sentence starts with: "“Earn a promotion”: due moved ...". */
    private readonly name?: string,
  ) {}

  /** Adds a sentence, when there is one. */
  add(kind: ChangeKind, text: string | undefined): void {
    if (!text) return;
    const change: Change = { kind, text: this.name === undefined ? text : this.w.t('history.about', { name: this.name, change: text }) };
    if (this.goalId !== undefined) change.goalId = this.goalId;
    this.changes.push(change);
  }

  /** Adds the sentence of a value set, removed or changed (see `describeValue`). */
  value(kind: ChangeKind, label: WordKey, before: Value, after: Value, style?: ValueStyle): void {
    if (before !== after) this.add(kind, describeValue(this.w, this.w.t(label), before, after, style));
  }

  /** Adds a sentence for each item added to or removed from a list, filling `{item}` (quoted, as every name a sentence tells) or the places `vars` gives. */
  list(kind: ChangeKind, before: readonly string[] | undefined, after: readonly string[] | undefined, added: WordKey, removed: WordKey, vars = (item: string): Vars => ({ item: quote(this.w, item) })): void {
    // Each item counts once per occurrence: what is left of `before` was removed.
    const left = [...(before ?? [])];
    for (const item of after ?? []) {
      const at = left.indexOf(item);
      if (at >= 0) left.splice(at, 1);
      else this.add(kind, this.w.t(added, vars(item)));
    }
    for (const item of left) this.add(kind, this.w.t(removed, vars(item)));
  }

  /** A teller whose sentences start with a name. */
  about(name: string): Teller {
    return new Teller(this.w, this.changes, this.goalId, name);
  }
}
