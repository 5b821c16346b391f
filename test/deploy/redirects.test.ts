// A renamed plan's earlier addresses (from its history in git) are sent on to
// its address now, in the _redirects file Netlify and Cloudflare Pages read.
import { describe, expect, it } from 'vitest';
import { collectRedirects, readRedirectsFile, renderRedirectsFile } from '../../src/deploy/redirects.js';
import type { Revision } from '../../src/history/types.js';
import { makePlanSlug, makePlanUrl } from '../../src/load/load-plan.js';
import { makePdfFileName } from '../../src/pdf/file-name.js';
import { slugifyName } from '../../src/schema/slugify.js';
import type { PlanView } from '../../src/site/site-data.js';

/**
 * A plan's view as a build makes it, at `relativePath`, whose file had the `earlier` paths in git (newest
 * first), each by the owner now unless given as `[path, owner]`.
 */
function makeView(relativePath: string, owner: string, earlier: (string | [string, string])[] | undefined, parts = { history: true, pdf: true }): PlanView {
  const slug = makePlanSlug(relativePath);
  const url = makePlanUrl(slug);
  const pdfName = makePdfFileName({ plan: { owner } as PlanView['plan'], slug });
  const versions = [[relativePath, owner], ...(earlier ?? []).map((e) => (typeof e === 'string' ? [e, owner] : e))] as [string, string][];
  const revisions = versions.map(([path, by], i) => {
    const previousPath = versions[i + 1]?.[0];
    return { path, owner: by, event: previousPath === undefined ? 'added' : previousPath === path ? 'changed' : 'renamed', ...(previousPath !== undefined && previousPath !== path ? { previousPath } : {}) } as Revision;
  });
  return {
    relativePath,
    slug,
    url,
    plan: { owner },
    personUrl: `/people/${slugifyName(owner, 'person')}/`,
    ...(parts.pdf ? { pdfName, pdfUrl: `/pdf/${pdfName}` } : {}),
    ...(earlier && parts.history ? { history: { status: 'ok', revisions }, historyUrl: `${url}history/` } : {}),
  } as unknown as PlanView;
}

const rules = (plans: PlanView[], base = '/') => collectRedirects(plans, base).map(({ from, to }) => `${from} -> ${to}`);

describe('collectRedirects', () => {
  it.each([
    {
      case: 'a plan moved into a folder, then renamed there',
      plans: [makeView('sam-lee/2026-lead.md', 'Sam Lee', ['sam-lee/sam.md', 'sam.md'])],
      expected: [
        '/pdf/sam-lee-sam.pdf -> /pdf/sam-lee-2026-lead.pdf',
        '/plans/sam-lee/sam/ -> /plans/sam-lee/2026-lead/',
        '/plans/sam-lee/sam/history/ -> /plans/sam-lee/2026-lead/history/',
        '/plans/sam/ -> /plans/sam-lee/2026-lead/',
        '/plans/sam/history/ -> /plans/sam-lee/2026-lead/history/',
      ],
    },
    {
      // A folder named after the owner is left out of the PDF's name: lead.md and sam-lee/lead.md both give sam-lee-lead.pdf.
      case: 'an earlier address whose PDF name is the one now',
      plans: [makeView('sam-lee/lead.md', 'Sam Lee', ['lead.md'])],
      expected: ['/plans/lead/ -> /plans/sam-lee/lead/', '/plans/lead/history/ -> /plans/sam-lee/lead/history/'],
    },
    {
      case: 'a renamed file whose address did not change (only its case)',
      plans: [makeView('sam.md', 'Sam Lee', ['Sam.md'])],
      expected: [],
    },
    {
      // Kim's lead.md has the page now; Sam's PDF was named after Sam, and still goes to Sam's plan.
      case: 'an earlier address another plan has now',
      plans: [makeView('sam-lee.md', 'Sam Lee', ['lead.md']), makeView('lead.md', 'Kim Park', [])],
      expected: ['/pdf/sam-lee-lead.pdf -> /pdf/sam-lee.pdf'],
    },
    {
      case: 'an earlier address two plans once had: nobody can tell whose link it is',
      plans: [makeView('sam-lee.md', 'Sam Lee', ['lead.md']), makeView('kim-park.md', 'Sam Lee', ['lead.md'])],
      expected: [],
    },
    {
      case: 'an owner who changed their name: the PDF, the person page and their calendar',
      plans: [makeView('sam.md', 'Sam Lee-Park', [['sam.md', 'Sam Lee']])],
      expected: [
        '/pdf/sam-lee-sam.pdf -> /pdf/sam-lee-park-sam.pdf',
        '/people/sam-lee/ -> /people/sam-lee-park/',
        '/people/sam-lee/deadlines.ics -> /people/sam-lee-park/deadlines.ics',
      ],
    },
    {
      // The PDF had the old path and the old name together: no rule for a name it never had (sam-lee-park-sam.pdf).
      case: 'a file renamed in the same commit as its owner',
      plans: [makeView('sam-lee-park.md', 'Sam Lee-Park', [['sam.md', 'Sam Lee']])],
      expected: [
        '/pdf/sam-lee-sam.pdf -> /pdf/sam-lee-park.pdf',
        '/people/sam-lee/ -> /people/sam-lee-park/',
        '/people/sam-lee/deadlines.ics -> /people/sam-lee-park/deadlines.ics',
        '/plans/sam/ -> /plans/sam-lee-park/',
        '/plans/sam/history/ -> /plans/sam-lee-park/history/',
      ],
    },
    {
      // Another plan is still Sam Lee's: that person page stays, with its calendar.
      case: 'an owner who changed their name in one plan of two',
      plans: [makeView('sam.md', 'Sam Lee-Park', [['sam.md', 'Sam Lee']]), makeView('2027.md', 'Sam Lee', [])],
      expected: ['/pdf/sam-lee-sam.pdf -> /pdf/sam-lee-park-sam.pdf'],
    },
    {
      case: 'a build without history (--no-history): no history page, no earlier paths',
      plans: [makeView('sam-lee.md', 'Sam Lee', ['sam.md'], { history: false, pdf: true })],
      expected: [],
    },
    {
      case: 'a build without PDFs',
      plans: [makeView('sam-lee.md', 'Sam Lee', ['old/plan.md'], { history: true, pdf: false })],
      expected: ['/plans/old/plan/ -> /plans/sam-lee/', '/plans/old/plan/history/ -> /plans/sam-lee/history/'],
    },
  ])('$case', ({ plans, expected }) => {
    expect(rules(plans)).toEqual(expected);
  });

  it('puts both addresses under the base path of a site served from a sub-folder', () => {
    expect(rules([makeView('sam-lee.md', 'Sam Lee', ['sam.md'], { history: false, pdf: true })], '/career/')).toEqual([]);
    expect(rules([makeView('b.md', 'Sam Lee', ['a.md'])], '/career/')).toEqual([
      '/career/pdf/sam-lee-a.pdf -> /career/pdf/sam-lee-b.pdf',
      '/career/plans/a/ -> /career/plans/b/',
      '/career/plans/a/history/ -> /career/plans/b/history/',
    ]);
  });
});

describe('renderRedirectsFile', () => {
  it('writes one 302 rule a line, addresses percent-encoded, under a header that says where it comes from', () => {
    const plans = [makeView('дмитрий-2026.md', 'Дмитрий Соколов', ['дмитрий.md'], { history: false, pdf: true })];
    plans[0]!.history = { status: 'ok', revisions: [{ path: 'дмитрий-2026.md', previousPath: 'дмитрий.md' } as Revision] };
    expect(renderRedirectsFile(collectRedirects(plans, '/'))).toBe(
      [
        '# Earlier addresses of renamed plans, sent on to where each plan is now.',
        "# Made by Planfolio from the plans' history in git on every build: change the plans, not this file.",
        '/pdf/%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9-%D1%81%D0%BE%D0%BA%D0%BE%D0%BB%D0%BE%D0%B2-%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9.pdf ' +
          '/pdf/%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9-%D1%81%D0%BE%D0%BA%D0%BE%D0%BB%D0%BE%D0%B2-%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9-2026.pdf 302',
        '/plans/%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9/ /plans/%D0%B4%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9-2026/ 302',
        '',
      ].join('\n'),
    );
  });
});

describe('readRedirectsFile', () => {
  it('reads the rules it writes, by the address they lead from, with and without its trailing slash', () => {
    const text = renderRedirectsFile([{ from: '/plans/a/', to: '/plans/b/' }, { from: '/pdf/a.pdf', to: '/pdf/b.pdf' }]);
    expect(Object.fromEntries(readRedirectsFile(text))).toEqual({
      '/plans/a/': { to: '/plans/b/', status: 302 },
      '/plans/a': { to: '/plans/b/', status: 302 },
      '/pdf/a.pdf': { to: '/pdf/b.pdf', status: 302 },
      '/pdf/a.pdf/': { to: '/pdf/b.pdf', status: 302 },
    });
  });

  it.each([
    ['a comment', '# /plans/a/ /plans/b/ 302'],
    ['a rule without a status', '/plans/a/ /plans/b/'],
    ['a status that is not a redirect', '/plans/a/ /plans/b/ 200'],
    ['an address that is not a path', 'plans/a/ /plans/b/ 302'],
    ['a blank line', '   '],
  ])('passes over %s', (_, line) => {
    expect(readRedirectsFile(`${line}\r\n/x/ /y/ 301\r\n`).get(line.trim().split(/\s+/)[0]!)).toBeUndefined();
    expect(readRedirectsFile(`${line}\r\n/x/ /y/ 301\r\n`).get('/x/')).toEqual({ to: '/y/', status: 301 });
  });
});
