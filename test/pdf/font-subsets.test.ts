// Font subsets are reused across PDFs: every Latin subset starts with the same
// base glyphs, so plans whose text stays within them embed identical font
// files, while a plan with other letters still gets (and shows) them.
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { extractText, saveTemp } from './poppler.js';

/** Each embedded font file's (still deflated) bytes, by font name without its subset tag. */
function readFontFiles(pdf: Buffer): Map<string, Buffer> {
  const text = pdf.toString('latin1');
  const streamOf = (id: string): Buffer => {
    const start = text.indexOf(`\n${id} 0 obj`);
    const length = Number(/\/Length (\d+)/.exec(text.slice(start, start + 300))![1]);
    const body = text.indexOf('stream\n', start) + 'stream\n'.length;
    return pdf.subarray(body, body + length);
  };
  const files = new Map<string, Buffer>();
  for (const m of text.matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)[\s\S]*?\/FontFile2 (\d+) 0 R/g)) files.set(m[1]!, streamOf(m[2]!));
  return files;
}

const makePlan = (owner: string, goal: string, step: string) =>
  makeLoadedPlan(
    { title: `${owner}'s plan`, owner, created: '2026-01-01', vision: { statement: 'Grow.' }, goals: [{ title: goal, outcome: 'Done', due: '2026-12', steps: [{ action: step }] }] },
    `${owner.toLowerCase().replace(/\W+/g, '-')}/plan.md`,
  );

describe('font subsets', () => {
  it('embeds byte-identical Latin font files for plans whose text keeps to the base glyphs', async () => {
    const first = readFontFiles(await renderPlanPdf(makePlan('Ana Lopez', 'Lead the data team', 'Finish the Spark course')));
    const second = readFontFiles(await renderPlanPdf(makePlan('Tom Byrne', 'Publish a paper', 'Write the first draft')));
    expect([...first.keys()].sort()).toEqual(['NotoSans-Italic', 'NotoSans-Regular', 'NotoSans-SemiBold']);
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
  });

  it('adds a block of letters whole, so plans using different letters of it embed the same font files', async () => {
    const first = readFontFiles(await renderPlanPdf(makePlan('Łucja Nowak', 'Lead the data team', 'Finish the Spark course')));
    const second = readFontFiles(await renderPlanPdf(makePlan('Żaneta Kowal', 'Publish a paper', 'Write the first draft')));
    const base = readFontFiles(await renderPlanPdf(makePlan('Ana Lopez', 'Lead the data team', 'Finish the Spark course')));
    for (const name of ['NotoSans-Regular', 'NotoSans-SemiBold']) {
      expect(second.get(name)!.equals(first.get(name)!), name).toBe(true);
      expect(first.get(name)!.equals(base.get(name)!), name).toBe(false);
    }
  });

  it('adds other letters after the base glyphs, and they still copy out as written', async () => {
    const base = readFontFiles(await renderPlanPdf(makePlan('Ana Lopez', 'Lead the data team', 'Finish the Spark course')));
    const pdf = await renderPlanPdf(makePlan('Łucja Wróblewska', 'Zdać egzamin', 'Przeczytać książkę'));
    const files = readFontFiles(pdf);
    expect(files.get('NotoSans-Regular')!.length).toBeGreaterThan(base.get('NotoSans-Regular')!.length);
    const text = extractText(saveTemp(pdf));
    for (const words of ['Łucja Wróblewska', 'Zdać egzamin', 'Przeczytać książkę']) expect(text).toContain(words);
  });
});
