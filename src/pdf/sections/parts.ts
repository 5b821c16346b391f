// Pieces every section is made of: text in a style, labels, section headings
// with their bookmark, label-over-value facts, tinted panels and tables whose
// header comes back on every page they continue on. All plain blocks.
import type { Block, Cell, Mark, StackBlock, TextBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, lineHeight, radii, shapes, sizes, styles, type TextStyle } from '../layout/theme.js';
import type { PlanFacts } from '../../facts/types.js';
import type { Plan } from '../../schema/plan.js';
import type { Words } from '../../words/words.js';

/** What a section reads: the plan, its facts (the one view of it) and the words. */
export interface PlanInput {
  plan: Plan;
  facts: PlanFacts;
  /** The plan's own Markdown. */
  body: string;
  words: Words;
}

/** Text in one style. */
export function makeText(text: string, style: TextStyle, extra: Partial<TextBlock> = {}): TextBlock {
  return { kind: 'text', spans: [{ text, style }], ...extra };
}

/** A bulleted list, each item kept whole when it fits on a page. */
export function makeList(items: Span[][], color: string = colors.accent): Block[] {
  return items.map((spans, i) => ({
    kind: 'stack',
    indent: gap[3]! + gap[0]!,
    before: i > 0 ? gap[1] : 0,
    children: [{ kind: 'text', spans, marker: { kind: 'bullet', color } }],
  }));
}

/** A small upper-case label ("OUTCOME"). */
export function makeLabel(words: Words, text: string, style: TextStyle = styles.label): Span {
  return { text: text.toLocaleUpperCase(words.lang), style };
}

/** A label and its value on one line ("HORIZON  5 years"). */
export function makeLabelled(words: Words, label: string, value: Span[]): TextBlock {
  return { kind: 'text', spans: [makeLabel(words, label), { text: '  ', style: styles.body }, ...value] };
}

/** A section's heading with a rule under it and a note on the right; a bookmark, kept with what follows. */
export function makeSectionHeading(mark: Mark, note?: string): Block {
  const title = makeText(mark.title, { face: 'semibold', size: sizes.heading, color: colors.accent }, { lineHeight: 1.3 });
  const cells: Cell[] = [{ grow: 1, blocks: [title] }];
  // The note sits on the heading's last line: the difference of the two line heights above it.
  if (note) cells.push({ fit: true, blocks: [makeText(note, styles.muted, { before: sizes.heading * 1.3 - sizes.small * lineHeight, align: 'right' })] });
  return {
    kind: 'stack',
    keep: true,
    keepWithNext: true,
    before: gap[5],
    mark,
    children: [
      { kind: 'row', gap: gap[4], cells },
      { kind: 'rule', color: colors.accentLine, width: shapes.accentRule, before: gap[0] },
    ],
    pad: { bottom: gap[2] },
  };
}

/** A label over its value. */
export function makeFact(words: Words, label: string, value: Block[]): StackBlock {
  return { kind: 'stack', children: [{ kind: 'text', spans: [makeLabel(words, label)] }, ...value.map((b, i) => (i === 0 ? { ...b, before: gap[0] } : b))] };
}

/** Facts in rows of equal columns, in a tinted panel kept on one page. */
export function makeFactsPanel(rows: StackBlock[][], columns: number, extra: Partial<StackBlock> = {}): StackBlock {
  return {
    kind: 'stack',
    keep: true,
    fill: colors.surface2,
    radius: radii.small,
    pad: { x: gap[3], top: gap[3], bottom: gap[3] },
    children: rows.map((facts, i) => ({
      kind: 'row',
      gap: gap[3],
      before: i > 0 ? gap[3] : 0,
      cells: Array.from({ length: columns }, (_, c) => ({ grow: 1, blocks: facts[c] ? [facts[c]!] : [] })),
    })),
    ...extra,
  };
}

/** A column of a table: its title and how wide it is. */
export interface Column {
  /** A label, or spans shown as they are (a Markdown table's header). */
  title: string | Span[];
  width?: number;
  grow?: number;
  fit?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A row of a table: one list of blocks per column, and what the whole row does. */
export interface TableRow {
  cells: Block[][];
  /** Clicking the row goes to this destination. */
  goTo?: string;
  /** A tint behind the row. */
  fill?: string;
}

/** A table: a header kept with the first row and repeated on every page the rows go on to. */
export function makeTable(words: Words, columns: Column[], rows: TableRow[], cellGap: number = gap[3]!): Block[] {
  const widths = (blocks: Block[][]): Cell[] => columns.map((c, i) => ({ width: c.width, grow: c.grow, fit: c.fit, blocks: blocks[i] ?? [] }));
  const header: Block = {
    kind: 'stack',
    keep: true,
    keepWithNext: true,
    children: [
      { kind: 'row', gap: cellGap, cells: widths(columns.map((c) => [{ kind: 'text', spans: typeof c.title === 'string' ? [makeLabel(words, c.title)] : c.title, align: c.align }])) },
      { kind: 'rule', color: colors.border, width: shapes.rule, before: gap[1] },
    ],
  };
  const carry = [header];
  const body = rows.map((row): Block => ({
    kind: 'stack',
    keep: true,
    carry,
    ...(row.goTo ? { goTo: row.goTo } : {}),
    ...(row.fill ? { fill: row.fill } : {}),
    pad: { top: gap[1] },
    children: [
      { kind: 'row', gap: cellGap, cells: widths(row.cells) },
      { kind: 'rule', color: colors.border, width: shapes.hairline, before: gap[1] },
    ],
  }));
  return [header, ...body];
}
