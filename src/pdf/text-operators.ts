// Writes shaped text into a page as PDF text operators, through the
// document's font subset: each glyph becomes its code in the subset. Latin
// subsets start with the same base glyphs in every document
// (font-subsets.ts), so a word made only of base glyphs is written the same
// way everywhere: its bytes are made once per process and copied after that.
import { ContentWriter } from './content-writer.js';
import type { FontKey } from './fonts.js';
import { shapeWords, type ShapedGlyph } from './shape-text.js';
import { findGlyphBlock } from './subset-glyphs.js';

/** The parts of pdfkit's embedded font this module writes through. */
export interface PdfkitFont {
  id: string;
  subset: { includeGlyph(id: number): number; glyphs: number[]; encode(): Uint8Array };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface PdfkitDoc {
  _font: PdfkitFont;
  page: { fonts: Record<string, unknown> };
}

// Each glyph's code in the document's subset, per pdfkit font: each document has its own subset.
const codesByFont = new WeakMap<PdfkitFont, Map<number, number>>();

/** The glyph-id-to-code table of one document's font. */
function findCodes(font: PdfkitFont): Map<number, number> {
  let codes = codesByFont.get(font);
  if (!codes) codesByFont.set(font, (codes = new Map()));
  return codes;
}

/** A glyph's code in the document's subset, adding it to the subset on first use. */
function encodeGlyph(font: PdfkitFont, codes: Map<number, number>, g: ShapedGlyph): number {
  let code = codes.get(g.id);
  if (code === undefined) {
    code = font.subset.includeGlyph(g.id);
    if (font.widths[code] == null) font.widths[code] = g.advanceWidth;
    if (font.unicode[code] == null) font.unicode[code] = g.codePoints;
    codes.set(g.id, code);
  }
  return code;
}

/** The base glyphs' codes per font, the same in every document whose subset starts with them. */
const baseCodes = new Map<FontKey, Map<number, number>>();
/** Fonts (one per document and key) whose subset starts with the base glyphs, and the blocks added to each. */
const addedBlocks = new WeakMap<PdfkitFont, Set<number>>();

/** Before a glyph outside the base joins a subset, the whole block of letters it belongs to joins (see subset-glyphs.ts). */
function includeBlockOf(font: PdfkitFont, codes: Map<number, number>, key: FontKey, g: ShapedGlyph): void {
  const blocks = addedBlocks.get(font);
  const block = blocks && g.codePoints.length > 0 ? findGlyphBlock(g.codePoints[0]!) : undefined;
  if (!block || blocks!.has(block.index)) return;
  blocks!.add(block.index);
  for (const glyphs of shapeWords(key, block.text)) for (const letter of glyphs) encodeGlyph(font, codes, letter);
}

/**
 * Adds the base glyphs (the glyphs of `text`) to the document's current
 * font subset, before any other, so they get the same codes in every
 * document; a subset that starts the same gives the same bytes, so it can be
 * reused (see font-subsets.ts).
 */
export function includeBaseGlyphs(doc: PDFKit.PDFDocument, key: FontKey, text: string): void {
  const font = (doc as unknown as PdfkitDoc)._font;
  const codes = findCodes(font);
  if (codes.size > 0) return; // text came first: this subset cannot start with the base
  for (const glyphs of shapeWords(key, text)) for (const g of glyphs) encodeGlyph(font, codes, g);
  if (!baseCodes.has(key)) baseCodes.set(key, new Map(codes));
  addedBlocks.set(font, new Set());
}

const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);
const [LESS, GREATER, SPACE] = [60, 62, 32]; // < and > go around a run of glyph codes

/** A word's glyph codes and kerning as written from a closed string, and how far it moves the pen. */
interface Fragment {
  /** Starts with `<`; ends inside the string when `endsOpen`. */
  bytes: Uint8Array;
  endsOpen: boolean;
  /** In 1/1000 em. */
  advance: number;
}

// Word arrays come from shape-text's per-font cache, so a word belongs to one font.
const fragments = new WeakMap<ShapedGlyph[], Fragment | null>();
const scratch = new ContentWriter();

/**
 * Writes a glyph placed on the pen: its code inside a hex string (opening
 * one unless `open`), which its kerning, if any, closes. Returns whether the
 * string is still open.
 */
function writeGlyph(out: ContentWriter, code: number, g: ShapedGlyph, open: boolean): boolean {
  if (!open) out.writeByte(LESS);
  out.writeGlyphCode(code);
  const kern = g.xAdvance - g.advanceWidth;
  if (kern === 0) return true;
  out.write(`> ${fmt(-kern)} `);
  return false;
}

/** A word's fragment, made on first use; null when the word has a glyph outside the base or a mark placed off the pen. */
function findFragment(word: ShapedGlyph[], base: Map<number, number>): Fragment | null {
  let fragment = fragments.get(word);
  if (fragment !== undefined) return fragment;
  fragment = null;
  if (word.every((g) => base.has(g.id) && !g.xOffset && !g.yOffset)) {
    let open = false;
    let advance = 0;
    for (const g of word) {
      open = writeGlyph(scratch, base.get(g.id)!, g, open);
      advance += g.xAdvance;
    }
    fragment = { bytes: scratch.takeBytes(), endsOpen: open, advance };
  }
  fragments.set(word, fragment);
  return fragment;
}

const colorOperators = new Map<string, string>();

/** `#1f2933` as the PDF operator `0.122 0.161 0.2 rg`. */
function makeColorOperator(hex: string): string {
  let op = colorOperators.get(hex);
  if (!op) {
    const n = Number.parseInt(hex.slice(1), 16);
    op = `${fmt(((n >> 16) & 255) / 255)} ${fmt(((n >> 8) & 255) / 255)} ${fmt((n & 255) / 255)} rg`;
    colorOperators.set(hex, op);
  }
  return op;
}

/**
 * Writes the content-stream operators that draw text in the document's
 * current font (selected with `doc.font`) at (x, baseline), in pdfkit's
 * top-down coordinates, in a `#rrggbb` colour. The text matrix flips y back,
 * so no graphics state is pushed; the colour is set inside the text object
 * (pdfkit's shapes always set their own).
 */
export function writeTextOperators(out: ContentWriter, doc: PDFKit.PDFDocument, key: FontKey, text: string, x: number, baseline: number, size: number, color: string): void {
  const d = doc as unknown as PdfkitDoc;
  const font = d._font;
  const codes = findCodes(font);
  const base = addedBlocks.has(font) ? baseCodes.get(key) : undefined;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const scale = size / 1000;
  out.write(`BT ${makeColorOperator(color)} /${font.id} `);
  out.writeNumber(size);
  out.write(' Tf 1 0 0 -1 ');
  out.writeNumber(x);
  out.writeByte(SPACE);
  out.writeNumber(baseline);
  out.write(' Tm [');
  let pen = x;
  // After a mark placed on its own, the text matrix goes back to the pen.
  let moved = false;
  const returnToPen = () => {
    out.write(`] TJ 1 0 0 -1 ${fmt(pen)} ${fmt(baseline)} Tm [`);
    moved = false;
  };
  // Consecutive glyphs share one hex string; a kerning number or a moved mark closes it.
  let open = false;
  for (const word of shapeWords(key, text)) {
    const fragment = base && findFragment(word, base);
    if (fragment) {
      if (moved) returnToPen();
      // An open string goes on: the fragment's own `<` is left out.
      out.writeBytes(fragment.bytes, open ? 1 : 0);
      open = fragment.endsOpen;
      pen += fragment.advance * scale;
      continue;
    }
    for (const g of word) {
      if (base && !codes.has(g.id)) includeBlockOf(font, codes, key, g);
      const code = encodeGlyph(font, codes, g);
      if (g.xOffset || g.yOffset) {
        // A mark placed off the pen (a stacked accent): position it on its own.
        out.write(`${open ? '>' : ''}] TJ 1 0 0 -1 ${fmt(pen + g.xOffset * scale)} ${fmt(baseline - g.yOffset * scale)} Tm [<`);
        out.writeGlyphCode(code);
        out.writeByte(GREATER);
        open = false;
        moved = true;
      } else {
        if (moved) returnToPen();
        open = writeGlyph(out, code, g, open);
      }
      pen += g.xAdvance * scale;
    }
  }
  if (open) out.writeByte(GREATER);
  out.write('] TJ ET');
}
