// Rows: cells side by side. Cell widths are fixed, as wide as their content
// (`fit`), or shares of what is left (`grow`). A row that fits on a page is
// one slice; a taller one (a barrier of a thousand words beside how to get
// past it) flows its cells together, slice by slice, so nothing is cut.
import type { Block, Cell, RowBlock } from './blocks.js';
import { measurePills } from './graphics.js';
import { copyMoved, makeSlice, measureSlices, type Slice } from './items.js';
import type { LayoutContext } from './lay-out-text.js';
import { layoutText } from './text-layout.js';
import { LEVELS_WIDTH, shapes } from './theme.js';

/** Lays out blocks at a width (passed in, so rows can hold any block). */
export type LayOut = (blocks: readonly Block[], width: number, context: LayoutContext) => Slice[];

/** Of the width shared by `grow` cells, what `fit` cells may never take. */
const GROW_SHARE = 0.35;

/** A row's slices: one when it fits on a page, else one per slice of its tallest cell. */
export function layOutRow(block: RowBlock, width: number, context: LayoutContext, layOut: LayOut): Slice[] {
  const gap = block.gap ?? 0;
  const widths = resolveWidths(block.cells, width - gap * Math.max(0, block.cells.length - 1), context);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w + gap), 0);
  const columns = block.cells.map((cell, i) => layOut(cell.blocks, widths[i]!, context));
  const heights = columns.map(measureSlices);
  const height = Math.max(0, ...heights);
  if (height === 0 && columns.every((c) => c.length === 0)) return [];
  if (height <= context.pageHeight) {
    const slice = makeSlice(height);
    columns.forEach((column, i) => {
      let y = 0;
      column.forEach((part, k) => {
        if (k > 0) y += part.before;
        copyMoved(part, slice, xs[i]!, y);
        y += part.height;
      });
    });
    return [slice];
  }
  const count = Math.max(...columns.map((c) => c.length));
  return Array.from({ length: count }, (_, k) => {
    const slice = makeSlice(0);
    columns.forEach((column, i) => {
      const part = column[k];
      if (!part) return;
      const top = k > 0 ? part.before : 0;
      copyMoved(part, slice, xs[i]!, top);
      slice.height = Math.max(slice.height, top + part.height);
      slice.keepWithNext ||= part.keepWithNext;
    });
    return slice;
  });
}

/** Each cell's width: fixed ones first, then fitted ones, then shares of the rest. */
function resolveWidths(cells: readonly Cell[], width: number, context: LayoutContext): number[] {
  const fixed = cells.reduce((sum, cell) => sum + (cell.width ?? 0), 0);
  const growing = cells.filter((cell) => cell.width === undefined && !cell.fit);
  let left = width - fixed;
  const reserve = growing.length > 0 ? left * GROW_SHARE : 0;
  const widths = cells.map((cell) => {
    if (cell.width !== undefined) return cell.width;
    if (!cell.fit) return 0;
    const fitted = Math.min(measureNatural(cell.blocks, context), Math.max(0, left - reserve));
    left -= fitted;
    return fitted;
  });
  const shares = growing.reduce((sum, cell) => sum + (cell.grow ?? 1), 0);
  return widths.map((w, i) => {
    const cell = cells[i]!;
    return cell.width === undefined && !cell.fit ? (Math.max(0, left) * (cell.grow ?? 1)) / shares : w;
  });
}

/** How wide blocks are when nothing makes them wrap. */
export function measureNatural(blocks: readonly Block[], context: LayoutContext): number {
  let widest = 0;
  for (const block of blocks) widest = Math.max(widest, measureBlock(block, context));
  return widest;
}

function measureBlock(block: Block, context: LayoutContext): number {
  switch (block.kind) {
    case 'text':
      return Math.ceil(layoutText(block.spans, 1e6, { cjk: context.cjk, lineHeight: block.lineHeight }).width * 100) / 100;
    case 'pills':
      return measurePills(block, context);
    case 'levels':
      return LEVELS_WIDTH;
    case 'check':
      return shapes.check;
    case 'bar':
      return block.width ?? 0;
    case 'rule':
      return 0;
    case 'stack':
      return (block.indent ?? 0) + 2 * (block.pad?.x ?? 0) + measureNatural(block.children, context);
    case 'row':
      return block.cells.reduce((sum, cell) => sum + (cell.width ?? measureNatural(cell.blocks, context)), 0) + (block.gap ?? 0) * Math.max(0, block.cells.length - 1);
  }
}
