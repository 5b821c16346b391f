import { closest, distance } from 'fastest-levenshtein';
import type * as z from 'zod';
import { formatRatio } from '../theme/colour.js';
import { messages } from './catalogue.js';

/** The nearest of `candidates` to `word`, when it is near enough to be a likely typo. */
export function suggestNearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word.length === 0) return undefined;
  const lower = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(word, [...candidates]);
  const allowed = Math.max(2, Math.floor(Math.min(word.length, best.length) / 3));
  return distance(lower, best.toLowerCase()) <= allowed ? best : undefined;
}

/** Names a JavaScript value's kind the way a YAML writer thinks of it. */
export function describeFound(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return `text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}...` : input)}`;
    case 'number':
      return `the number ${input}`;
    case 'boolean':
      return `${input}`;
    case 'object':
      return 'a mapping of fields';
    default:
      return typeof input;
  }
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (e.g. [a, b] or lines starting "- ")',
  object: 'a mapping of fields (key: value lines)',
};

/** What a list at this field holds, for "needs at least one" messages. */
const listItems: Record<string, string> = { goals: 'goal', steps: 'step' };

/** Turns one Zod issue (parsed with `reportInput`) into what is wrong and what would be right. */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: (path: PropertyKey[]) => string[]): string {
  const key = String(issue.path[issue.path.length - 1] ?? '');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return messages.missing(key);
      if (input === null) return messages.noValue(key);
      if (issue.expected === 'int' && typeof input === 'number') return messages.notWhole(input);
      return messages.wrongType(expectedNames[issue.expected] ?? issue.expected, describeFound(input));
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const nearest = typeof input === 'string' ? suggestNearest(input, allowed) : undefined;
      return messages.notInList(String(input), allowed, nearest);
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') return messages.emptyText();
      if (issue.origin === 'array') return messages.emptyList(listItems[key] ?? 'item');
      return messages.outOfRange(Number(input), 0, 5);
    case 'invalid_union':
      if (key === 'worth') return messages.badWorth(String(input));
      return messages.wrongType('one of the accepted forms', describeFound(input));
    case 'invalid_format':
      if (key === 'id') return messages.badGoalId(String(input));
      return messages.invalidValue();
    case 'custom':
      return describeRule(issue.params ?? {}, input);
    case 'unrecognized_keys': {
      // The loader splits these so that each unknown key is its own problem.
      const unknown = issue.keys[0] ?? '';
      const keys = knownKeys(issue.path);
      return messages.unknownKey(unknown, suggestNearest(unknown, keys), keys);
    }
    default:
      return messages.invalidValue();
  }
}

function describeRule(params: Record<string, unknown>, input: unknown): string {
  const text = (name: string) => String(params[name]);
  switch (params.rule) {
    case 'date':
    case 'date-or-month':
      return params.why === 'no-such-day'
        ? messages.noSuchDay(String(input))
        : messages.badDate(String(input), params.rule === 'date-or-month');
    case 'horizon':
      return messages.badHorizon(String(input));
    case 'base':
      return messages.badBase(String(input));
    case 'language':
      return messages.badLanguage(String(input));
    case 'accent':
      return messages.badAccent(String(input));
    case 'accent-contrast':
      return messages.lowContrastAccent(String(input), formatRatio(params.ratio as number), params.on as 'white' | 'background', text('background'), text('suggestion'));
    case 'logo-type':
      return messages.logoType(String(input));
    case 'logo-missing':
      return messages.logoMissing(String(input));
    case 'logo-outside':
      return messages.logoOutside(String(input));
    case 'logo-content':
      return messages.logoContent(String(input));
    case 'due-before-start':
      return messages.dueBeforeStart(text('due'), text('start'));
    case 'unknown-skill':
      return messages.unknownSkill(text('name'), suggestNearest(text('name'), params.known as string[]));
    case 'duplicate-skill':
      return messages.duplicateSkill(text('name'), `skills[${text('first')}]`);
    case 'duplicate-goal':
      return messages.duplicateGoal(text('id'), `goals[${text('first')}]`);
    case 'evaluation-not-done':
      return messages.evaluationNotDone();
    default:
      return messages.invalidValue();
  }
}
