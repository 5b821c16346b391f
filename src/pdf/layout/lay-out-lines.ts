// The blocks that hold no other blocks, as slices of one line each: text,
// pills, progress bars, skill level cells, check boxes and rules. The first
// line of text keeps with the second and the last with the one before, so no
// page starts or ends with a lone line of a paragraph. The graphics sit in a
// line box as tall as a line of body text, so they line up with the text
// beside them in a row.
import type { BarBlock, CheckBlock, LevelsBlock, PillsBlock, RuleBlock, TextBlock } from './blocks.js';
import type { CjkFamily } from './fonts.js';
import { makeSlice, type Item, type Slice } from './items.js';
import { layoutText, type Line } from './text-layout.js';
import { colors, gap, lineHeight, shapes, sizes, type PdfTheme, type Tone } from './theme.js';

/** What laying out needs beyond a width: the page's height, the plan's CJK preference and the theme. */
export interface LayoutContext {
  cjk: CjkFamily;
  /** The height of a page's text column: nothing taller is kept together. */
  pageHeight: number;
  /** The accent's inks and tones, and the family of Latin text. */
  theme: PdfTheme;
}

/** How text is laid out in a context: its fonts, at a line height. */
export function makeTextOptions(context: LayoutContext, lineHeight?: number) {
  return { cjk: context.cjk, latin: context.theme.latin, lineHeight };
}

/** The height of a line of body text: the box small graphics are centred in. */
const LINE_BOX = sizes.body * lineHeight;

/**
 * The items of one laid-out line whose box starts at (x, y), pushed onto
 * `items`: the tint behind inline code, the text, and the underline and
 * clickable area of a link.
 */
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

/** A text block's lines as slices. */
export function layOutText(block: TextBlock, width: number, context: LayoutContext): Slice[] {
  if (block.spans.length === 0) return [];
  const laid = layoutText(block.spans, width, makeTextOptions(context, block.lineHeight));
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
  const number = layoutText(marker.spans, 1e6, makeTextOptions(context, block.lineHeight)).lines[0]!;
  // Aligned on the text's baseline whatever the marker's size.
  addLineItems(items, number, -number.width - shapes.bullet * 3, line.baseline - number.baseline);
}

/** A laid-out pill: its text's lines, and the pill's size. */
interface Pill {
  lines: Line[];
  width: number;
  height: number;
  tone: Tone;
}

/** A pill's text on one line, or wrapped when it is wider than `maxWidth` (a tag with no spaces). */
function layOutPill(text: string, tone: Tone, context: LayoutContext, maxWidth = 1e6): Pill {
  const style = { face: 'semibold' as const, size: sizes.tiny, color: context.theme.tones[tone].text };
  const options = makeTextOptions(context, 1.2);
  let laid = layoutText([{ text, style }], 1e6, options);
  if (laid.width + 2 * shapes.pillPad > maxWidth) laid = layoutText([{ text, style }], maxWidth - 2 * shapes.pillPad, options);
  const lines = laid.lines;
  const height = shapes.pill + lines.slice(1).reduce((sum, line) => sum + line.height, 0);
  return { lines, width: laid.width + 2 * shapes.pillPad, height, tone };
}

/** How wide a row of pills is on one line. */
export function measurePills(block: PillsBlock, context: LayoutContext): number {
  const widths = block.pills.map((p) => layOutPill(p.text, p.tone, context).width);
  return widths.reduce((a, b) => a + b, 0) + gap[1]! * Math.max(0, widths.length - 1);
}

/** Pills, wrapped into lines of the width; each line a slice. */
export function layOutPills(block: PillsBlock, width: number, context: LayoutContext): Slice[] {
  const lines: Pill[][] = [[]];
  let x = 0;
  for (const { text, tone } of block.pills) {
    const pill = layOutPill(text, tone, context, width);
    if (x > 0 && x + pill.width > width) {
      lines.push([]);
      x = 0;
    }
    lines.at(-1)!.push(pill);
    x += pill.width + gap[1]!;
  }
  return lines.map((pills, i) => {
    const tallest = Math.max(shapes.pill, ...pills.map((p) => p.height));
    const height = Math.max(LINE_BOX, tallest);
    const slice = makeSlice(height, i === 0 ? 0 : gap[1]!);
    const used = pills.reduce((sum, p) => sum + p.width, 0) + gap[1]! * (pills.length - 1);
    let left = block.align === 'right' ? width - used : 0;
    for (const pill of pills) {
      const top = (height - pill.height) / 2;
      slice.items.push({ kind: 'rect', x: left, y: top, width: pill.width, height: pill.height, fill: context.theme.tones[pill.tone].soft, radius: shapes.pill / 2 });
      let y = top + (shapes.pill - pill.lines[0]!.height) / 2;
      for (const line of pill.lines) {
        addLineItems(slice.items, line, left + shapes.pillPad, y);
        y += line.height;
      }
      left += pill.width + gap[1]!;
    }
    return slice;
  });
}

/** A progress bar: a track, filled as far as the share. */
export function layOutBar(block: BarBlock, width: number, context: LayoutContext): Slice {
  const w = Math.min(width, block.width ?? width);
  const slice = makeSlice(shapes.bar + gap[0]!);
  const y = gap[0]! / 2;
  slice.items.push({ kind: 'rect', x: 0, y, width: w, height: shapes.bar, fill: colors.track });
  const filled = Math.max(0, Math.min(1, block.ratio)) * w;
  if (filled > 0) slice.items.push({ kind: 'rect', x: 0, y, width: filled, height: shapes.bar, fill: context.theme.tones[block.tone].fill });
  return slice;
}

/** The level cells of a skill: solid up to the level, outlined up to the target, grey after. */
export function layOutLevels(block: LevelsBlock, context: LayoutContext): Slice {
  const { accent, accentSoft } = context.theme;
  const { width, height, gap: between } = shapes.levelCell;
  const slice = makeSlice(LINE_BOX);
  const y = (LINE_BOX - height) / 2;
  block.cells.forEach((cell, i) => {
    const x = i * (width + between);
    if (cell === 'gap') slice.items.push(makeOutline(x, y, width, height, accent, accentSoft));
    else slice.items.push({ kind: 'rect', x, y, width, height, fill: cell === 'have' ? accent : colors.track });
  });
  return slice;
}

/** A step's check box: ticked when done, red when overdue, crossed through when dropped. */
export function layOutCheck(block: CheckBlock): Slice {
  const size = shapes.check;
  const slice = makeSlice(LINE_BOX);
  const y = (LINE_BOX - size) / 2;
  if (block.state === 'done') {
    slice.items.push({ kind: 'rect', x: 0, y, width: size, height: size, fill: colors.goodFill });
    slice.items.push({ kind: 'tick', x: 0, y, size, color: colors.surface });
    return slice;
  }
  const stroke = block.state === 'overdue' ? colors.bad : colors.borderStrong;
  slice.items.push(makeOutline(0, y, size, size, stroke));
  if (block.state === 'dropped') slice.items.push({ kind: 'line', x: 2, y: y + size / 2, x2: size - 2, y2: y + size / 2, color: stroke, width: shapes.accentRule });
  return slice;
}

/** A box outlined just inside its edges, so its outline takes no room beside it. */
function makeOutline(x: number, y: number, width: number, height: number, stroke: string, fill?: string): Item {
  const inset = shapes.accentRule / 2;
  return { kind: 'rect', x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset, fill, stroke, lineWidth: shapes.accentRule };
}

/** A rule across the width. */
export function layOutRule(block: RuleBlock, width: number): Slice {
  const slice = makeSlice(block.width);
  slice.items.push({ kind: 'line', x: 0, y: block.width / 2, x2: width, y2: block.width / 2, color: block.color, width: block.width });
  return slice;
}
