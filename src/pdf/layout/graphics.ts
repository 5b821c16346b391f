// The small drawn blocks: pills, progress bars, skill level cells, check
// boxes and rules. Each sits in a line box as tall as a line of body text,
// so it lines up with the text beside it in a row.
import type { BarBlock, CheckBlock, LevelsBlock, PillsBlock, RuleBlock } from './blocks.js';
import { makeSlice, type Item, type Slice } from './items.js';
import { addLineItems, type LayoutContext } from './lay-out-text.js';
import { layoutText, type Line } from './text-layout.js';
import { colors, gap, lineHeight, pickTone, shapes, sizes } from './theme.js';

/** The height of a line of body text: the box small graphics are centred in. */
export const LINE_BOX = sizes.body * lineHeight;

/** A pill's text, laid out once per text and tone. */
function layOutPillText(text: string, tone: PillsBlock['pills'][number]['tone'], context: LayoutContext): Line {
  const style = { face: 'semibold' as const, size: sizes.tiny, color: pickTone(tone).text };
  return layoutText([{ text, style }], 1e6, { cjk: context.cjk, lineHeight: 1.2 }).lines[0]!;
}

/** How wide a row of pills is on one line. */
export function measurePills(block: PillsBlock, context: LayoutContext): number {
  const widths = block.pills.map((p) => layOutPillText(p.text, p.tone, context).width + 2 * shapes.pillPad);
  return widths.reduce((a, b) => a + b, 0) + gap[1]! * Math.max(0, widths.length - 1);
}

/** Pills, wrapped into lines of the width; each line a slice. */
export function layOutPills(block: PillsBlock, width: number, context: LayoutContext): Slice[] {
  const lines: { line: Line; width: number; tone: PillsBlock['pills'][number]['tone'] }[][] = [[]];
  let x = 0;
  for (const pill of block.pills) {
    const line = layOutPillText(pill.text, pill.tone, context);
    const pillWidth = line.width + 2 * shapes.pillPad;
    if (x > 0 && x + pillWidth > width) {
      lines.push([]);
      x = 0;
    }
    lines.at(-1)!.push({ line, width: pillWidth, tone: pill.tone });
    x += pillWidth + gap[1]!;
  }
  const height = Math.max(LINE_BOX, shapes.pill);
  return lines.map((pills, i) => {
    const slice = makeSlice(height, i === 0 ? 0 : gap[1]!);
    const used = pills.reduce((sum, p) => sum + p.width, 0) + gap[1]! * (pills.length - 1);
    let left = block.align === 'right' ? width - used : 0;
    const top = (height - shapes.pill) / 2;
    for (const pill of pills) {
      slice.items.push({ kind: 'rect', x: left, y: top, width: pill.width, height: shapes.pill, fill: pickTone(pill.tone).soft, radius: shapes.pill / 2 });
      addLineItems(slice.items, pill.line, left + shapes.pillPad, top + (shapes.pill - pill.line.height) / 2);
      left += pill.width + gap[1]!;
    }
    return slice;
  });
}

/** A progress bar: a track, filled as far as the share. */
export function layOutBar(block: BarBlock, width: number): Slice {
  const w = Math.min(width, block.width ?? width);
  const slice = makeSlice(shapes.bar + gap[0]!);
  const y = gap[0]! / 2;
  slice.items.push({ kind: 'rect', x: 0, y, width: w, height: shapes.bar, fill: colors.track });
  const filled = Math.max(0, Math.min(1, block.ratio)) * w;
  if (filled > 0) slice.items.push({ kind: 'rect', x: 0, y, width: filled, height: shapes.bar, fill: pickTone(block.tone).fill });
  return slice;
}

/** The level cells of a skill: solid up to the level, outlined up to the target, grey after. */
export function layOutLevels(block: LevelsBlock): Slice {
  const { width, height, gap: between } = shapes.levelCell;
  const slice = makeSlice(LINE_BOX);
  const y = (LINE_BOX - height) / 2;
  block.cells.forEach((cell, i) => slice.items.push(...makeLevelCell(cell, i * (width + between), y)));
  return slice;
}

/** One level cell's items at (x, y): also the legend's swatches. */
export function makeLevelCell(cell: LevelsBlock['cells'][number], x: number, y: number, width: number = shapes.levelCell.width): Item[] {
  const height = shapes.levelCell.height;
  if (cell === 'have') return [{ kind: 'rect', x, y, width, height, fill: colors.accent }];
  if (cell === 'empty') return [{ kind: 'rect', x, y, width, height, fill: colors.track }];
  const inset = shapes.accentRule / 2;
  return [{ kind: 'rect', x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset, fill: colors.accentSoft, stroke: colors.accent, lineWidth: shapes.accentRule }];
}

/** A step's check box: ticked when done, red when overdue, crossed through when dropped. */
export function layOutCheck(block: CheckBlock): Slice {
  const size = shapes.check;
  const slice = makeSlice(LINE_BOX);
  const y = (LINE_BOX - size) / 2;
  const inset = shapes.accentRule / 2;
  if (block.state === 'done') {
    slice.items.push({ kind: 'rect', x: 0, y, width: size, height: size, fill: colors.goodFill });
    slice.items.push({ kind: 'tick', x: 0, y, size, color: colors.surface });
    return slice;
  }
  const stroke = block.state === 'overdue' ? colors.bad : colors.borderStrong;
  slice.items.push({ kind: 'rect', x: inset, y: y + inset, width: size - 2 * inset, height: size - 2 * inset, stroke, lineWidth: shapes.accentRule });
  if (block.state === 'dropped') slice.items.push({ kind: 'line', x: 2, y: y + size / 2, x2: size - 2, y2: y + size / 2, color: stroke, width: shapes.accentRule });
  return slice;
}

/** A rule across the width. */
export function layOutRule(block: RuleBlock, width: number): Slice {
  const slice = makeSlice(block.width);
  slice.items.push({ kind: 'line', x: 0, y: block.width / 2, x2: width, y2: block.width / 2, color: block.color, width: block.width });
  return slice;
}
