import { listKnownKeys } from '../schema/known-keys.js';
import type { PlanView, SiteData } from './site-data.js';
import { makeExportUrl } from './site-url.js';

/**
 * `/plans.json`: every published plan as validated data with its derived
 * facts, for spreadsheets and scripts. Drafts are never in it, whatever the
 * build included. Keys come in the plan format's own order (free `custom`
 * data in sorted order), so two builds of the same plans give the same bytes.
 */
export function renderPlansJson(site: SiteData): string {
  const url = (path: string) => makeExportUrl(site, path);
  const published = site.plans.filter((view) => view.plan.status !== 'draft');
  const document = {
    title: site.title,
    today: site.today,
    calendar: url(site.exports.calendar),
    plans: published.map((view: PlanView) => ({
      slug: view.slug,
      source: view.relativePath,
      url: url(view.url),
      personUrl: url(view.personUrl),
      pdfUrl: view.pdfUrl ? url(view.pdfUrl) : undefined,
      calendarUrl: url(`${view.personUrl}deadlines.ics`),
      plan: orderKeys(view.plan, []),
      facts: view.facts,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
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
