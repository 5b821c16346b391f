// Shapes text once per process and turns it into a page's text operators.
// pdfkit's own text path re-shapes every word in every document and builds
// many short-lived arrays on the way; with a thousand plans that was most of
// the CPU time. Here each word is shaped by fontkit once (kerning, ligatures
// and marks applied), cached, and written straight as PDF text operators
// through the document's font subset, so each PDF only maps glyph ids.
import type { Font } from 'fontkit';
import type { ContentWriter } from './content-writer.js';
import { loadFont, type FontKey } from './fonts.js';

/** One shaped glyph, in 1/1000 em like PDF text space. */
interface ShapedGlyph {
  /** Glyph id in the full font. */
  id: number;
  /** The characters it stands for, as ToUnicode should map it. */
  codePoints: number[];
  /** The glyph's own advance (what a PDF viewer moves by). */
  advanceWidth: number;
  /** The advance after kerning: where the next glyph starts. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface CmapProcessor {
  lookup(codePoint: number): number;
  codePointsForGlyph(glyphId: number): number[];
}

// ccmp off: text is NFC and Noto has a glyph for every precomposed letter, so
// "ị" stays one glyph (Noto would split it into "i" and a dot).
const FEATURES = { ccmp: false } as unknown as string[];
const MAX_CACHED = 50_000;
const cache = new Map<FontKey, Map<string, ShapedGlyph[]>>();
const ownChars = new Map<FontKey, Map<number, number[]>>();
const MAX_CACHED_RUN = 80;
const runCache = new Map<FontKey, Map<string, ShapedGlyph[][]>>();

const layoutFonts = new Map<FontKey, Font>();

/**
 * The font to shape with: the parsed font behind a wrapper whose glyphs carry
 * the characters they were shaped from. fontkit keeps one glyph object per id
 * and stamps it with the characters of whichever text first produced it (a
 * ligature met first as "ﬁ" would copy out as "ﬁ" ever after, a glyph first
 * met inside a composite as nothing); the wrapper hands the shaper a view of
 * the glyph per use instead. The shaper is made on first use by whichever
 * object asks, so it is made for the wrapper (only this module lays out).
 */
function loadLayoutFont(key: FontKey): Font {
  let wrapper = layoutFonts.get(key);
  if (!wrapper) {
    const font = loadFont(key);
    wrapper = Object.create(font) as Font;
    wrapper.getGlyph = ((id: number, codePoints: number[] = []) =>
      Object.create(font.getGlyph(id, codePoints), { codePoints: { value: codePoints } })) as Font['getGlyph'];
    layoutFonts.set(key, wrapper);
  }
  return wrapper;
}

/** The characters a glyph copies out as: what it was shaped from, else what the cmap says it is. */
function findChars(key: FontKey, cmap: CmapProcessor, id: number, shapedFrom: number[]): number[] {
  if (shapedFrom.length > 0) return shapedFrom;
  let table = ownChars.get(key);
  if (!table) ownChars.set(key, (table = new Map()));
  let own = table.get(id);
  if (!own) table.set(id, (own = cmap.codePointsForGlyph(id).slice(0, 1)));
  return own;
}

/**
 * The shaped words of a text in a font, spaces included, each shaped once per
 * process: words recur across plans far more than whole lines do, and
 * kerning across a space is nil in these fonts.
 */
export function shapeWords(key: FontKey, text: string): ShapedGlyph[][] {
  if (!text.includes(' ')) return [shapeWord(key, text)];
  // Short runs (labels, dates, headings) recur whole: one lookup instead of a split and one per word.
  if (text.length > MAX_CACHED_RUN) return splitWords(key, text);
  let table = runCache.get(key);
  if (!table) runCache.set(key, (table = new Map()));
  let words = table.get(text);
  if (!words) {
    words = splitWords(key, text);
    if (table.size >= MAX_CACHED) table.clear();
    table.set(text, words);
  }
  return words;
}

function splitWords(key: FontKey, text: string): ShapedGlyph[][] {
  const out: ShapedGlyph[][] = [];
  const space = shapeWord(key, ' ');
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (i > 0) out.push(space);
    if (words[i]) out.push(shapeWord(key, words[i]!));
  }
  return out;
}

function shapeWord(key: FontKey, text: string): ShapedGlyph[] {
  let table = cache.get(key);
  if (!table) cache.set(key, (table = new Map()));
  let glyphs = table.get(text);
  if (glyphs) return glyphs;
  const font = loadLayoutFont(key);
  const cmap = (font as unknown as { _cmapProcessor: CmapProcessor })._cmapProcessor;
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(text, FEATURES);
  glyphs = run.glyphs.map((glyph, i) => {
    const p = run.positions[i]!;
    return {
      id: glyph.id,
      codePoints: findChars(key, cmap, glyph.id, glyph.codePoints),
      advanceWidth: glyph.advanceWidth * scale,
      xAdvance: p.xAdvance * scale,
      xOffset: p.xOffset * scale,
      yOffset: p.yOffset * scale,
    };
  });
  if (table.size >= MAX_CACHED) table.clear();
  table.set(text, glyphs);
  return glyphs;
}

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

// Each glyph's id in the document's subset, per pdfkit font: each document has its own subset.
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

/**
 * Adds the glyphs of a text to the document's current font subset, in order,
 * without drawing them: a subset that starts with the same glyphs in every
 * document gives the same bytes, so it can be reused (see font-subsets.ts).
 */
export function includeText(doc: PDFKit.PDFDocument, key: FontKey, text: string): void {
  const font = (doc as unknown as PdfkitDoc)._font;
  const codes = findCodes(font);
  for (const glyphs of shapeWords(key, text)) for (const g of glyphs) encodeGlyph(font, codes, g);
}

const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);
const [LESS, GREATER] = [60, 62]; // < and >, around a run of glyph codes

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
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const words = shapeWords(key, text);
  const scale = size / 1000;
  out.write(`BT ${makeColorOperator(color)} /${font.id} ${fmt(size)} Tf 1 0 0 -1 ${fmt(x)} ${fmt(baseline)} Tm [`);
  let pen = x;
  let moved = false;
  // Consecutive glyphs share one hex string; a kerning number or a moved mark closes it.
  let open = false;
  for (const glyphs of words) for (const g of glyphs) {
    const code = encodeGlyph(font, codes, g);
    if (g.xOffset || g.yOffset) {
      // A mark placed off the pen (a stacked accent): position it on its own.
      out.write(`${open ? '>' : ''}] TJ 1 0 0 -1 ${fmt(pen + g.xOffset * scale)} ${fmt(baseline - g.yOffset * scale)} Tm [<`);
      out.writeGlyphCode(code);
      out.writeByte(GREATER);
      open = false;
      moved = true;
    } else {
      if (moved) {
        out.write(`] TJ 1 0 0 -1 ${fmt(pen)} ${fmt(baseline)} Tm [`);
        moved = false;
      }
      if (!open) out.writeByte(LESS);
      out.writeGlyphCode(code);
      open = true;
      const kern = g.xAdvance - g.advanceWidth;
      if (kern !== 0) {
        out.write(`> ${fmt(-kern)} `);
        open = false;
      }
    }
    pen += g.xAdvance * scale;
  }
  if (open) out.writeByte(GREATER);
  out.write('] TJ ET');
}
