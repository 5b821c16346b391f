// The first pages of the portfolio PDF: totals, then a table of every plan
// whose rows link to the plan's own pages further on.
import type { LoadedPlan } from '../load/types.js';
import type { Canvas } from './canvas.js';
import { drawFactRow, drawPill, drawProgressBar, measureFactRow, makeSpans, styles, type Fact } from './draw-parts.js';
import { formatDate, formatWord, toneOf } from '../format/format-values.js';
import type { Span, TextBlock } from './text-layout.js';
import { colors, sizes } from './theme.js';

/** The portfolio PDF's title. */
export const PORTFOLIO_TITLE = 'Career action plans';

interface Column {
  title: string;
  share: number;
}

const COLUMNS: Column[] = [
  { title: 'Owner', share: 0.21 },
  { title: 'Plan', share: 0.27 },
  { title: 'Status', share: 0.12 },
  { title: 'Progress', share: 0.14 },
  { title: 'Next due', share: 0.13 },
  { title: 'Review', share: 0.13 },
];

/** Draws the cover: title, totals and the table of plans, linking each row to `destinations[i]`. */
export function drawPortfolioCover(c: Canvas, plans: LoadedPlan[], destinations: string[]): void {
  c.footerTitle = PORTFOLIO_TITLE;
  c.addPage();
  c.bookmark('Overview of all plans');
  c.drawBlock(c.layout(makeSpans('PLANFOLIO', { face: 'semibold', size: sizes.kicker, color: colors.accent })), c.left, c.y);
  c.y += 14;
  c.flowBlock(c.layout(makeSpans(PORTFOLIO_TITLE, { face: 'bold', size: sizes.title, color: colors.text }), c.contentWidth, 1.2));
  const owners = new Set(plans.map((p) => p.plan.owner)).size;
  c.flowBlock(c.layout(makeSpans(`${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} of ${owners} ${owners === 1 ? 'person' : 'people'}`, { ...styles.body, size: sizes.subtitle, color: colors.muted })));
  c.y += 12;
  drawTotals(c, plans);
  c.y += 16;

  const widths = COLUMNS.map((col) => col.share * c.contentWidth);
  drawHeader(c, widths);
  plans.forEach((loaded, i) => {
    const cells = makeCells(c, loaded, widths);
    const height = Math.max(...cells.map((cell) => cell?.height ?? 16), 16);
    if (c.keepTogether(height + 8)) drawHeader(c, widths);
    const top = c.y + 4;
    if (i % 2 === 1) c.draw.rect(c.left, c.y, c.contentWidth, height + 8).fill(colors.fill);
    let x = c.left;
    cells.forEach((cell, col) => {
      if (cell) c.drawBlock(cell, x, top);
      else if (col === 2) drawPill(c, formatWord(loaded.plan.status), toneOf(loaded.plan.status), x, top + 0.5);
      else if (col === 3) drawProgressCell(c, loaded, x, top, widths[3]! - 10);
      x += widths[col]!;
    });
    c.doc.goTo(c.left, c.y, c.contentWidth, height + 8, destinations[i]!);
    c.y += height + 8;
  });
}

function drawTotals(c: Canvas, plans: LoadedPlan[]): void {
  const done = plans.reduce((n, p) => n + p.facts.progress.done, 0);
  const total = plans.reduce((n, p) => n + p.facts.progress.total, 0);
  const overdue = plans.reduce((n, p) => n + p.facts.overdue.length, 0);
  const reviews = plans.filter((p) => p.facts.reviewDue).length;
  const active = plans.filter((p) => p.plan.status === 'active').length;
  const big = (text: string, color: string = colors.text): Span[] => makeSpans(text, { face: 'bold', size: 15, color });
  const facts: Fact[] = [
    { label: 'Active plans', value: big(`${active} of ${plans.length}`) },
    { label: 'Steps done', value: big(`${done} of ${total}`) },
    { label: 'Overdue items', value: big(String(overdue), overdue ? colors.bad : colors.good) },
    { label: 'Reviews due', value: big(String(reviews), reviews ? colors.warn : colors.good) },
  ];
  const pad = 12;
  const height = measureFactRow(c, facts, c.contentWidth - 2 * pad, 4) + 2 * pad;
  c.draw.roundedRect(c.left, c.y, c.contentWidth, height, 4).fill(colors.fill);
  drawFactRow(c, facts, c.left + pad, c.y + pad, c.contentWidth - 2 * pad, 4);
  c.y += height;
}

function drawHeader(c: Canvas, widths: number[]): void {
  let x = c.left;
  COLUMNS.forEach((col, i) => {
    c.drawBlock(c.layout(makeSpans(col.title.toUpperCase(), styles.label), widths[i]! - 6), x, c.y);
    x += widths[i]!;
  });
  c.y += 13;
  c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.6).stroke(colors.rule);
  c.y += 1;
}

// Text cells are laid out up front (to size the row); status and progress are
// drawn shapes, left undefined here.
function makeCells(c: Canvas, loaded: LoadedPlan, widths: number[]): (TextBlock | undefined)[] {
  const { plan, facts } = loaded;
  const owner: Span[] = [{ text: plan.owner, style: styles.bodyBold }];
  if (plan.role) owner.push({ text: `\n${plan.role}`, style: styles.muted });
  const next = facts.nextDeadline;
  const review = plan.nextReview ? formatDate(plan.nextReview) : '—';
  const w = (i: number) => widths[i]! - 10;
  return [
    c.layout(owner, w(0)),
    c.layout(makeSpans(plan.title, { ...styles.small, color: colors.accent }), w(1)),
    undefined,
    undefined,
    c.layout(makeSpans(next ? formatDate(next.due) : '—', next ? styles.small : styles.muted), w(4)),
    c.layout(makeSpans(review, { ...styles.small, color: facts.reviewDue ? colors.bad : plan.nextReview ? colors.text : colors.faint }), w(5)),
  ];
}

function drawProgressCell(c: Canvas, loaded: LoadedPlan, x: number, y: number, width: number): void {
  const { progress } = loaded.facts;
  const label = c.layout(makeSpans(`${progress.done}/${progress.total} · ${Math.round(progress.ratio * 100)}%`, styles.small), width);
  c.drawBlock(label, x, y);
  drawProgressBar(c, x, y + label.height + 1, width, progress.ratio, progress.ratio >= 1 ? 'good' : 'accent');
}
