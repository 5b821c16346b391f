// A heading never stands alone at the foot of a page: wherever the page
// breaks, a section's heading (and a notes heading) goes onto the page of
// its first line or row. Plans with more or less text before each heading
// move the breaks through every position.
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { extractText, readOutline, saveTemp, type OutlineItem } from './poppler.js';

function makePlan(lines: number) {
  const filler = Array.from({ length: lines }, (_, i) => `Line ${i} of the vision, long enough to fill most of a line of text on an A4 page here.`).join(' ');
  const notes = Array.from({ length: 8 }, (_, i) => `## Notes heading ${i + 1}\n\n${'Some words of the note. '.repeat(6 + ((i * lines) % 23))}\n\n| Column A | Column B |\n| --- | --- |\n| a ${i} | b ${i} |\n`).join('\n');
  return makeLoadedPlan(
    {
      title: 'Headings at page ends',
      owner: 'Hana Head',
      created: '2026-01-01',
      vision: { statement: filler },
      strengths: ['Listening'],
      weaknesses: ['Delegating'],
      skills: [{ name: 'Spark', level: 2, target: 4 }],
      barriers: [{ barrier: 'Time', mitigation: 'Evenings' }],
      goals: Array.from({ length: 3 }, (_, g) => ({ title: `Goal ${g + 1}`, outcome: 'Done', due: '2026-12', steps: [{ action: `Step of goal ${g + 1}` }] })),
      opportunities: [{ title: 'An opening', decision: 'considering' }],
    },
    'hana/plan.md',
    notes,
  );
}

/** Every bookmark with the page it points at. */
const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...flatten(i.kids)]);

/** Each page's lines of text above its footer, by page number (pdftotext ends each page with a form feed). */
function readContentLines(file: string): (page: number) => string[] {
  // One pdftotext for the whole PDF rather than one per heading: the same text, page by page.
  const pages = extractText(file).split('\f');
  return (page) =>
    pages[page - 1]!
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/Page \d+ of \d+/.test(l) && !l.startsWith('Headings at page ends · Hana Head'));
}

describe('headings', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i * 3 + 8))('are never the last line of a page (%i lines of vision before them)', async (lines) => {
    const file = saveTemp(await renderPlanPdf(makePlan(lines)), 'headings');
    const headings = flatten(readOutline(file)).filter((m) => !/^\d+\. /.test(m.title) && m.title !== 'Overview');
    expect(headings.length).toBeGreaterThan(8);
    const readPage = readContentLines(file);
    for (const heading of headings) {
      const content = readPage(heading.page);
      const at = content.findIndex((l) => l.startsWith(heading.title));
      expect(at, `"${heading.title}" on page ${heading.page}`).toBeGreaterThanOrEqual(0);
      expect(at, `"${heading.title}" ends page ${heading.page}`).toBeLessThan(content.length - 1);
    }
  });
});
