// The page flow: slices into pages. A slice goes on the current page when it
// and every slice it must keep with fit there; else a new page starts, with
// whatever the slice carries on top (a table's header, "Goal 2, continued").
// The number of pages is known here, before anything is drawn, so footers
// can say "Page N of M".
import type { Block } from './blocks.js';
import type { CjkFamily, LatinFamily } from './fonts.js';
import { copyMoved, makeContent, type Item, type Page, type Slice } from './items.js';
import { layOutBlocks } from './lay-out-blocks.js';
import { addLineItems } from './lay-out-lines.js';
import { layoutText, type Line, type Span } from './text-layout.js';
import { colors, defaultPdfTheme, gap, margins, pageSizes, shapes, styles, type PageSize, type PdfTheme } from './theme.js';

/** Where on a page content goes, in points from its top-left corner. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The frame of a paper size, with the theme's margins. */
export function makeFrame(pageSize: PageSize): Frame {
  const { width, height } = pageSizes[pageSize];
  return { left: margins.left, top: margins.top, right: width - margins.right, bottom: height - margins.bottom };
}

/** Lays blocks out on pages of a frame, in a theme. */
export function layOutPages(blocks: readonly Block[], frame: Frame, cjk: CjkFamily, theme: PdfTheme = defaultPdfTheme): Page[] {
  return paginate(layOutBlocks(blocks, frame.right - frame.left, { cjk, pageHeight: frame.bottom - frame.top, theme }), frame);
}

/** Puts slices on pages, breaking where they do not fit and never between slices kept together. */
function paginate(slices: readonly Slice[], frame: Frame): Page[] {
  // How tall each slice is with those it keeps with, from the end backwards.
  const chains = new Array<number>(slices.length);
  for (let i = slices.length - 1; i >= 0; i--) {
    const slice = slices[i]!;
    const next = slices[i + 1];
    chains[i] = slice.height + (slice.keepWithNext && next ? next.before + chains[i + 1]! : 0);
  }
  const pages: Page[] = [];
  let page: Page = makeContent();
  let y = frame.top;
  let empty = true;
  const place = (slice: Slice, before: number) => {
    copyMoved(slice, page, frame.left, y + before);
    y += before + slice.height;
    empty = false;
  };
  slices.forEach((slice, i) => {
    if (!empty && y + slice.before + chains[i]! > frame.bottom) {
      pages.push(page);
      page = makeContent();
      y = frame.top;
      empty = true;
      for (const carried of slice.carry ?? []) place(carried, empty ? 0 : carried.before);
    }
    place(slice, empty ? 0 : slice.before);
  });
  pages.push(page);
  return pages;
}

/** The running footer's items: a rule, the title on the left and the page number on the right. */
export function addFooter(page: Page, frame: Frame, title: string, number: string, cjk: CjkFamily, latin: LatinFamily = 'latin'): void {
  const rule = frame.bottom + gap[4]!;
  const items: Item[] = [{ kind: 'line', x: frame.left, y: rule, x2: frame.right, y2: rule, color: colors.border, width: shapes.rule }];
  const fonts = { cjk, latin };
  const numberLine = layOutClipped({ text: number, style: styles.footer }, 1e6, fonts);
  const titleLine = layOutClipped({ text: title, style: styles.footer }, frame.right - frame.left - numberLine.width - gap[5]!, fonts);
  addLineItems(items, titleLine, frame.left, rule + gap[1]!);
  addLineItems(items, numberLine, frame.right - numberLine.width, rule + gap[1]!);
  page.groups.push({ dx: 0, dy: 0, items });
}

/** A span on one line at most `width` wide, cut with an ellipsis when longer. */
function layOutClipped(span: Span, width: number, fonts: { cjk: CjkFamily; latin: LatinFamily }): Line {
  let block = layoutText([span], 1e6, fonts);
  let text = span.text;
  while (text.length > 1 && block.width > width) {
    text = text.slice(0, Math.max(1, Math.floor(text.length * Math.min(0.95, width / block.width)))).trimEnd();
    block = layoutText([{ text: `${text}…`, style: span.style }], 1e6, fonts);
  }
  return block.lines[0]!;
}
