// What the layout hands the drawing code: pages of positioned items in points
// from the page's top-left corner, plus bookmarks and named destinations.
// Slices are the pieces pages are filled with: each a horizontal strip the
// page flow may put on this page or the next, never cut.
import type { Mark } from './blocks.js';
import type { Line } from './text-layout.js';
import type { PdfLogo } from './theme.js';

/** One thing to draw, at points from the top-left of the page (or of a slice). */
export type Item =
  /** A laid-out line of text whose box starts at (x, y). */
  | { kind: 'text'; x: number; y: number; line: Line }
  /** A rectangle, filled and/or stroked; `radius` rounds all corners or each (top-left, top-right, bottom-right, bottom-left). */
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string; lineWidth?: number; radius?: number | readonly number[] }
  | { kind: 'line'; x: number; y: number; x2: number; y2: number; color: string; width: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string }
  /** A closed polygon through `points` (x, y pairs from (x, y)), filled (at an opacity) and/or stroked. */
  | { kind: 'polygon'; x: number; y: number; points: readonly number[]; fill?: string; opacity?: number; stroke?: string; lineWidth?: number }
  /** A check mark inside a square of `size` at (x, y). */
  | { kind: 'tick'; x: number; y: number; size: number; color: string }
  /** A clickable area that opens a URL. */
  | { kind: 'link'; x: number; y: number; width: number; height: number; url: string }
  /** A clickable area that goes to a named destination of the document. */
  | { kind: 'goto'; x: number; y: number; width: number; height: number; name: string }
  /** A logo fitted into a box, at its left and middle. */
  | { kind: 'logo'; x: number; y: number; width: number; height: number; logo: PdfLogo };

/** Something anchored at a height: a bookmark or a destination. */
interface Anchor<T> {
  y: number;
  value: T;
}

/**
 * Laid-out content: its own items (drawn first: a stack's tint goes behind
 * its children), then groups of items drawn moved by (dx, dy). Content put
 * inside other content keeps its item lists and only gains an offset, so no
 * item is copied on its way from a line of text to its place on a page.
 */
export interface Content {
  items: Item[];
  groups: { dx: number; dy: number; items: readonly Item[] }[];
  marks: Anchor<Mark>[];
  dests: Anchor<string>[];
}

/** A strip of laid-out content that the page flow never cuts. */
export interface Slice extends Content {
  height: number;
  /** Space above it; dropped at the top of a page. */
  before: number;
  /** Must be on the same page as the next slice. */
  keepWithNext: boolean;
  /** Slices put at the top of a page this one starts (after a break). */
  carry?: Slice[];
}

/** One laid-out page, in points from its top-left corner. */
export type Page = Content;

/** Empty content: a new page, or the start of one. */
export function makeContent(): Content {
  return { items: [], groups: [], marks: [], dests: [] };
}

/** An empty slice of a height. */
export function makeSlice(height: number, before = 0): Slice {
  return { height, before, keepWithNext: false, items: [], groups: [], marks: [], dests: [] };
}

/** Puts content into other content, moved by (dx, dy). */
export function copyMoved(from: Content, into: Content, dx: number, dy: number): void {
  if (from.items.length > 0) into.groups.push({ dx, dy, items: from.items });
  for (const group of from.groups) into.groups.push({ dx: group.dx + dx, dy: group.dy + dy, items: group.items });
  for (const mark of from.marks) into.marks.push({ y: mark.y + dy, value: mark.value });
  for (const dest of from.dests) into.dests.push({ y: dest.y + dy, value: dest.value });
}

/** The height of slices put one under the other (the first one's space above not counted). */
export function measureSlices(slices: readonly Slice[]): number {
  let height = 0;
  slices.forEach((slice, i) => (height += (i > 0 ? slice.before : 0) + slice.height));
  return height;
}

/** Puts slices one under the other into content, the first at (dx, dy) without its space above. */
export function placeSlices(slices: readonly Slice[], into: Content, dx: number, dy: number): void {
  let y = dy;
  slices.forEach((slice, i) => {
    if (i > 0) y += slice.before;
    copyMoved(slice, into, dx, y);
    y += slice.height;
  });
}

/** Slices one under the other as one slice of a height, moved right by `dx` and down by `dy`. */
export function mergeSlices(slices: readonly Slice[], dx: number, dy: number, height: number): Slice {
  const merged = makeSlice(height, slices[0]?.before ?? 0);
  placeSlices(slices, merged, dx, dy);
  merged.keepWithNext = slices.at(-1)?.keepWithNext ?? false;
  merged.carry = slices[0]?.carry;
  return merged;
}
