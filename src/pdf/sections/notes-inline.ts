// The inline part of the owner's Markdown: text with emphasis, inline code,
// clickable links and images as their alt text; and tables drawn as tables,
// their header repeated on every page they continue on. Raw HTML is never
// markup here: the shared parser has it off, so it arrives as the literal
// text the site shows.
import type { Token } from '../../markdown/markdown.js';
import type { Block } from '../layout/blocks.js';
import type { Face } from '../layout/fonts.js';
import type { Span } from '../layout/text-layout.js';
import { colors, sizes, styles, type TextStyle } from '../layout/theme.js';
import type { Words } from '../../words/words.js';
import { makeTable, type Column } from './parts.js';

/** Links a PDF viewer may open; anything else stays plain text. */
const OPENABLE = /^(https?:|mailto:)/i;

/** An inline token's children as styled spans. */
export function convertInline(children: readonly Token[], base: TextStyle, words: Words): Span[] {
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  const style = (extra: Partial<TextStyle> = {}): TextStyle => {
    const face: Face = bold && italic ? 'boldItalic' : bold ? (base.face === 'bold' ? 'bold' : 'semibold') : italic ? 'italic' : base.face;
    const link = links.at(-1);
    return { ...base, face, ...(link ? { link, color: colors.accent } : {}), ...extra };
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
export function makeMarkdownTable(tokens: readonly Token[], words: Words): Block[] {
  const rows: { cells: Span[][]; aligns: Column['align'][] }[] = [];
  for (const token of tokens) {
    if (token.type === 'tr_open') rows.push({ cells: [], aligns: [] });
    if (token.type === 'th_open' || token.type === 'td_open') {
      const align = /text-align:(left|right|center)/.exec(token.attrGet('style') ?? '')?.[1] as Column['align'];
      rows.at(-1)?.aligns.push(align);
    }
    if (token.type === 'inline') {
      const header = rows.length === 1;
      rows.at(-1)?.cells.push(convertInline(token.children ?? [], header ? styles.smallStrong : { ...styles.small, size: sizes.small }, words));
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
