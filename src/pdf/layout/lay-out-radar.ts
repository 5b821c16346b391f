// The skills radar as one slice: the facts' geometry (a 100 x 100 box,
// centre 50,50) scaled to points, with each spoke's label set as text just
// past the spoke's end. Labels keep their size at any scale, so the chart
// shrinks until chart and labels fit the width, and each label leans away
// from the centre the way its spoke points, so none covers the chart.
import type { RadarBlock } from './blocks.js';
import { makeSlice, type Item, type Slice } from './items.js';
import { addLineItems, makeTextOptions, type LayoutContext } from './lay-out-lines.js';
import { layoutText, type LaidOutText } from './text-layout.js';
import { colors, gap, shapes, styles } from './theme.js';

/** The facts' box: its centre. */
const CENTRE = 50;
/** Never drawn smaller than this radius, in points, whatever the labels. */
const MIN_RADIUS = 40;

/** A label's box, placed with the chart's centre at (0, 0). */
interface PlacedLabel {
  text: LaidOutText;
  left: number;
  top: number;
  /** How far along its box each line is pushed: 0 flush left, 1 flush right. */
  lean: number;
}

/** Lays out the radar at most `block.size` across, centred in the width. */
export function layOutRadar(block: RadarBlock, width: number, context: LayoutContext): Slice {
  const { radar } = block;
  const first = radar.spokes[0]!;
  const unit = Math.hypot(first.x - CENTRE, first.y - CENTRE) || 1;
  // Each spoke's direction from the centre, as a unit vector.
  const directions = radar.spokes.map((s) => [(s.x - CENTRE) / unit, (s.y - CENTRE) / unit] as const);
  const texts = radar.spokes.map((s) => layoutText([{ text: s.name, style: styles.small }], width / 3, makeTextOptions(context, 1.2)));
  let radius = Math.min(block.size, width) / 2;
  let placed = placeLabels(texts, directions, radius);
  for (let i = 0; i < 4 && placed.right - placed.left > width && radius > MIN_RADIUS; i++) {
    radius = Math.max(MIN_RADIUS, radius - (placed.right - placed.left - width) / 2);
    placed = placeLabels(texts, directions, radius);
  }
  const slice = makeSlice(placed.bottom - placed.top);
  const cx = (width - (placed.right - placed.left)) / 2 - placed.left;
  const cy = -placed.top;
  const k = radius / unit;
  // Facts' "x,y x,y" polygons as points relative to the chart's centre.
  const toPoints = (polygon: string) => polygon.split(' ').flatMap((pair) => pair.split(',').map((n) => (Number(n) - CENTRE) * k));
  const polygon = (points: string, look: Omit<Extract<Item, { kind: 'polygon' }>, 'kind' | 'x' | 'y' | 'points'>): Item => ({ kind: 'polygon', x: cx, y: cy, points: toPoints(points), ...look });
  const { radar: look } = shapes;
  const { accent, accentSoft } = context.theme;
  // The gap to the target, tinted under the rings; the level over them, seen through; the target's outline on top.
  slice.items.push(polygon(radar.target, { fill: accentSoft }));
  for (const ring of radar.rings) slice.items.push(polygon(ring, { stroke: colors.border, lineWidth: shapes.hairline }));
  for (const [dx, dy] of directions) slice.items.push({ kind: 'line', x: cx, y: cy, x2: cx + dx * radius, y2: cy + dy * radius, color: colors.border, width: shapes.hairline });
  slice.items.push(polygon(radar.level, { fill: accent, opacity: look.levelOpacity, stroke: accent, lineWidth: look.level }));
  slice.items.push(polygon(radar.target, { stroke: accent, lineWidth: look.target }));
  for (const label of placed.labels) {
    let y = cy + label.top;
    for (const line of label.text.lines) {
      addLineItems(slice.items, line, cx + label.left + (label.text.width - line.width) * label.lean, y);
      y += line.height;
    }
  }
  return slice;
}

/** Every label's box at a radius, and the box around chart and labels. */
function placeLabels(texts: readonly LaidOutText[], directions: readonly (readonly [number, number])[], radius: number) {
  // The chart reaches as far as its spokes do (a triangle's base sits well above the circle's bottom).
  let left = Math.min(...directions.map(([dx]) => dx * radius));
  let right = Math.max(...directions.map(([dx]) => dx * radius));
  let top = Math.min(...directions.map(([, dy]) => dy * radius));
  let bottom = Math.max(...directions.map(([, dy]) => dy * radius));
  const reach = radius + gap[1]!;
  const labels = texts.map((text, i): PlacedLabel => {
    const [dx, dy] = directions[i]!;
    const height = text.lines.reduce((sum, line) => sum + line.height, 0);
    // 0 at the left or top of the chart, 1 at the right or bottom: how far the box hangs past its point.
    const across = (dx + 1) / 2;
    const down = (dy + 1) / 2;
    const label = { text, left: dx * reach - text.width * (1 - across), top: dy * reach - height * (1 - down), lean: 1 - across };
    left = Math.min(left, label.left);
    right = Math.max(right, label.left + text.width);
    top = Math.min(top, label.top);
    bottom = Math.max(bottom, label.top + height);
    return label;
  });
  return { labels, left, right, top, bottom };
}
