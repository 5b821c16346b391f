// Where a renamed plan went. A plan's address comes from its file's path, so
// moving `plans/ana.md` to `plans/ana-garcia/2026-lead.md` moves its page,
// history page and PDF, and links already shared with a manager or advisor
// would break. Git knows the file's earlier paths (the history's renames):
// each earlier address is sent on to where the plan is now, in a
// `_redirects` file, which Netlify and Cloudflare Pages read from the
// published folder.
import { makePlanSlug, makePlanUrl } from '../load/load-plan.js';
import { makePdfFileName } from '../pdf/file-name.js';
import type { PlanView } from '../site/site-data.js';
import { joinBase } from '../site/site-url.js';

/** An earlier address of a plan's page, history page or PDF, and where it is now (both under the site's base path). */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * The redirects from every earlier address of the plans to their address
 * now: for each path a plan's file had in git other than its path now, its
 * page, its history page (when the site has one) and its PDF (when the site
 * has PDFs; named with the plan's owner now). An earlier address that the
 * site serves now (another plan took the name) is left to that plan, and one
 * that two plans once had goes nowhere: nobody can tell whose link it is.
 */
export function collectRedirects(plans: readonly PlanView[], base: string): Redirect[] {
  const served = new Set(plans.flatMap((plan) => [plan.url, plan.historyUrl, plan.pdfUrl].filter((url): url is string => url !== undefined)));
  const targets = new Map<string, string | null>();
  const add = (from: string, to: string) => {
    if (from === to || served.has(from)) return;
    const known = targets.get(from);
    targets.set(from, known === undefined || known === to ? to : null);
  };
  for (const plan of plans) {
    const earlier = new Set(plan.history?.revisions.flatMap((r) => [r.path, r.previousPath]).filter((p): p is string => p !== undefined && p !== plan.relativePath));
    for (const relativePath of earlier) {
      const slug = makePlanSlug(relativePath);
      if (slug === plan.slug) continue;
      const url = makePlanUrl(slug);
      add(url, plan.url);
      if (plan.historyUrl) add(`${url}history/`, plan.historyUrl);
      if (plan.pdfUrl) add(`/pdf/${makePdfFileName({ plan: plan.plan, slug })}`, plan.pdfUrl);
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
