// The owner's free Markdown, drawn from markdown-it's tokens: headings,
// paragraphs, lists (nested, bullet or numbered), quotes, code, rules,
// emphasis, inline code and links (clickable). Raw HTML is dropped: a PDF has
// no way to honour it and printing the tags would be noise.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it/index.js';
import type { Canvas } from './canvas.js';
import { drawBullet, drawSectionHeading, makeSpans, styles } from './draw-parts.js';
import type { Face } from './fonts.js';
import type { Span, TextStyle } from './text-layout.js';
import { colors, sizes, spacing } from './theme.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

/** A block of the body, ready to lay out. */
type Block =
  | { kind: 'heading'; level: number; spans: Span[]; text: string }
  | { kind: 'paragraph'; spans: Span[]; depth: number; marker?: string; quote: boolean; firstInItem: boolean }
  | { kind: 'code'; text: string; depth: number }
  | { kind: 'rule' };

const headingSizes = [sizes.markdownH1, sizes.markdownH2, sizes.markdownH3];

/** Turns Markdown into blocks of styled spans. */
function parseMarkdown(source: string): Block[] {
  const tokens = md.parse(source, {});
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let marker: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        const size = headingSizes[Math.min(level, 3) - 1]!;
        const inline = tokens[i + 1];
        const style: TextStyle = { face: 'semibold', size, color: level === 1 ? colors.accent : colors.text };
        blocks.push({ kind: 'heading', level, spans: convertInline(inline?.children ?? [], style), text: inline?.content ?? '' });
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        marker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'inline': {
        const spans = convertInline(token.children ?? [], quote > 0 ? { ...styles.body, face: 'italic', color: colors.muted } : styles.body);
        if (spans.length === 0) break;
        blocks.push({ kind: 'paragraph', spans, depth: lists.length, marker, quote: quote > 0, firstInItem: marker !== undefined });
        marker = undefined;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', text: token.content.replace(/\n$/, ''), depth: lists.length });
        break;
      case 'hr':
        blocks.push({ kind: 'rule' });
        break;
      default:
        break; // html_block and the closing tokens carry nothing to draw.
    }
  }
  return blocks;
}

function convertInline(children: Token[], base: TextStyle): Span[] {
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  const style = (extra: Partial<TextStyle> = {}): TextStyle => {
    const face: Face = bold && italic ? 'boldItalic' : bold ? (base.face === 'bold' ? 'bold' : 'semibold') : italic ? 'italic' : base.face;
    const link = links[links.length - 1];
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
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        links.push(/^(https?:|mailto:)/i.test(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      case 'image':
        spans.push({ text: `[${child.content || 'image'}]`, style: style({ color: colors.muted }) });
        break;
      default:
        break; // html_inline is dropped, like raw HTML blocks.
    }
  }
  return spans.filter((s) => s.text.length > 0);
}

/** Draws the plan's Markdown body under a "Notes" heading; nothing when it is empty. */
export function drawMarkdownBody(c: Canvas, body: string): void {
  const blocks = parseMarkdown(body);
  if (blocks.length === 0) return;
  const section = drawSectionHeading(c, 'Notes', measureFirstLines(c, blocks[0]!));
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    switch (block.kind) {
      case 'heading': {
        const layout = c.layout(block.spans, c.contentWidth, 1.25);
        const before = i === 0 ? 0 : 10;
        if (!c.keepTogether(before + layout.height + 4 + (next ? measureFirstLines(c, next) : 0))) c.y += before;
        if (block.level <= 2) c.bookmark(block.text, section);
        c.flowBlock(layout);
        c.y += 4;
        break;
      }
      case 'paragraph':
        drawParagraph(c, block, next);
        break;
      case 'code':
        drawCode(c, block.text, c.left + block.depth * 14);
        break;
      case 'rule':
        c.keepTogether(12);
        c.draw.moveTo(c.left, c.y + 5).lineTo(c.right, c.y + 5).lineWidth(0.6).stroke(colors.rule);
        c.y += 12;
        break;
    }
  });
}

function indentOf(block: { depth: number; quote: boolean }): number {
  return Math.max(0, block.depth) * 14 + (block.quote ? 12 : 0);
}

function drawParagraph(c: Canvas, block: Extract<Block, { kind: 'paragraph' }>, next: Block | undefined): void {
  const x = c.left + indentOf(block);
  const layout = c.layout(block.spans, c.right - x);
  // Two lines together at least, so a paragraph never leaves a lone line behind.
  c.keepTogether(Math.min(layout.height, 2 * (layout.lines[0]?.height ?? 13)));
  const top = c.y;
  const page = c.pageCount;
  if (block.marker && block.firstInItem) {
    if (block.marker === '•') drawBullet(c, x - 11, c.y, layout.lines[0]?.height ?? 13);
    else c.drawBlock(c.layout(makeSpans(block.marker, { ...styles.body, color: colors.accent }), 20), x - 14, c.y);
  }
  c.flowBlock(layout, x);
  // The quote bar only when the quote stayed on one page (its top is then this page's).
  if (block.quote && c.pageCount === page && c.y > top) c.draw.rect(x - 10, top + 1, 2, c.y - top - 2).fill(colors.accentLight);
  const inList = block.depth > 0 && next?.kind === 'paragraph' && next.depth > 0;
  c.y += inList ? spacing.item / 2 : spacing.block - 2;
}

function drawCode(c: Canvas, text: string, x: number): void {
  const layout = c.layout(makeSpans(text, { face: 'regular', size: sizes.small, color: colors.code }), c.right - x - 16, 1.3);
  const height = layout.height + 12;
  c.keepTogether(Math.min(height, 60));
  if (height <= c.room) c.draw.roundedRect(x, c.y, c.right - x, height, 3).fill(colors.fill);
  c.y += 6;
  c.flowBlock(layout, x + 8);
  c.y += 6 + spacing.block - 2;
}

// Height of a block's first two lines: what a heading must keep with it.
function measureFirstLines(c: Canvas, block: Block): number {
  if (block.kind === 'rule') return 12;
  if (block.kind === 'code') return 30;
  const layout = c.layout(block.spans, c.contentWidth - (block.kind === 'paragraph' ? indentOf(block) : 0));
  return layout.lines.slice(0, 2).reduce((sum, line) => sum + line.height, 0);
}
