import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf, renderPortfolioPdf } from '../../src/pdf/index.js';
import { assemblePortfolioPdf, PortfolioAssembler } from '../../src/pdf/portfolio-pdf.js';
import { renderPlanPdfWithKit } from '../../src/pdf/render-pdf.js';
import { makeLatinPlan, makeLongPlan } from './fixtures.js';
import { extractText, readOutline, run, saveTemp, squash } from './poppler.js';

describe('PDF structure', () => {
  it('has a bookmark per section and per goal, pointing at the right pages', async () => {
    const loaded = makeLongPlan(30);
    const file = saveTemp(await renderPlanPdf(loaded));
    const outline = readOutline(file);
    expect(outline.map((o) => o.title)).toEqual(['Overview', 'Vision', 'Goals']);
    const goals = outline.find((o) => o.title === 'Goals')!.kids;
    expect(goals).toHaveLength(30);
    for (const [i, item] of goals.entries()) {
      expect(item.title).toBe(`${i + 1}. ${loaded.plan.goals[i]!.title}`);
      // The bookmark's page shows that goal's title.
      expect(squash(extractText(file, item.page))).toContain(squash(loaded.plan.goals[i]!.title));
    }
  });

  it('bookmarks each plan of a portfolio with its sections under it', async () => {
    const plans = [makeLatinPlan(), makeLongPlan(3)];
    const outline = readOutline(saveTemp(await renderPortfolioPdf(plans)));
    expect(outline.map((o) => o.title)).toEqual(['Overview of all plans', 'Ana García: From analyst to lead', 'Pat Long: A plan with many goals']);
    expect(outline[1]!.kids.map((k) => k.title)).toEqual(['Overview', 'Vision', 'Goals']);
    expect(outline[2]!.kids.find((k) => k.title === 'Goals')!.kids).toHaveLength(3);
    expect(outline[1]!.page).toBeGreaterThan(1);
  });

  it('renders the Markdown body: headings, lists, emphasis, clickable links, no raw HTML', async () => {
    const body = [
      '# Why this plan',
      '',
      'A paragraph with **strong**, *emphasis*, `inline code` and a [link](https://example.org/path).',
      '',
      '1. First numbered',
      '2. Second numbered',
      '   - Nested bullet',
      '',
      '<script>alert("x")</script>',
      '',
      'Inline <b>html</b> is dropped but its text stays.',
      '',
      '> A quote to remember.',
    ].join('\n');
    const loaded = makeLatinPlan(body);
    const bytes = await renderPlanPdf(loaded);
    const text = extractText(saveTemp(bytes));
    for (const phrase of ['Why this plan', 'A paragraph with strong, emphasis, inline code and a link.', '1. First numbered', '2. Second numbered', 'Nested bullet', 'Inline html is dropped but its text stays.', 'A quote to remember.']) {
      expect(squash(text)).toContain(squash(phrase));
    }
    expect(text).not.toContain('alert');
    expect(text).not.toContain('<b>');
    expect(bytes.toString('latin1')).toContain('/URI (https://example.org/path)');
  });
});

describe('the portfolio PDF', () => {
  it("places each plan's own pages: same text page for page, footers numbered through the portfolio, links kept", async () => {
    const first = makeLatinPlan('See [the course](https://example.org/course) and [the team](https://example.org/team).');
    const second = makeLongPlan(3);
    const alone = saveTemp(await renderPlanPdf(first));
    const portfolio = saveTemp(await renderPortfolioPdf([first, second]));
    const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    const withoutFooter = (text: string) => text.replace(/Page \d+ of \d+/, '').trim();
    const coverPages = 1;
    for (let page = 1; page <= pagesOf(alone); page++) {
      expect(withoutFooter(extractText(portfolio, coverPages + page))).toBe(withoutFooter(extractText(alone, page)));
    }
    expect(extractText(portfolio, coverPages + 1)).toContain(`Page 2 of ${pagesOf(portfolio)}`);
    const uris = (file: string) => (readFileSync(file, 'latin1').match(/\/S \/URI/g) ?? []).length;
    expect(uris(alone)).toBe(2);
    expect(uris(portfolio)).toBe(2);
  });
});

describe('putting a portfolio together', () => {
  it('gives the same bytes whatever order the plans’ kits come back in', async () => {
    const plans = [makeLatinPlan(), makeLongPlan(2), makeLatinPlan('A body with a [link](https://example.org).')];
    const kits = await Promise.all(plans.map(async (plan) => (await renderPlanPdfWithKit(plan)).kit));
    const settings = { pageSize: 'A4' as const, date: new Date(Date.UTC(2026, 0, 1)) };
    const inOrder = await assemblePortfolioPdf(plans, kits, settings);
    const reversed = new PortfolioAssembler(plans, settings);
    for (let i = plans.length - 1; i >= 0; i--) reversed.add(i, kits[i]!);
    expect((await reversed.finish()).equals(inOrder)).toBe(true);
    expect(() => new PortfolioAssembler(plans, settings).finish()).toThrow('The portfolio PDF is missing plan 1 of 3');
  });
});
