// Small drawn pieces shared by the sections: headings, pills, bars, check
// boxes, bullet lists and label/value cells. Each measures before it draws,
// so callers can keep things together across page breaks.
import type { Canvas, Bookmark } from './canvas.js';
import type { Tone } from '../format/format-values.js';
import type { Span, TextStyle } from './text-layout.js';
import { colors, sizes, spacing } from './theme.js';

/** Styles by role, so every section sets text the same way. */
export const styles = {
  body: { face: 'regular', size: sizes.body, color: colors.text },
  bodyBold: { face: 'semibold', size: sizes.body, color: colors.text },
  muted: { face: 'regular', size: sizes.small, color: colors.muted },
  mutedItalic: { face: 'italic', size: sizes.small, color: colors.muted },
  label: { face: 'semibold', size: sizes.tiny, color: colors.faint },
  small: { face: 'regular', size: sizes.small, color: colors.text },
  smallBold: { face: 'semibold', size: sizes.small, color: colors.text },
} satisfies Record<string, TextStyle>;

/** A one-span list, for the common case of text in one style. */
export function makeSpans(text: string, style: TextStyle): Span[] {
  return [{ text, style }];
}

const toneColors: Record<Tone, { fg: string; bg: string }> = {
  good: { fg: colors.good, bg: colors.goodLight },
  warn: { fg: colors.warn, bg: colors.warnLight },
  bad: { fg: colors.bad, bg: colors.badLight },
  neutral: { fg: colors.neutral, bg: colors.neutralLight },
  accent: { fg: colors.accent, bg: colors.accentPale },
};

/** The text colour of a tone. */
export function pickToneColor(tone: Tone): string {
  return toneColors[tone].fg;
}

/**
 * Draws a section heading with a rule under it, after making sure it and the
 * first `keepWith` points of what follows fit on the page (so a heading never
 * sits alone at the bottom). Adds a bookmark and returns it.
 */
export function drawSectionHeading(c: Canvas, title: string, keepWith: number, note?: string): Bookmark {
  const block = c.layout(makeSpans(title, { face: 'semibold', size: sizes.section, color: colors.accent }));
  const gap = c.y === c.top ? 0 : spacing.section;
  if (!c.keepTogether(gap + block.height + 6 + spacing.afterHeading + keepWith)) c.y += gap;
  const mark = c.bookmark(title);
  c.drawBlock(block, c.left, c.y);
  if (note) {
    const noteBlock = c.layout(makeSpans(note, styles.muted), c.contentWidth - block.width - 12);
    c.drawBlock(noteBlock, c.right - noteBlock.width, c.y + block.height - noteBlock.height - 1);
  }
  c.y += block.height + 3;
  c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.8).stroke(colors.accentLight);
  c.y += spacing.afterHeading;
  return mark;
}

/** Height of a sub-heading drawn by drawSubheading. */
export function measureSubheading(c: Canvas, text: string, width = c.contentWidth): number {
  return c.layout(makeSpans(text, styles.bodyBold), width).height + 3;
}

/** Draws a small bold heading inside a section at (x, y); returns its height. */
export function drawSubheading(c: Canvas, text: string, x: number, y: number, width = c.contentWidth, color: string = colors.text): number {
  const block = c.layout(makeSpans(text, { ...styles.bodyBold, color }), width);
  c.drawBlock(block, x, y);
  return block.height + 3;
}

/** Width of a pill with this text. */
export function measurePill(c: Canvas, text: string): number {
  return c.layout(makeSpans(text, pillStyle('neutral')), 1e6).width + 10;
}

function pillStyle(tone: Tone): TextStyle {
  return { face: 'semibold', size: sizes.tiny, color: toneColors[tone].fg };
}

/** Draws a rounded label ("In progress") with its top-left at (x, y); returns its width. */
export function drawPill(c: Canvas, text: string, tone: Tone, x: number, y: number): number {
  const block = c.layout(makeSpans(text, pillStyle(tone)), 1e6, 1.2);
  const width = block.width + 10;
  const height = 12.5;
  c.draw.roundedRect(x, y, width, height, 6.25).fill(toneColors[tone].bg);
  c.drawBlock(block, x + 5, y + (height - block.height) / 2);
  return width;
}

/** Draws a horizontal progress bar of a 0-1 ratio. */
export function drawProgressBar(c: Canvas, x: number, y: number, width: number, ratio: number, tone: Tone = 'accent'): void {
  const height = 4.5;
  c.draw.roundedRect(x, y, width, height, height / 2).fill(colors.neutralLight);
  const filled = Math.max(0, Math.min(1, ratio)) * width;
  if (filled > 0) c.draw.roundedRect(x, y, Math.max(filled, height), height, height / 2).fill(toneColors[tone].fg);
}

/** Width of the five-cell skill level bar. */
export const LEVEL_BAR_WIDTH = 5 * 15 - 3;

/**
 * Draws a skill level on the 0-5 scale: cells up to the current level are
 * solid, cells up to the target are outlined (the gap to close), the rest grey.
 */
export function drawLevelBar(c: Canvas, x: number, y: number, level: number | undefined, target: number | undefined): void {
  const draw = c.draw;
  const now = level ?? 0;
  const goal = target ?? now;
  for (let i = 0; i < 5; i++) {
    const cx = x + i * 15;
    if (i < now) draw.rect(cx, y, 12, 7).fill(colors.accent);
    else if (i < goal) {
      draw.rect(cx, y, 12, 7).fill(colors.accentPale);
      draw.rect(cx + 0.4, y + 0.4, 11.2, 6.2).lineWidth(0.8).stroke(colors.accent);
    } else draw.rect(cx, y, 12, 7).fill(colors.neutralLight);
  }
}

/** Draws a check box, ticked when done, with its top-left at (x, y). */
export function drawCheckbox(c: Canvas, x: number, y: number, done: boolean): void {
  const draw = c.draw;
  const size = 9;
  if (done) {
    draw.roundedRect(x, y, size, size, 1.5).fill(colors.good);
    draw
      .moveTo(x + 2.1, y + 4.7)
      .lineTo(x + 3.9, y + 6.6)
      .lineTo(x + 7, y + 2.6)
      .lineWidth(1.3)
      .lineCap('round')
      .lineJoin('round')
      .stroke('#ffffff');
    draw.lineCap('butt').lineJoin('miter');
  } else {
    draw.roundedRect(x + 0.4, y + 0.4, size - 0.8, size - 0.8, 1.5).lineWidth(0.8).stroke(colors.muted);
  }
}

/** Draws a bullet list at the cursor, keeping each item whole and flowing across pages. */
export function flowBulletList(c: Canvas, items: Span[][], x = c.left, width = c.right - x): void {
  for (const item of items) {
    const block = c.layout(item, width - 11);
    c.keepTogether(Math.min(block.height, 3 * (block.lines[0]?.height ?? 0)));
    drawBullet(c, x, c.y, block.lines[0]?.height ?? 12, item[0]?.style.color ?? colors.text);
    c.flowBlock(block, x + 11);
    c.y += spacing.item / 2;
  }
}

/** Draws a round bullet for a list item whose first line has the given height. */
export function drawBullet(c: Canvas, x: number, top: number, lineHeight: number, color: string = colors.accent): void {
  c.draw.circle(x + 3, top + lineHeight / 2, 1.6).fill(color === colors.text ? colors.accent : color);
}

/** A label over a value, as used in fact grids. */
export interface Fact {
  label: string;
  value: Span[];
  /** Draws something other than text under the label; returns the height used. */
  draw?: (x: number, y: number, width: number) => number;
  /** The height `draw` will use, for measuring before drawing. */
  drawHeight?: number;
}

/** Measures a row of facts laid out in equal columns. */
export function measureFactRow(c: Canvas, facts: Fact[], width: number, columns: number): number {
  const col = width / columns;
  let height = 0;
  for (const fact of facts) {
    const label = c.layout(makeSpans(fact.label.toUpperCase(), styles.label), col - 10).height;
    const value = fact.draw ? (fact.drawHeight ?? 15) : c.layout(fact.value, col - 10).height;
    height = Math.max(height, label + 1 + value);
  }
  return height;
}

/** Draws a row of facts in equal columns at (x, y); returns the row's height. */
export function drawFactRow(c: Canvas, facts: Fact[], x: number, y: number, width: number, columns: number): number {
  const col = width / columns;
  let height = 0;
  facts.forEach((fact, i) => {
    const cx = x + i * col;
    const label = c.layout(makeSpans(fact.label.toUpperCase(), styles.label), col - 10);
    c.drawBlock(label, cx, y);
    let used = label.height + 1;
    if (fact.draw) used += fact.draw(cx, y + used, col - 10);
    else {
      const value = c.layout(fact.value, col - 10);
      c.drawBlock(value, cx, y + used);
      used += value.height;
    }
    height = Math.max(height, used);
  });
  return height;
}
