// A Markdown table in a plan's notes is drawn as a table: a header row,
// each cell in its column with its text wrapped there, a rule under every
// row, and the header again at the top of every page the table goes on to.
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive-facts.js';
import { layOutPages, makeFrame } from '../../src/pdf/layout/paginate.js';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeNotes } from '../../src/pdf/sections/notes.js';
import { makeWords } from '../../src/words/words.js';
import { makeLatinPlan, TODAY } from './fixtures.js';
import { readWordBoxes, saveTemp, type WordBox } from './poppler.js';

const table = [
  '| Skill | Hours | Evidence |',
  '| --- | --: | --- |',
  '| Spark | 40 | Finished the fundamentals course with the certificate and built one pipeline end to end for the team |',
  '| Airflow | 12 | Scheduled jobs |',
  '| Kafka | 6 | Read the book |',
].join('\n');

/** The box of a word in the table (the plan's own steps may use the same words above it). */
function find(boxes: WordBox[], text: string): WordBox {
  const top = boxes.find((b) => b.text === 'Skill')!;
  return boxes.find((b) => b.text === text && b.page === top.page && b.yMin >= top.yMin)!;
}

describe('Markdown tables in the notes', () => {
  it('puts each cell in its column: left columns share a left edge, right-aligned ones a right edge, long cells wrap inside theirs', async () => {
    const boxes = readWordBoxes(saveTemp(await renderPlanPdf(makeLatinPlan(`Intro.\n\n${table}\n`)), 'table'));
    const [skill, hours, evidence] = ['Skill', 'Hours', 'Evidence'].map((w) => find(boxes, w));
    for (const cell of ['Spark', 'Airflow', 'Kafka']) expect(find(boxes, cell).xMin).toBeCloseTo(skill!.xMin, 0);
    for (const cell of ['40', '12', '6']) expect(find(boxes, cell).xMax).toBeCloseTo(hours!.xMax, 0);
    for (const cell of ['Finished', 'Scheduled', 'Read']) expect(find(boxes, cell).xMin).toBeCloseTo(evidence!.xMin, 0);
    // Rows go down the page in order, each on its own line.
    const ys = ['Skill', 'Spark', 'Airflow', 'Kafka'].map((w) => find(boxes, w).yMin);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // The long cell wraps: several lines, all right of the Hours column and above the next row.
    const long = boxes.filter((b) => b.yMin >= find(boxes, 'Spark').yMin - 1 && b.yMax <= find(boxes, 'Airflow').yMin && b.xMin >= evidence!.xMin - 1);
    expect(new Set(long.map((b) => Math.round(b.yMin))).size).toBeGreaterThan(1);
    for (const box of long) expect(box.xMin).toBeGreaterThan(hours!.xMax);
  });

  it('draws a rule under the header and under every row', () => {
    const plan = makeLatinPlan();
    const blocks = makeNotes({ plan: plan.plan, facts: deriveFacts(plan.plan, TODAY), body: table, words: makeWords('en') });
    const [page] = layOutPages(blocks, makeFrame('A4'), 'sc');
    const rules = [page!.items, ...page!.groups.map((g) => g.items)].flat().filter((i) => i.kind === 'line' && i.y === i.y2);
    // One under the section heading, one under the header, one under each of three rows.
    expect(rules).toHaveLength(5);
  });

  it('repeats the header at the top of every page a long table goes on to', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `| Row ${i + 1} | ${i} | Note ${i + 1} |`);
    const body = [table.split('\n').slice(0, 2).join('\n'), ...rows].join('\n');
    const boxes = readWordBoxes(saveTemp(await renderPlanPdf(makeLatinPlan(body)), 'long-table'));
    const pages = [...new Set(boxes.filter((b) => /^Row$/.test(b.text)).map((b) => b.page))];
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const onPage = boxes.filter((b) => b.page === page);
      const firstRow = onPage.find((b) => b.text === 'Row')!;
      const header = onPage.find((b) => b.text === 'Skill');
      expect(header, `page ${page} has the header`).toBeDefined();
      expect(header!.yMax).toBeLessThanOrEqual(firstRow.yMin);
    }
    expect(boxes.filter((b) => b.text === 'Row')).toHaveLength(120);
  });
});
