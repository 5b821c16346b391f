import { listKnownKeys } from '../schema/known-keys.js';
import type { PlanView, SiteData } from './site-data.js';
import { makeExportUrl } from './site-url.js';

/**
 * `/plans.json`: every published plan as validated data with its derived
 * facts, for spreadsheets and scripts. Drafts are never in it, whatever the
 * build included. Keys come in the plan format's own order (free `custom`
 * data in sorted order), so two builds of the same plans give the same bytes.
 *
 * Made in pieces, one plan at a time, for a writer to stream to its file:
 * the pieces joined are exactly `JSON.stringify(document, null, 2)` and a
 * newline, without the whole document (tens of megabytes at thousands of
 * plans) ever being held.
 */
export function* renderPlansJson(site: SiteData): Generator<string> {
  const url = (path: string) => makeExportUrl(site, path);
  const head = JSON.stringify({ title: site.title, today: site.today, calendar: url(site.exports.calendar) }, null, 2);
  // The head's closing brace gives way to the plans array, the document's last key.
  yield `${head.slice(0, -'\n}'.length)},\n  "plans": [`;
  let count = 0;
  for (const view of site.plans) {
    if (view.plan.status === 'draft') continue;
    const entry = JSON.stringify(makeEntry(view, url), null, 2);
    // Nested two levels deep, every line of the entry is indented four more spaces.
    yield `${count++ === 0 ? '' : ','}\n    ${entry.replaceAll('\n', '\n    ')}`;
  }
  yield count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

/** One plan's entry: its addresses, its data in schema order and its facts. */
function makeEntry(view: PlanView, url: (path: string) => string): object {
  return {
    slug: view.slug,
    source: view.relativePath,
    url: url(view.url),
    personUrl: url(view.personUrl),
    pdfUrl: view.pdfUrl ? url(view.pdfUrl) : undefined,
    calendarUrl: url(`${view.personUrl}deadlines.ics`),
    plan: orderKeys(view.plan, []),
    facts: view.facts,
  };
}

/** A copy of validated plan data with each object's keys in schema order, unknown keys sorted after. */
function orderKeys(value: unknown, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => orderKeys(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const known = listKnownKeys(path);
  const keys = [...known.filter((k) => k in record), ...Object.keys(record).filter((k) => !known.includes(k)).sort()];
  return Object.fromEntries(keys.map((key) => [key, orderKeys(record[key], [...path, key])]));
}
