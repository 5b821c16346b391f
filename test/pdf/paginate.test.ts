// The page flow's keep rules, on blocks made for the purpose: a heading never
// ends a page, kept blocks never split, table headers and "continued" labels
// come back on the pages a block goes on to, and long text flows.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pdf/layout/blocks.js';
import type { Page } from '../../src/pdf/layout/items.js';
import { layOutPages, makeFrame } from '../../src/pdf/layout/paginate.js';
import { styles } from '../../src/pdf/layout/theme.js';

const frame = makeFrame('A4');
const text = (t: string, extra: Partial<Block> = {}): Block => ({ kind: 'text', spans: [{ text: t, style: styles.body }], ...extra }) as Block;
const filler = (lines: number): Block => text(Array.from({ length: lines }, (_, i) => `filler ${i}`).join('\n'));

/** Each text line of a page with its box's top on the page. */
function listLines(page: Page): { y: number; height: number; text: string }[] {
  const groups = [{ dx: 0, dy: 0, items: page.items }, ...page.groups];
  return groups.flatMap((g) => g.items.flatMap((item) => (item.kind === 'text' ? [{ y: item.y + g.dy, height: item.line.height, text: item.line.runs.map((r) => r.text).join('') }] : [])));
}

/** The text of each page, line by line. */
function readPages(pages: Page[]): string[][] {
  return pages.map((page) => listLines(page).map((line) => line.text));
}

describe('the page flow', () => {
  it('never ends a page with a heading: it goes on with what follows', () => {
    const pages = readPages(layOutPages([filler(52), text('A heading', { keepWithNext: true }), text('first\nsecond\nthird')], frame, 'sc'));
    expect(pages).toHaveLength(2);
    expect(pages[1]!.slice(0, 2)).toEqual(['A heading', 'first']);
  });

  it('never splits a kept block that fits on a page, and flows a longer one', () => {
    const kept: Block = { kind: 'stack', keep: true, children: [text('step\naction\ndetails')] };
    const pages = readPages(layOutPages([filler(53), kept], frame, 'sc'));
    expect(pages.at(-1)!.slice(0, 3)).toEqual(['step', 'action', 'details']);
    const long = readPages(layOutPages([{ kind: 'stack', keep: true, children: [filler(120)] }], frame, 'sc'));
    expect(long.length).toBeGreaterThan(1);
    expect(long.flat()).toHaveLength(120);
  });

  it('puts what a block carries on top of each page it goes on to', () => {
    const header = text('HEADER');
    const rows = Array.from({ length: 120 }, (_, i) => text(`row ${i}`, { carry: [header] }));
    const pages = readPages(layOutPages([header, ...rows], frame, 'sc'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page[0]).toBe('HEADER');
    expect(pages.flat().filter((line) => line.startsWith('row'))).toHaveLength(120);
  });

  it('keeps every slice inside the text column and drops space above at the top of a page', () => {
    const pages = layOutPages(Array.from({ length: 200 }, (_, i) => text(`line ${i}`, { before: 9 })), frame, 'sc');
    for (const page of pages) {
      const lines = listLines(page);
      expect(lines[0]!.y).toBe(frame.top);
      for (const line of lines) expect(line.y + line.height).toBeLessThanOrEqual(frame.bottom + 0.001);
    }
  });

  it('leaves no line of a paragraph alone at the bottom or the top of a page', () => {
    const pages = readPages(layOutPages([filler(54), text('one\ntwo\nthree\nfour')], frame, 'sc'));
    expect(pages[1]![0]).toBe('one');
    const widow = readPages(layOutPages([filler(52), text('one\ntwo\nthree\nfour')], frame, 'sc'));
    expect(widow[1]!.slice(0, 2)).toEqual(['three', 'four']);
  });
});
