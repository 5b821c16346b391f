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
  const known = makeKnownKeys([]);
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

/**
 * The keys an object of the plan format accepts at one place in a plan (array
 * indexes left out: every goal is one place), in order and as a set, and the
 * places below it by key, each looked up in the schema the first time it is met.
 */
interface KnownKeys {
  path: (string | number)[];
  order: string[];
  set: Set<string>;
  below: Map<string, KnownKeys>;
}

/** The place at `path` in a plan, as the root of the places below it. */
function makeKnownKeys(path: (string | number)[]): KnownKeys {
  const order = listKnownKeys(path);
  return { path, order, set: new Set(order), below: new Map() };
}

/** The place below `known` at `key` (an array's items are at `#`). */
function descend(known: KnownKeys, key: string | number): KnownKeys {
  const name = typeof key === 'number' ? '#' : key;
  let below = known.below.get(name);
  if (!below) known.below.set(name, (below = makeKnownKeys([...known.path, typeof key === 'number' ? 0 : key])));
  return below;
}

/** One plan's entry: its addresses, its data in schema order and its facts. */
function makeEntry(view: PlanView, url: (path: string) => string, known: KnownKeys): object {
  return {
    slug: view.slug,
    source: view.relativePath,
    url: url(view.url),
    personUrl: url(view.personUrl),
    pdfUrl: view.pdfUrl ? url(view.pdfUrl) : undefined,
    calendarUrl: url(`${view.personUrl}deadlines.ics`),
    plan: orderKeys(view.plan, known),
    facts: view.facts,
  };
}

/** A copy of validated plan data with each object's keys in schema order, unknown keys sorted after. */
function orderKeys(value: unknown, known: KnownKeys): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const items = descend(known, 0);
    return value.map((item) => orderKeys(item, items));
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  // Without a prototype, a `__proto__` key in free data is set as a key like any other.
  const ordered: Record<string, unknown> = Object.create(null);
  for (const key of known.order) if (key in record) ordered[key] = orderKeys(record[key], descend(known, key));
  const unknown = Object.keys(record).filter((key) => !known.set.has(key));
  for (const key of unknown.sort()) ordered[key] = orderKeys(record[key], descend(known, key));
  return ordered;
}
