// Blocks into slices at a width: the measuring half of the layout. Lines of
// text and graphics are in lay-out-lines.ts. A stack kept together becomes
// one slice when it fits on a page, else its children's slices, each with its
// share of the stack's tint and bar. A row that fits on a page is one slice;
// a taller one (a barrier of a thousand words beside how to get past it)
// flows its cells together, slice by slice, so nothing is cut. A block's
// flow settings (space above, keep with next, bookmarks, links) are applied
// to its slices.
import type { Block, Cell, RowBlock, StackBlock } from './blocks.js';
import { makeSlice, measureSlices, mergeSlices, placeSlices, copyMoved, type Item, type Slice } from './items.js';
import { layOutBar, layOutCheck, layOutLevels, layOutPills, layOutRule, layOutText, makeTextOptions, measurePills, type LayoutContext } from './lay-out-lines.js';
import { layOutRadar } from './lay-out-radar.js';
import { layoutText } from './text-layout.js';

/** Lays out blocks one under the other at a width. */
export function layOutBlocks(blocks: readonly Block[], width: number, context: LayoutContext): Slice[] {
  const slices: Slice[] = [];
  for (const block of blocks) for (const slice of layOutBlock(block, width, context)) slices.push(slice);
  return slices;
}

function layOutBlock(block: Block, width: number, context: LayoutContext): Slice[] {
  const slices = layOutContent(block, width, context);
  if (slices.length === 0) return slices;
  const first = slices[0]!;
  if (block.before !== undefined) first.before = block.before;
  if (block.keepWithNext) slices.at(-1)!.keepWithNext = true;
  if (block.mark) first.marks.unshift({ y: 0, value: block.mark });
  if (block.carry) {
    const carry = layOutBlocks(block.carry, width, context);
    for (const slice of slices) slice.carry ??= carry;
  }
  if (block.goTo) {
    for (const slice of slices) slice.items.push({ kind: 'goto', x: 0, y: 0, width, height: slice.height, name: block.goTo });
  }
  return slices;
}

function layOutContent(block: Block, width: number, context: LayoutContext): Slice[] {
  switch (block.kind) {
    case 'text':
      return layOutText(block, width, context);
    case 'stack':
      return layOutStack(block, width, context);
    case 'row':
      return layOutRow(block, width, context);
    case 'pills':
      return layOutPills(block, width, context);
    case 'bar':
      return [layOutBar(block, width, context)];
    case 'levels':
      return [layOutLevels(block, context)];
    case 'check':
      return [layOutCheck(block)];
    case 'rule':
      return [layOutRule(block, width)];
    case 'radar':
      return [layOutRadar(block, width, context)];
    case 'logo': {
      const slice = makeSlice(block.height);
      slice.items.push({ kind: 'logo', x: 0, y: 0, width, height: block.height, logo: block.logo });
      return [slice];
    }
  }
}

function layOutStack(block: StackBlock, width: number, context: LayoutContext): Slice[] {
  const { x: padX = 0, top = 0, bottom = 0 } = block.pad ?? {};
  const dx = (block.indent ?? 0) + padX;
  const children = layOutBlocks(block.children, width - dx - padX, context);
  if (children.length === 0) return children;
  const height = measureSlices(children) + top + bottom;
  if (block.keep && height <= context.pageHeight) {
    const merged = mergeSlices(children, dx, top, height);
    merged.items.unshift(...decorate(block, width, height, true, true));
    return [merged];
  }
  if (!block.fill && !block.bar && top === 0 && bottom === 0) {
    return dx === 0 ? children : children.map((slice) => mergeSlices([slice], dx, 0, slice.height));
  }
  // Too tall for a page, or free to break: each slice carries its part of the
  // tint and bar, and its space above becomes part of it so the tint is whole.
  return children.map((slice, i) => {
    const above = i > 0 ? slice.before : top;
    const below = i === children.length - 1 ? bottom : 0;
    const moved = mergeSlices([slice], dx, above, slice.height + above + below);
    if (i > 0) moved.before = 0;
    moved.items.unshift(...decorate(block, width, moved.height, i === 0, i === children.length - 1));
    return moved;
  });
}

/** A stack's tint and bar behind a piece of it; rounded only where the piece starts or ends the stack. */
function decorate(block: StackBlock, width: number, height: number, first: boolean, last: boolean): Item[] {
  const items: Item[] = [];
  const r = block.radius ?? 0;
  if (block.fill) {
    const radius = r === 0 || (first && last) ? r : [first ? r : 0, first ? r : 0, last ? r : 0, last ? r : 0];
    items.push({ kind: 'rect', x: 0, y: 0, width, height, fill: block.fill, radius });
  }
  if (block.bar) items.push({ kind: 'rect', x: 0, y: 0, width: block.bar.width, height, fill: block.bar.color });
  return items;
}

function layOutRow(block: RowBlock, width: number, context: LayoutContext): Slice[] {
  const gap = block.gap ?? 0;
  const widths = resolveWidths(block.cells, width - gap * Math.max(0, block.cells.length - 1), context);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w + gap), 0);
  const columns = block.cells.map((cell, i) => layOutBlocks(cell.blocks, widths[i]!, context));
  const height = Math.max(0, ...columns.map(measureSlices));
  if (height === 0 && columns.every((c) => c.length === 0)) return [];
  if (height <= context.pageHeight) {
    const slice = makeSlice(height);
    columns.forEach((column, i) => placeSlices(column, slice, xs[i]!, 0));
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

/** Of the width shared by `grow` cells, what `fit` cells may never take. */
const GROW_SHARE = 0.35;

/** Each cell's width: fixed ones first, then fitted ones, then shares of the rest. */
function resolveWidths(cells: readonly Cell[], width: number, context: LayoutContext): number[] {
  const fixed = cells.reduce((sum, cell) => sum + (cell.width ?? 0), 0);
  const growing = cells.filter((cell) => cell.width === undefined && !cell.fit);
  let left = width - fixed;
  const reserve = growing.length > 0 ? left * GROW_SHARE : 0;
  const widths = cells.map((cell) => {
    if (cell.width !== undefined) return cell.width;
    if (!cell.fit) return 0;
    const fitted = Math.min(measureFit(cell.blocks, context), Math.max(0, left - reserve));
    left -= fitted;
    return fitted;
  });
  const shares = growing.reduce((sum, cell) => sum + (cell.grow ?? 1), 0);
  return widths.map((w, i) => {
    const cell = cells[i]!;
    return cell.width === undefined && !cell.fit ? (Math.max(0, left) * (cell.grow ?? 1)) / shares : w;
  });
}

/** How wide a fitted cell's text or pills are when nothing makes them wrap (other blocks take no width of their own). */
function measureFit(blocks: readonly Block[], context: LayoutContext): number {
  let widest = 0;
  for (const block of blocks) {
    if (block.kind === 'text') {
      const natural = layoutText(block.spans, 1e6, makeTextOptions(context, block.lineHeight)).width;
      widest = Math.max(widest, Math.ceil(natural * 100) / 100);
    } else if (block.kind === 'pills') {
      widest = Math.max(widest, measurePills(block, context));
    }
  }
  return widest;
}
