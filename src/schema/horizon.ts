import * as z from 'zod';
import { checkDayOrMonth } from './calendar-date.js';

const SPAN = /^(\d{1,3})\s+(year|years|month|months)$/i;
const HORIZON_PATTERN =
  '^\\s*(\\d{1,3}\\s+([Yy][Ee][Aa][Rr][Ss]?|[Mm][Oo][Nn][Tt][Hh][Ss]?)|[Rr][Ee][Tt][Ii][Rr][Ee][Mm][Ee][Nn][Tt]|\\d{4}-\\d{2}(-\\d{2})?)\\s*$';

/** How far ahead a vision looks, as written and as understood. */
export type Horizon =
  | { text: string; kind: 'years' | 'months'; amount: number }
  | { text: string; kind: 'date'; date: string }
  | { text: string; kind: 'retirement' };

/** Reads a horizon text; returns null when it is none of the accepted forms. */
export function readHorizon(text: string): Horizon | null {
  const trimmed = text.trim();
  if (/^retirement$/i.test(trimmed)) return { text: trimmed, kind: 'retirement' };
  const span = SPAN.exec(trimmed);
  if (span) {
    const amount = Number(span[1]);
    if (amount < 1) return null;
    const kind = span[2]!.toLowerCase().startsWith('year') ? 'years' : 'months';
    return { text: trimmed, kind, amount };
  }
  if (checkDayOrMonth(trimmed) === null) return { text: trimmed, kind: 'date', date: trimmed };
  return null;
}

/** `N years`, `N months`, a date (`YYYY-MM-DD` or `YYYY-MM`) or `retirement`. */
export const horizonSchema = z
  .string()
  // For editors: JSON Schema patterns have no case-insensitive flag, hence the classes.
  .meta({ pattern: HORIZON_PATTERN })
  .transform((text, ctx) => {
    const horizon = readHorizon(text);
    if (!horizon) ctx.issues.push({ code: 'custom', input: text, message: 'horizon', params: { rule: 'horizon' } });
    return horizon ?? z.NEVER;
  });
