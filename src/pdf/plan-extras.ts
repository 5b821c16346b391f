// Opportunities the owner came across (and what they decided), and the
// adjustments that explain why goals or timelines moved.
import type { LoadedPlan } from '../load/types.js';
import type { Canvas } from './canvas.js';
import { drawPill, drawSectionHeading, measurePill, makeSpans, styles } from './draw-parts.js';
import { formatDate, formatWord, toneOf } from '../format/format-values.js';
import type { Span } from './text-layout.js';
import { colors, spacing } from './theme.js';

const DATE_WIDTH = 78;
const DECISION_WIDTH = 84;

/** Draws the opportunities as rows: date seen, title with note, decision. */
export function drawOpportunities(c: Canvas, loaded: LoadedPlan): void {
  const items = loaded.plan.opportunities ?? [];
  if (items.length === 0) return;
  const textWidth = c.contentWidth - DATE_WIDTH - DECISION_WIDTH - 12;
  const rows = items.map((o) => {
    const spans: Span[] = [{ text: o.title, style: styles.bodyBold }];
    if (o.note) spans.push({ text: `\n${o.note}`, style: styles.muted });
    return c.layout(spans, textWidth);
  });
  drawSectionHeading(c, 'Opportunities', 16 + (rows[0]?.height ?? 0));
  const header = () => {
    c.drawBlock(c.layout(makeSpans('SEEN', styles.label), DATE_WIDTH), c.left, c.y);
    c.drawBlock(c.layout(makeSpans('OPPORTUNITY', styles.label), textWidth), c.left + DATE_WIDTH, c.y);
    c.drawBlock(c.layout(makeSpans('DECISION', styles.label), DECISION_WIDTH), c.right - DECISION_WIDTH + 4, c.y);
    c.y += 13;
    c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.6).stroke(colors.rule);
    c.y += 5;
  };
  header();
  items.forEach((item, i) => {
    const block = rows[i]!;
    const height = Math.max(block.height, 14);
    if (c.keepTogether(height + 6)) header();
    c.drawBlock(c.layout(makeSpans(item.seen ? formatDate(item.seen) : '—', item.seen ? styles.small : styles.muted), DATE_WIDTH), c.left, c.y + 1);
    if (item.decision) {
      const text = formatWord(item.decision);
      drawPill(c, text, toneOf(item.decision), c.right - measurePill(c, text), c.y + 0.5);
    }
    // A note longer than a page flows on; anything else stays on its row.
    const top = c.y;
    if (c.fitsOnPage(height + 40)) {
      c.drawBlock(block, c.left + DATE_WIDTH, top);
      c.y = top + height + 3;
    } else {
      c.flowBlock(block, c.left + DATE_WIDTH);
      c.y += 3;
    }
    c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.4).stroke(colors.rule);
    c.y += 4;
  });
}

/** Draws the adjustments as a dated log. */
export function drawAdjustments(c: Canvas, loaded: LoadedPlan): void {
  const items = (loaded.plan.adjustments ?? []).filter((a) => a.date || a.note);
  if (items.length === 0) return;
  const width = c.contentWidth - DATE_WIDTH;
  const blocks = items.map((a) => c.layout(makeSpans(a.note ?? '—', a.note ? styles.body : styles.muted), width));
  drawSectionHeading(c, 'Adjustments', blocks[0]?.height ?? 14);
  items.forEach((item, i) => {
    const block = blocks[i]!;
    c.keepTogether(Math.min(block.height, 40));
    c.drawBlock(c.layout(makeSpans(item.date ? formatDate(item.date) : '—', { ...styles.smallBold, color: colors.accent }), DATE_WIDTH), c.left, c.y + 1);
    c.flowBlock(block, c.left + DATE_WIDTH);
    c.y += spacing.item + 2;
  });
}
