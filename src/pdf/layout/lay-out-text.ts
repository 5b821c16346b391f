// Text blocks into slices, one per line, so long text flows across pages;
// the first line keeps with the second and the last with the one before, so
// no page starts or ends with a lone line of a paragraph. A line becomes a
// text item plus what goes with its runs: the tint behind inline code, and
// the underline and clickable area of a link.
import type { TextBlock } from './blocks.js';
import type { CjkFamily } from './fonts.js';
import { makeSlice, type Item, type Slice } from './items.js';
import { layoutText, type Line, type Span } from './text-layout.js';
import { colors, shapes } from './theme.js';

/** What laying out needs beyond a width: the page's height and the plan's CJK preference. */
export interface LayoutContext {
  cjk: CjkFamily;
  /** The height of a page's text column: nothing taller is kept together. */
  pageHeight: number;
}

/** The items of one laid-out line whose box starts at (x, y), pushed onto `items`. */
export function addLineItems(items: Item[], line: Line, x: number, y: number): void {
  const baseline = y + line.baseline;
  for (const run of line.runs) {
    if (!run.style.code) continue;
    const size = run.style.size;
    items.push({ kind: 'rect', x: x + run.x - 1.5, y: baseline - size * 0.86, width: run.width + 3, height: size * 1.14, fill: colors.surface2, radius: 1.5 });
  }
  items.push({ kind: 'text', x, y, line });
  for (const run of line.runs) {
    const url = run.style.link;
    if (!url) continue;
    const under = baseline + run.style.size * 0.14;
    items.push({ kind: 'line', x: x + run.x, y: under, x2: x + run.x + run.width, y2: under, color: run.style.color, width: shapes.hairline });
    items.push({ kind: 'link', x: x + run.x, y, width: run.width, height: line.height, url });
  }
}

/** Lays out spans on one line at most `width` wide, cut with an ellipsis when longer (footers). */
export function layOutClipped(span: Span, width: number, cjk: CjkFamily): Line {
  let block = layoutText([span], 1e6, { cjk });
  let text = span.text;
  while (text.length > 1 && block.width > width) {
    text = text.slice(0, Math.max(1, Math.floor(text.length * Math.min(0.95, width / block.width)))).trimEnd();
    block = layoutText([{ text: `${text}…`, style: span.style }], 1e6, { cjk });
  }
  return block.lines[0]!;
}

/** A text block's lines as slices. */
export function layOutText(block: TextBlock, width: number, context: LayoutContext): Slice[] {
  if (block.spans.length === 0) return [];
  const laid = layoutText(block.spans, width, { cjk: context.cjk, lineHeight: block.lineHeight });
  const count = laid.lines.length;
  return laid.lines.map((line, i) => {
    const slice = makeSlice(line.height);
    const free = width - line.width;
    const x = block.align === 'right' ? free : block.align === 'center' ? free / 2 : 0;
    if (i === 0 && block.marker) addMarker(slice.items, block, line, context);
    addLineItems(slice.items, line, x, 0);
    slice.keepWithNext = count > 1 && (i === 0 || i === count - 2);
    return slice;
  });
}

/** A list item's bullet or number, hung left of its first line. */
function addMarker(items: Item[], block: TextBlock, line: Line, context: LayoutContext): void {
  const marker = block.marker!;
  if (marker.kind === 'bullet') {
    items.push({ kind: 'circle', x: -shapes.bullet * 4, y: line.height / 2, r: shapes.bullet, fill: marker.color });
    return;
  }
  const number = layoutText(marker.spans, 1e6, { cjk: context.cjk, lineHeight: block.lineHeight }).lines[0]!;
  // Aligned on the text's baseline whatever the marker's size.
  addLineItems(items, number, -number.width - shapes.bullet * 3, line.baseline - number.baseline);
}
