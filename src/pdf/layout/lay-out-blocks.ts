// Blocks into slices at a width: the measuring half of the layout. Text
// becomes a slice per line; a stack kept together becomes one slice when it
// fits on a page (else its children's slices, each with its share of the
// stack's tint and bar); rows are in lay-out-row.ts. A block's flow settings
// (space above, keep with next, bookmarks, links) are applied to its slices.
import type { Block, StackBlock } from './blocks.js';
import { layOutBar, layOutCheck, layOutLevels, layOutPills, layOutRule } from './graphics.js';
import { copyMoved, makeSlice, measureSlices, type Item, type Radius, type Slice } from './items.js';
import { layOutRow } from './lay-out-row.js';
import { layOutText, type LayoutContext } from './lay-out-text.js';

export type { LayoutContext };

/** Lays out blocks one under the other at a width. */
export function layOutBlocks(blocks: readonly Block[], width: number, context: LayoutContext): Slice[] {
  const slices: Slice[] = [];
  for (const block of blocks) for (const slice of layOutBlock(block, width, context)) slices.push(slice);
  return slices;
}

/** Lays out one block at a width. */
export function layOutBlock(block: Block, width: number, context: LayoutContext): Slice[] {
  const slices = layOutContent(block, width, context);
  if (slices.length === 0) return slices;
  const first = slices[0]!;
  if (block.before !== undefined) first.before = block.before;
  if (block.keepWithNext) slices.at(-1)!.keepWithNext = true;
  if (block.mark) first.marks.unshift({ y: 0, value: block.mark });
  if (block.dest) first.dests.unshift({ y: 0, value: block.dest });
  if (block.carry) {
    const carry = layOutCarry(block.carry, width, context);
    for (const slice of slices) slice.carry ??= carry;
  }
  if (block.goTo) {
    for (const slice of slices) slice.items.push({ kind: 'goto', x: 0, y: 0, width, height: slice.height, name: block.goTo });
  }
  return slices;
}

// What blocks carry is shared by many (every row of a table carries its
// header), so it is laid out once per width; slices are never changed once made.
const carried = new WeakMap<readonly Block[], { width: number; slices: Slice[] }>();

function layOutCarry(blocks: readonly Block[], width: number, context: LayoutContext): Slice[] {
  const known = carried.get(blocks);
  if (known && known.width === width) return known.slices;
  const slices = layOutBlocks(blocks, width, context);
  carried.set(blocks, { width, slices });
  return slices;
}

function layOutContent(block: Block, width: number, context: LayoutContext): Slice[] {
  switch (block.kind) {
    case 'text':
      return layOutText(block, width, context);
    case 'stack':
      return layOutStack(block, width, context);
    case 'row':
      return layOutRow(block, width, context, layOutBlocks);
    case 'pills':
      return layOutPills(block, width, context);
    case 'bar':
      return [layOutBar(block, width)];
    case 'levels':
      return [layOutLevels(block)];
    case 'check':
      return [layOutCheck(block)];
    case 'rule':
      return [layOutRule(block, width)];
  }
}

/** Slices put one under the other into one slice, moved right by `dx` and down by `dy`. */
export function mergeSlices(slices: readonly Slice[], dx: number, dy: number, height: number): Slice {
  const merged = makeSlice(height, slices[0]?.before ?? 0);
  let y = dy;
  slices.forEach((slice, i) => {
    if (i > 0) y += slice.before;
    copyMoved(slice, merged, dx, y);
    y += slice.height;
  });
  merged.keepWithNext = slices.at(-1)?.keepWithNext ?? false;
  merged.carry = slices[0]?.carry;
  return merged;
}

function layOutStack(block: StackBlock, width: number, context: LayoutContext): Slice[] {
  const indent = block.indent ?? 0;
  const { x: padX = 0, top = 0, bottom = 0 } = block.pad ?? {};
  const dx = indent + padX;
  const children = layOutBlocks(block.children, width - dx - padX, context);
  if (children.length === 0) return children;
  const height = measureSlices(children) + top + bottom;
  if (block.keep && height <= context.pageHeight) {
    const merged = mergeSlices(children, dx, top, height);
    merged.items.unshift(...decorate(block, width, height, true, true));
    return [merged];
  }
  if (!block.fill && !block.bar && top === 0 && bottom === 0) return children.map((slice) => moveSlice(slice, dx, 0, 0));
  // Too tall for a page, or free to break: each slice carries its part of the
  // tint and bar, and its space above becomes part of it so the tint is whole.
  return children.map((slice, i) => {
    const above = i > 0 ? slice.before : top;
    const below = i === children.length - 1 ? bottom : 0;
    const moved = moveSlice(slice, dx, above, above + below);
    if (i > 0) moved.before = 0;
    moved.items.unshift(...decorate(block, width, moved.height, i === 0, i === children.length - 1));
    return moved;
  });
}

/** A slice moved right and down inside a taller slice. */
function moveSlice(slice: Slice, dx: number, dy: number, grow: number): Slice {
  if (dx === 0 && dy === 0 && grow === 0) return slice;
  const moved: Slice = { ...makeSlice(slice.height + grow, slice.before), keepWithNext: slice.keepWithNext, carry: slice.carry };
  copyMoved(slice, moved, dx, dy);
  return moved;
}

/** A stack's tint and bar behind a piece of it; rounded only where the piece starts or ends the stack. */
function decorate(block: StackBlock, width: number, height: number, first: boolean, last: boolean): Item[] {
  const items: Item[] = [];
  const r = block.radius ?? 0;
  if (block.fill) {
    const radius: Radius = r === 0 || (first && last) ? r : [first ? r : 0, first ? r : 0, last ? r : 0, last ? r : 0];
    items.push({ kind: 'rect', x: 0, y: 0, width, height, fill: block.fill, radius });
  }
  if (block.bar) items.push({ kind: 'rect', x: 0, y: 0, width: block.bar.width, height, fill: block.bar.color });
  return items;
}
