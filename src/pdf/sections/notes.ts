// The owner's own Markdown, like the site's notes partial, from the same
// parser's tokens (src/markdown/markdown.ts): headings (bookmarked),
// paragraphs, nested lists, quotes, code, rules and tables (their header
// repeated on every page they continue on); inline, emphasis, inline code,
// clickable links and images as their alt text. Raw HTML is never markup
// here: the shared parser has it off, so it arrives as the literal text the
// site shows.
import { parseMarkdown, type Token } from '../../markdown/markdown.js';
import type { Block, Marker, TextBlock } from '../layout/blocks.js';
import type { Face } from '../layout/fonts.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, radii, shapes, sizes, styles, type PdfTheme, type TextStyle } from '../layout/theme.js';
import type { Words } from '../../words/words.js';
import { makeSectionHeading, makeTable, makeText, spaceFirst, themeOf, type Column, type PlanInput } from './parts.js';

/** Heading styles by level, the top one in the accent: the body's top level is h3 (the parser shifts it there). */
function makeHeadingStyles(accent: string): Record<string, TextStyle> {
  return {
    h3: { face: 'semibold', size: sizes.lead, color: accent },
    h4: { face: 'semibold', size: sizes.body, color: colors.text },
    h5: { face: 'semibold', size: sizes.body, color: colors.muted },
    h6: { face: 'semibold', size: sizes.small, color: colors.muted },
  };
}

/** The notes section; nothing when the body is empty. */
export function makeNotes(input: PlanInput): Block[] {
  const { body, words } = input;
  if (!body.trim()) return [];
  const theme = themeOf(input);
  const tokens = parseMarkdown(body);
  const walker = new Walker(tokens, words, theme);
  const blocks = walker.walk(0, tokens.length, false);
  if (blocks.length === 0) return [];
  return [makeSectionHeading(theme, { id: 'notes', title: words.t('notes.title') }), ...blocks];
}

/** Turns a range of tokens into blocks, recursing into lists, quotes and list items. */
class Walker {
  private headings = 0;
  private readonly headingStyles: Record<string, TextStyle>;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly words: Words,
    private readonly theme: PdfTheme,
  ) {
    this.headingStyles = makeHeadingStyles(theme.accent);
  }

  /** The blocks of tokens[from, to), in a quote or not. */
  walk(from: number, to: number, quote: boolean): Block[] {
    const blocks: Block[] = [];
    for (const [open, close] of this.siblings(from, to)) blocks.push(...this.convert(this.tokens[open]!, open, close, quote));
    return spaceFirst(blocks, 0);
  }

  /** Each token of tokens[from, to) at the top level, where it opens and where it closes. */
  private *siblings(from: number, to: number): Generator<[number, number]> {
    for (let open = from; open < to; open++) {
      const close = this.tokens[open]!.nesting === 1 ? this.findClose(open) : open;
      yield [open, close];
      open = close;
    }
  }

  /** The index of the token that closes the one opened at `open`. */
  private findClose(open: number): number {
    let depth = 0;
    for (let i = open; i < this.tokens.length; i++) {
      depth += this.tokens[i]!.nesting;
      if (depth === 0) return i;
    }
    return this.tokens.length - 1;
  }

  private inline(at: number, style: TextStyle): TextBlock['spans'] {
    return convertInline(this.tokens[at]?.children ?? [], style, this.words, this.theme.accent);
  }

  private convert(token: Token, open: number, close: number, quote: boolean): Block[] {
    const body: TextStyle = quote ? { ...styles.body, color: colors.muted } : styles.body;
    switch (token.type) {
      case 'heading_open': {
        const style = this.headingStyles[token.tag] ?? this.headingStyles.h6!;
        const text = this.tokens[open + 1]?.content ?? '';
        const mark = token.tag === 'h3' || token.tag === 'h4' ? { id: `notes-${++this.headings}`, title: text, parent: 'notes' } : undefined;
        return [{ kind: 'text', spans: this.inline(open + 1, style), lineHeight: 1.3, before: gap[4], keepWithNext: true, mark }];
      }
      case 'paragraph_open':
        return [{ kind: 'text', spans: this.inline(open + 1, body), before: gap[2] }];
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.makeList(token, open, close, quote);
      case 'blockquote_open':
        return [{ kind: 'stack', before: gap[2], indent: gap[4], bar: { color: this.theme.accentLine, width: shapes.sideBar }, children: this.walk(open + 1, close, true) }];
      case 'fence':
      case 'code_block':
        return [
          {
            kind: 'stack',
            before: gap[2],
            fill: colors.surface2,
            radius: radii.small / 2,
            pad: { x: gap[2], top: gap[1], bottom: gap[1] },
            children: [makeText(token.content.replace(/\n$/, ''), { face: 'regular', size: sizes.small, color: colors.code }, { lineHeight: 1.35 })],
          },
        ];
      case 'hr':
        return [{ kind: 'rule', color: colors.border, width: shapes.rule, before: gap[2] }];
      case 'table_open':
        return spaceFirst(makeMarkdownTable(this.tokens.slice(open, close + 1), this.words, this.theme.accent), gap[2]!);
      default:
        return []; // Closing tokens, and anything with nothing to show.
    }
  }

  /** A list: each item indented, its first block with a bullet or its number. */
  private makeList(list: Token, open: number, close: number, quote: boolean): Block[] {
    const ordered = list.type === 'ordered_list_open';
    const accent = this.theme.accent;
    let number = Number(list.attrGet('start') ?? 1);
    const items: Block[] = [];
    for (const [item, end] of this.siblings(open + 1, close)) {
      if (this.tokens[item]!.type !== 'list_item_open') continue;
      const children = this.walk(item + 1, end, quote);
      const marker: Marker = ordered
        ? { kind: 'text', spans: [{ text: `${number++}.`, style: { ...styles.body, color: accent } }] }
        : { kind: 'bullet', color: accent };
      const first = children[0];
      if (first?.kind === 'text') children[0] = { ...first, marker };
      items.push({ kind: 'stack', indent: gap[4], before: items.length === 0 ? gap[2] : gap[1], children });
    }
    return items;
  }
}

/** Links a PDF viewer may open; anything else stays plain text. */
const OPENABLE = /^(https?:|mailto:)/i;

/** An inline token's children as styled spans, links in the accent. */
function convertInline(children: readonly Token[], base: TextStyle, words: Words, accent: string): Span[] {
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  const style = (extra: Partial<TextStyle> = {}): TextStyle => {
    const face: Face = bold && italic ? 'boldItalic' : bold ? (base.face === 'bold' ? 'bold' : 'semibold') : italic ? 'italic' : base.face;
    const link = links.at(-1);
    return { ...base, face, ...(link ? { link, color: accent } : {}), ...extra };
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
        spans.push({ text: child.content, style: style() });
        break;
      case 'softbreak':
        spans.push({ text: ' ', style: style() });
        break;
      case 'hardbreak':
        spans.push({ text: '\n', style: style() });
        break;
      case 'code_inline':
        spans.push({ text: child.content, style: style({ code: true, color: colors.code }) });
        break;
      case 'strong_open':
      case 'strong_close':
        bold += child.nesting;
        break;
      case 'em_open':
      case 'em_close':
        italic += child.nesting;
        break;
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        links.push(OPENABLE.test(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      case 'image': {
        const alt = child.content;
        spans.push({ text: alt ? words.t('notes.image', { alt }) : words.t('notes.imageNoAlt'), style: style({ color: colors.muted }) });
        break;
      }
      default:
        break; // Strikethrough marks and the like: their text comes as text tokens.
    }
  }
  return spans.filter((s) => s.text.length > 0);
}

/** A Markdown table (tokens from table_open to table_close) as a table. */
function makeMarkdownTable(tokens: readonly Token[], words: Words, accent: string): Block[] {
  const rows: { cells: Span[][]; aligns: Column['align'][] }[] = [];
  for (const token of tokens) {
    if (token.type === 'tr_open') rows.push({ cells: [], aligns: [] });
    if (token.type === 'th_open' || token.type === 'td_open') {
      const align = /text-align:(left|right|center)/.exec(token.attrGet('style') ?? '')?.[1] as Column['align'];
      rows.at(-1)?.aligns.push(align);
    }
    if (token.type === 'inline') {
      const header = rows.length === 1;
      rows.at(-1)?.cells.push(convertInline(token.children ?? [], header ? styles.smallStrong : styles.small, words, accent));
    }
  }
  const [head, ...body] = rows;
  if (!head) return [];
  // Wider columns for longer content, within limits, so no column is starved.
  const lengths = head.cells.map((_, c) => Math.max(...rows.map((r) => (r.cells[c] ?? []).reduce((n, s) => n + s.text.length, 0))));
  const columns: Column[] = head.cells.map((title, c) => ({ title, grow: Math.min(30, Math.max(4, lengths[c]!)), align: head.aligns[c] }));
  const cell = (spans: Span[] | undefined, c: number): Block[] => (spans?.length ? [{ kind: 'text', spans, align: head.aligns[c] }] : []);
  return makeTable(words, columns, body.map((row) => ({ cells: head.cells.map((_, c) => cell(row.cells[c], c)) })));
}
