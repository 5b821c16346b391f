import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf, renderPortfolioPdf } from '../../src/pdf/index.js';
import { makeLatinPlan, makeLoadedPlan, makeLongPlan } from './fixtures.js';
import { extractText, readOutline, run, saveTemp, squash } from './poppler.js';

describe('PDF structure', () => {
  it('has a bookmark per section and per goal, pointing at the right pages', async () => {
    const loaded = makeLongPlan(30);
    const file = saveTemp(await renderPlanPdf(loaded));
    const outline = readOutline(file);
    expect(outline.map((o) => o.title)).toEqual(['Overview', 'Next actions', 'Vision', 'Goals']);
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
    const outline = readOutline(saveTemp(await renderPortfolioPdf(plans, { title: 'Career plans' })));
    expect(outline.map((o) => o.title)).toEqual(['Overview of all plans', 'Ana García: From analyst to lead', 'Pat Long: A plan with many goals']);
    expect(outline[1]!.kids.map((k) => k.title)).toEqual(['Overview', 'Next actions', 'Vision', 'Goals']);
    expect(outline[2]!.kids.find((k) => k.title === 'Goals')!.kids).toHaveLength(3);
    expect(outline[1]!.page).toBeGreaterThan(1);
  });

  it('renders the Markdown body: headings, lists, emphasis, clickable links, raw HTML as the literal text the site shows', async () => {
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
      'Inline <b>html</b> shows as written.',
      '',
      '> A quote to remember.',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '---',
      '',
      '| Skill | Hours |',
      '| --- | --: |',
      '| Spark | 40 |',
      '| *Airflow* | 12 |',
    ].join('\n');
    const loaded = makeLatinPlan(body);
    const bytes = await renderPlanPdf(loaded);
    const text = extractText(saveTemp(bytes));
    const phrases = [
      'Why this plan',
      'A paragraph with strong, emphasis, inline code and a link.',
      '1. First numbered',
      '2. Second numbered',
      'Nested bullet',
      '<script>alert("x")</script>',
      'Inline <b>html</b> shows as written.',
      'A quote to remember.',
      'const x = 1;',
    ];
    for (const phrase of phrases) expect(squash(text)).toContain(squash(phrase));
    // The table reads row by row: header, then each row's cells.
    expect(text).toMatch(/Skill\s+Hours[\s\S]*Spark\s+40[\s\S]*Airflow\s+12/);
    expect(bytes.toString('latin1')).toContain('/URI (https://example.org/path)');
  });
});

describe('the portfolio PDF', () => {
  it("lays each plan out again: same text page for page, footers numbered through the portfolio, links kept", async () => {
    const first = makeLatinPlan('See [the course](https://example.org/course) and [the team](https://example.org/team).');
    const second = makeLongPlan(3);
    const alone = saveTemp(await renderPlanPdf(first));
    const portfolio = saveTemp(await renderPortfolioPdf([first, second], { title: 'Team plans' }));
    const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    // The footer line differs: the plan's title alone, the portfolio's title in the portfolio.
    const withoutFooter = (text: string) => text.replace(/Page \d+ of \d+/, '').replace(/^.*(From analyst to lead · Ana García|Team plans).*$/m, '').trim();
    const coverPages = 1;
    for (let page = 1; page <= pagesOf(alone); page++) {
      expect(withoutFooter(extractText(portfolio, coverPages + page))).toBe(withoutFooter(extractText(alone, page)));
    }
    const total = pagesOf(portfolio);
    expect(extractText(portfolio, coverPages + 1)).toContain(`Page 2 of ${total}`);
    expect(extractText(portfolio, total)).toContain('Team plans');
    const uris = (file: string) => (readFileSync(file, 'latin1').match(/\/S \/URI/g) ?? []).length;
    expect(uris(alone)).toBe(2);
    expect(uris(portfolio)).toBe(2);
    // The cover's rows go to each plan's first page.
    const bytes = readFileSync(portfolio, 'latin1');
    expect(bytes.match(/\/S \/GoTo/g)?.length).toBe(2);
    expect(bytes).toContain('(plan-1)');
    expect(bytes).toContain('(plan-2)');
  });
});

describe('states from the facts', () => {
  it('shows the steps of a done goal ticked and done with it, counted 2/2, with no overdue anywhere', async () => {
    const loaded = makeLoadedPlan(
      {
        title: 'Done early',
        owner: 'Dana Done',
        created: '2025-01-01',
        vision: { statement: 'Finish.' },
        goals: [
          {
            title: 'A goal finished before its steps were ticked',
            outcome: 'Reached',
            due: '2025-06-30',
            status: 'done',
            steps: [
              { action: 'First step, never given a done date', due: '2025-03-01' },
              { action: 'Second step, never given a done date', due: '2025-04-01' },
            ],
          },
        ],
      },
      'dana/done.md',
    );
    expect(loaded.facts.goals[0]!.steps.map((s) => s.state)).toEqual(['done', 'done']);
    const text = extractText(saveTemp(await renderPlanPdf(loaded), 'done-goal'));
    expect(text.match(/Done with the goal/g)).toHaveLength(2);
    expect(text).toMatch(/ACTION STEPS\s+2\/2/);
    expect(text).toContain('2 of 2 steps done');
    // Only the key facts' own label says the word.
    expect(text.replace('OVERDUE', '').toLowerCase()).not.toContain('overdue');
  });
});
