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
  const known = new Map<string, KnownKeys>();
  let count = 0;
  for (const view of site.plans) {
    if (view.plan.status === 'draft') continue;
    // Written inside the same wrapper as in the document, the entry comes out indented as there.
    const entry = JSON.stringify({ plans: [makeEntry(view, url, known)] }, null, 2).slice(ENTRY_START.length, -ENTRY_END.length);
    yield `${count++ === 0 ? '' : ','}\n${entry}`;
  }
  yield count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

const ENTRY_START = '{\n  "plans": [\n';
const ENTRY_END = '\n  ]\n}';

/** The keys an object of the plan format accepts, in order and as a set, by its path with array indexes left out. */
interface KnownKeys {
  order: string[];
  set: Set<string>;
}

/** One plan's entry: its addresses, its data in schema order and its facts. */
function makeEntry(view: PlanView, url: (path: string) => string, known: Map<string, KnownKeys>): object {
  return {
    slug: view.slug,
    source: view.relativePath,
    url: url(view.url),
    personUrl: url(view.personUrl),
    pdfUrl: view.pdfUrl ? url(view.pdfUrl) : undefined,
    calendarUrl: url(`${view.personUrl}deadlines.ics`),
    plan: orderKeys(view.plan, [], known),
    facts: view.facts,
  };
}

/** A copy of validated plan data with each object's keys in schema order, unknown keys sorted after. */
function orderKeys(value: unknown, path: (string | number)[], known: Map<string, KnownKeys>): unknown {
  if (Array.isArray(value)) return value.map((item, i) => orderKeys(item, [...path, i], known));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  // Every goal (every step...) has the same keys: looked up in the schema once per place in a plan.
  const place = path.map((part) => (typeof part === 'number' ? '#' : part)).join('.');
  let keys = known.get(place);
  if (!keys) {
    const order = listKnownKeys(path);
    known.set(place, (keys = { order, set: new Set(order) }));
  }
  const ordered = [...keys.order.filter((k) => k in record), ...Object.keys(record).filter((k) => !keys.set.has(k)).sort()];
  return Object.fromEntries(ordered.map((key) => [key, orderKeys(record[key], [...path, key], known)]));
}
