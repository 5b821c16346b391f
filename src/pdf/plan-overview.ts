// The opening of a plan's PDF: the title block with its key facts, the
// vision and horizon, and strengths beside weaknesses.
import type { LoadedPlan } from '../load/types.js';
import type { Canvas } from './canvas.js';
import {
  drawBullet,
  drawFactRow,
  drawPill,
  drawProgressBar,
  drawSectionHeading,
  measureFactRow,
  measurePill,
  makeSpans,
  styles,
  type Fact,
} from './draw-parts.js';
import { formatDate, formatHorizon, formatWord, toneOf } from '../format/format-values.js';
import type { Span, TextBlock } from './text-layout.js';
import { colors, lineHeight, sizes, spacing } from './theme.js';

/** Draws the title, owner and role, a panel of key facts and the tags. */
export function drawTitleBlock(c: Canvas, loaded: LoadedPlan): void {
  const { plan } = loaded;
  c.drawBlock(c.layout(makeSpans('CAREER ACTION PLAN', { face: 'semibold', size: sizes.kicker, color: colors.accent })), c.left, c.y);
  c.y += 14;
  const title = c.layout(makeSpans(plan.title, { face: 'semibold', size: sizes.title, color: colors.text }), c.contentWidth, 1.2);
  c.flowBlock(title);
  c.y += 3;
  const who: Span[] = [{ text: plan.owner, style: { face: 'semibold', size: sizes.subtitle, color: colors.text } }];
  if (plan.role) who.push({ text: `  ·  ${plan.role}`, style: { face: 'regular', size: sizes.subtitle, color: colors.muted } });
  c.flowBlock(c.layout(who));
  c.y += 12;

  const rows = makeFactRows(c, loaded);
  const pad = 12;
  const inner = c.contentWidth - 2 * pad;
  const heights = rows.map((row) => measureFactRow(c, row, inner, 4));
  const panel = heights.reduce((a, b) => a + b, 0) + (rows.length - 1) * 10 + 2 * pad;
  c.keepTogether(panel);
  c.draw.roundedRect(c.left, c.y, c.contentWidth, panel, 4).fill(colors.fill);
  let y = c.y + pad;
  rows.forEach((row, i) => {
    drawFactRow(c, row, c.left + pad, y, inner, 4);
    y += heights[i]! + 10;
  });
  c.y += panel + 8;

  if (plan.tags && plan.tags.length > 0) {
    let x = c.left;
    c.keepTogether(14);
    for (const tag of plan.tags) {
      const width = measurePill(c, `#${tag}`);
      if (x + width > c.right) {
        x = c.left;
        c.y += 16;
        c.keepTogether(14);
      }
      x += drawPill(c, `#${tag}`, 'neutral', x, c.y) + 5;
    }
    c.y += 16;
  }
}

function makeFactRows(c: Canvas, loaded: LoadedPlan): Fact[][] {
  const { plan, facts } = loaded;
  const value = (text: string | undefined, color: string = colors.text): Span[] =>
    makeSpans(text ?? '—', { face: 'regular', size: sizes.body, color: text ? color : colors.faint });
  const progress = facts.progress;
  const next = facts.nextDeadline;
  const nextValue: Span[] = next
    ? [
        { text: formatDate(next.due), style: styles.body },
        { text: `\n${next.title}`, style: styles.muted },
      ]
    : value(undefined);
  const overdue = facts.overdue.length;
  return [
    [
      { label: 'Status', value: [], draw: (x, y) => (drawPill(c, formatWord(plan.status), toneOf(plan.status), x, y + 1), 15) },
      {
        label: 'Progress',
        value: [],
        drawHeight: sizes.body * lineHeight + 7,
        draw: (x, y, width) => {
          const text = `${progress.done} of ${progress.total} ${progress.total === 1 ? 'step' : 'steps'} · ${Math.round(progress.ratio * 100)}%`;
          const block = c.layout(makeSpans(text, styles.body), width);
          c.drawBlock(block, x, y);
          drawProgressBar(c, x, y + block.height + 2, Math.min(width, 100), progress.ratio, progress.ratio >= 1 ? 'good' : 'accent');
          return block.height + 7;
        },
      },
      { label: 'Next deadline', value: nextValue },
      { label: 'Mentor', value: value(plan.mentor) },
    ],
    [
      { label: 'Created', value: value(formatDate(plan.created)) },
      { label: 'Last reviewed', value: value(plan.reviewed && formatDate(plan.reviewed)) },
      {
        label: 'Next review',
        value: plan.nextReview
          ? [
              { text: formatDate(plan.nextReview), style: { ...styles.body, color: facts.reviewDue ? colors.bad : colors.text } },
              ...(facts.reviewDue ? [{ text: '  due now', style: { ...styles.smallBold, color: colors.bad } }] : []),
            ]
          : value(undefined),
      },
      { label: 'Overdue', value: overdue ? value(`${overdue} ${overdue === 1 ? 'item' : 'items'}`, colors.bad) : value('None', colors.good) },
    ],
  ];
}

/** Draws the vision statement and its horizon. */
export function drawVision(c: Canvas, loaded: LoadedPlan): void {
  const { vision, created } = loaded.plan;
  if (!vision.statement && !vision.horizon) return;
  const statement = vision.statement
    ? c.layout(makeSpans(vision.statement, { face: 'italic', size: 11, color: colors.text }), c.contentWidth - 14, 1.42)
    : undefined;
  drawSectionHeading(c, 'Vision', statement?.lines[0]?.height ?? 14);
  if (statement) {
    const top = c.y;
    const page = c.pageCount;
    c.flowBlock(statement, c.left + 14);
    if (c.pageCount === page && c.y > top) c.draw.rect(c.left, top + 2, 3, c.y - top - 4).fill(colors.accent);
    c.y += 6;
  }
  if (vision.horizon) {
    const horizon: Span[] = [
      { text: 'Horizon  ', style: styles.label },
      { text: formatHorizon(vision.horizon, created), style: styles.bodyBold },
    ];
    c.flowBlock(c.layout(horizon), vision.statement ? c.left + 14 : c.left);
  }
}

/** Draws strengths and weaknesses in two columns, row by row so long lists flow across pages. */
export function drawStrengths(c: Canvas, loaded: LoadedPlan): void {
  const strengths = loaded.plan.strengths ?? [];
  const weaknesses = loaded.plan.weaknesses ?? [];
  if (strengths.length === 0 && weaknesses.length === 0) return;
  const gap = 24;
  const col = (c.contentWidth - gap) / 2;
  const columns = [
    { title: 'Strengths to build on', items: strengths, color: colors.good },
    { title: 'Weaknesses to work on', items: weaknesses, color: colors.warn },
  ];
  const cells = columns.map((column) => column.items.map((text) => c.layout(makeSpans(text, styles.body), col - 12)));
  const heightOf = (blocks: TextBlock[]) => blocks.reduce((sum, b) => sum + b.height + spacing.item, 0);
  const tallest = Math.max(...cells.map(heightOf));
  const first = Math.max(...cells.map((blocks) => blocks[0]?.height ?? 0));
  drawSectionHeading(c, 'Strengths and weaknesses', 18 + (tallest <= c.bottom - c.top - 60 ? tallest : first));
  columns.forEach((column, i) => {
    c.drawBlock(c.layout(makeSpans(column.title, { ...styles.bodyBold, color: column.color }), col), c.left + i * (col + gap), c.y);
  });
  c.y += 18;
  const drawItem = (block: TextBlock, i: number, y: number) => {
    const x = c.left + i * (col + gap);
    drawBullet(c, x, y, block.lines[0]?.height ?? 12, columns[i]!.color);
    c.drawBlock(block, x + 12, y);
  };
  if (c.y + tallest <= c.bottom) {
    // Both lists fit: each column flows on its own, with no gaps between items.
    cells.forEach((blocks, i) => {
      let y = c.y;
      for (const block of blocks) {
        drawItem(block, i, y);
        y += block.height + spacing.item;
      }
    });
    c.y += tallest;
    return;
  }
  // Lists longer than the page: row by row, so each row can move to the next page whole.
  const rows = Math.max(strengths.length, weaknesses.length);
  for (let r = 0; r < rows; r++) {
    const blocks = cells.map((column) => column[r]);
    const height = Math.max(...blocks.map((b) => b?.height ?? 0));
    c.keepTogether(height);
    blocks.forEach((block, i) => block && drawItem(block, i, c.y));
    c.y += height + spacing.item;
  }
}
