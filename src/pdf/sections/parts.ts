// Pieces every section is made of: text in a style, values or a dash,
// labels, status pills, progress bars, section headings with their bookmark,
// label-over-value facts in tinted panels, and tables whose header comes
// back on every page they continue on. All plain blocks.
import type { Block, Cell, Mark, StackBlock, TextBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, defaultPdfTheme, gap, lineHeight, LOGO_HEIGHT, radii, shapes, sizes, styles, type PdfTheme, type TextStyle } from '../layout/theme.js';
import type { PlanFacts } from '../../facts/types.js';
import type { Plan } from '../../schema/plan.js';
import { toneOf } from '../../theme/tokens.js';
import type { Words } from '../../words/words.js';

/** What a section reads: the plan, its facts (the one view of it), its own Markdown, the words and the theme. */
export interface PlanInput {
  plan: Plan;
  facts: PlanFacts;
  body: string;
  words: Words;
  /** The configured theme; Planfolio's own when absent. */
  theme?: PdfTheme;
}

/** The theme a section draws in. */
export function themeOf(input: PlanInput): PdfTheme {
  return input.theme ?? defaultPdfTheme;
}

/** A line height that gives small text a line as tall as body text's, so the two line up side by side. */
export const BODY_LINE = (sizes.body / sizes.small) * lineHeight;

/** The theme's logo, when it has one, to open a plan or the portfolio's cover. */
export function makeLogo(theme: PdfTheme): Block[] {
  return theme.logo ? [{ kind: 'logo', logo: theme.logo, height: LOGO_HEIGHT }] : [];
}

/** Text in one style. */
export function makeText(text: string, style: TextStyle, extra: Partial<TextBlock> = {}): TextBlock {
  return { kind: 'text', spans: [{ text, style }], ...extra };
}

/** A value in its style, or a muted dash when there is none. */
export function makeValue(words: Words, text: string | undefined, style: TextStyle = styles.body, extra: Partial<TextBlock> = {}): TextBlock {
  return makeText(text ?? words.t('dash'), text ? style : styles.muted, extra);
}

/** Blocks with the first one's space above set to `before`. */
export function spaceFirst(blocks: Block[], before: number): Block[] {
  return blocks.map((block, i) => (i === 0 ? { ...block, before } : block));
}

/** A bulleted list in a colour (the accent's, mostly), each item kept whole when it fits on a page. */
export function makeList(items: string[], color: string): Block[] {
  return items.map((text, i) => ({
    kind: 'stack',
    indent: gap[3]! + gap[0]!,
    before: i > 0 ? gap[1] : 0,
    children: [{ kind: 'text', spans: [{ text, style: styles.body }], marker: { kind: 'bullet', color } }],
  }));
}

/** A small upper-case label ("OUTCOME"). */
export function makeLabel(words: Words, text: string, style: TextStyle = styles.label): Span {
  return { text: text.toLocaleUpperCase(words.lang), style };
}

/** A label and its value on one line ("HORIZON  5 years"). */
export function makeLabelled(words: Words, label: string, value: string, style: TextStyle, before?: number): TextBlock {
  return { kind: 'text', before, spans: [makeLabel(words, label), { text: '  ', style: styles.body }, { text: value, style }] };
}

/** A pill of a plan format's value (a status, a decision) in its tone. */
export function makePill(words: Words, value: string, align?: 'right'): Block {
  return { kind: 'pills', align, pills: [{ text: words.value(value), tone: toneOf(value) }] };
}

/** A progress bar of a share, green when complete. */
export function makeBar(ratio: number, width?: number): Block {
  return { kind: 'bar', ratio, tone: ratio >= 1 ? 'good' : 'accent', width };
}

/** A section's heading in the theme's accent with a rule under it and a note on the right; a bookmark, kept with what follows. */
export function makeSectionHeading(theme: PdfTheme, mark: Mark, note?: string): Block {
  const title = makeText(mark.title, { face: 'semibold', size: sizes.heading, color: theme.accent }, { lineHeight: 1.3 });
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
      { kind: 'rule', color: theme.accentLine, width: shapes.accentRule, before: gap[0] },
    ],
    pad: { bottom: gap[2] },
  };
}

/** A label over its value. */
export function makeFact(words: Words, label: string, ...value: Block[]): StackBlock {
  return { kind: 'stack', children: [{ kind: 'text', spans: [makeLabel(words, label)] }, ...spaceFirst(value, gap[0]!)] };
}

/** Facts in rows of four equal columns, in a tinted panel kept on one page. */
export function makeFactsPanel(rows: StackBlock[][]): StackBlock {
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
      cells: Array.from({ length: 4 }, (_, c) => ({ grow: 1, blocks: facts[c] ? [facts[c]!] : [] })),
    })),
    before: gap[4],
  };
}

/** A column of a table: its title (a label, or a Markdown table's header as it is), how wide it is and how it aligns. */
export interface Column {
  title: string | Span[];
  width?: number;
  grow?: number;
  align?: 'left' | 'center' | 'right';
}

/** A row of a table: one list of blocks per column; clicking it may go to a destination, and it may be tinted. */
interface TableRow {
  cells: Block[][];
  goTo?: string;
  fill?: string;
}

/** A table: a header kept with the first row and repeated on every page the rows go on to. */
export function makeTable(words: Words, columns: Column[], rows: TableRow[], cellGap: number = gap[3]!): Block[] {
  const widths = (blocks: Block[][]): Cell[] => columns.map((c, i) => ({ width: c.width, grow: c.grow, blocks: blocks[i] ?? [] }));
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
    goTo: row.goTo,
    fill: row.fill,
    pad: { top: gap[1] },
    children: [
      { kind: 'row', gap: cellGap, cells: widths(row.cells) },
      { kind: 'rule', color: colors.border, width: shapes.hairline, before: gap[1] },
    ],
  }));
  return [header, ...body];
}
