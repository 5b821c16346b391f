// Where a renamed plan went. A plan's address comes from its file's path, so
// moving `plans/ana.md` to `plans/ana-garcia/2026-lead.md` moves its page,
// history page and PDF, and a new name for its owner moves the PDF and the
// person's page and calendar: links already shared with a manager or advisor,
// and calendars subscribed to, would break. Git knows the file's earlier
// paths and owners (the history): each earlier address is sent on to where
// the plan is now, in a `_redirects` file, which Netlify and Cloudflare
// Pages read from the published folder.
import { makePlanSlug, makePlanUrl } from '../load/load-plan.js';
import { makePdfFileName } from '../pdf/file-name.js';
import { slugifyName } from '../schema/slugify.js';
import { PERSON_CALENDAR as CALENDAR, type PlanView } from '../site/site-data.js';
import { joinBase } from '../site/site-url.js';

/** An earlier address of a plan's page, history page or PDF, and where it is now (both under the site's base path). */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * The redirects from every earlier address of the plans to their address
 * now. For each path a plan's file had in git other than its path now: its
 * page and its history page (when the site has one). For each path and
 * owner's name it had: its PDF (when the site has PDFs). For each owner's
 * name it had: the person's page and calendar. An earlier address that the
 * site serves now (another plan took the name, another plan of that person
 * is still theirs) is left as it is, and one that two plans once had goes
 * nowhere: nobody can tell whose link it is.
 */
export function collectRedirects(plans: readonly PlanView[], base: string): Redirect[] {
  const served = new Set(
    plans.flatMap((plan) => [plan.url, plan.historyUrl, plan.pdfUrl, plan.personUrl, `${plan.personUrl}${CALENDAR}`].filter((url): url is string => url !== undefined)),
  );
  const targets = new Map<string, string | null>();
  const add = (from: string, to: string) => {
    if (from === to || served.has(from)) return;
    const known = targets.get(from);
    targets.set(from, known === undefined || known === to ? to : null);
  };
  for (const plan of plans) {
    const revisions = plan.history?.revisions ?? [];
    // Each path with the owner of that version; a path only seen as a rename's former one (a history cut
    // short before it) with the owner now.
    const versions = revisions.map((r) => ({ path: r.path, owner: r.owner ?? plan.plan.owner }));
    const seen = new Set(versions.map((v) => v.path));
    for (const r of revisions) if (r.previousPath && !seen.has(r.previousPath)) versions.push({ path: r.previousPath, owner: plan.plan.owner });
    for (const version of versions) {
      const slug = makePlanSlug(version.path);
      if (slug !== plan.slug) {
        add(makePlanUrl(slug), plan.url);
        if (plan.historyUrl) add(`${makePlanUrl(slug)}history/`, plan.historyUrl);
      }
      if (plan.pdfUrl) add(`/pdf/${makePdfFileName({ plan: { ...plan.plan, owner: version.owner }, slug })}`, plan.pdfUrl);
      const person = `/people/${slugifyName(version.owner, 'person')}/`;
      if (person !== plan.personUrl) {
        add(person, plan.personUrl);
        add(`${person}${CALENDAR}`, `${plan.personUrl}${CALENDAR}`);
      }
    }
  }
  return [...targets]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => ({ from: joinBase(base, from), to: joinBase(base, to) }));
}

/**
 * The redirects as a `_redirects` file: one rule a line, addresses
 * percent-encoded as the file wants them. 302, not 301: browsers keep a 301
 * for good, and a later plan may take the old name.
 */
export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  const header = [
    '# Earlier addresses of renamed plans, sent on to where each plan is now.',
    '# Made by Planfolio from the plans\' history in git on every build: change the plans, not this file.',
  ];
  return `${[...header, ...redirects.map(({ from, to }) => `${encodeURI(from)} ${encodeURI(to)} 302`)].join('\n')}\n`;
}

/**
 * The rules of a `_redirects` file as Planfolio writes it, by the address
 * they lead from (percent-encoded, as a request's path is), each with and
 * without its trailing slash, which Netlify treats alike. Lines that are not
 * a rule of that form (comments, blanks) are passed over.
 */
export function readRedirectsFile(text: string): Map<string, { to: string; status: number }> {
  const rules = new Map<string, { to: string; status: number }>();
  for (const line of text.split(/\r?\n/)) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !to || !/^30[1278]$/.test(status ?? '')) continue;
    for (const key of [from, from.endsWith('/') ? from.slice(0, -1) : `${from}/`]) if (!rules.has(key)) rules.set(key, { to, status: Number(status) });
  }
  return rules;
}
