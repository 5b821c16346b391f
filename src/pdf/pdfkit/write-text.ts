// Writes laid-out lines as PDF text operators, with glyphs already shaped
// (layout/shape-text.ts): pdfkit's own text path would shape every word of
// every document again. This is the one place that reaches into pdfkit's
// private members, to write through the document's embedded font as pdfkit's
// text path does: `doc._font` (its id, subset, widths and ToUnicode table,
// and its reference) and `doc.page.fonts` (the page's font resources).
// test/pdf/pdfkit-pin.test.ts fails when a pdfkit upgrade moves them.
import type { FontKey } from '../layout/fonts.js';
import { loadFont } from '../layout/fonts.js';
import { shapeWords, type ShapedGlyph, type ShapedWord } from '../layout/shape-text.js';
import type { Line, PlacedRun } from '../layout/text-layout.js';
import { writeRgb } from './paint-paths.js';

/** The parts of pdfkit's EmbeddedFont the writer uses. */
interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/** The private parts of a pdfkit document the writer uses. */
interface PrivateDocument {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown> };
}

const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);

/** A word as written inside an open string (kerning closes and reopens it), and how far it moves the pen in 1/1000 em. */
interface Fragment {
  text: string;
  advance: number;
}

/** A font of one document: pdfkit's embedded font, each glyph's code in its subset, and each word's fragment. */
interface DocumentFont {
  font: EmbeddedFont;
  codes: Map<number, string>;
  /** Glyphs written so far only inside ActualText with no characters of their own: their ToUnicode entry is still to be named. */
  unnamed: Set<number>;
  /** By the shaped word (the shaping cache gives one array per word); null for words with marks placed off the pen. */
  fragments: Map<ShapedGlyph[], Fragment | null>;
}

/** A line to write and where its box starts. */
export interface PlacedLine {
  line: Line;
  x: number;
  y: number;
}

/** Writes the text of one document's pages. */
export class TextWriter {
  private readonly fonts = new Map<FontKey, DocumentFont>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The document's font for a key, registered with pdfkit (the parsed fontkit font) on first use. */
  private findFont(key: FontKey): DocumentFont {
    let found = this.fonts.get(key);
    if (!found) {
      this.doc.registerFont(key, loadFont(key) as unknown as PDFKit.Mixins.PDFFontSource);
      this.doc.font(key);
      found = { font: (this.doc as unknown as PrivateDocument)._font, codes: new Map(), unnamed: new Set(), fragments: new Map() };
      this.fonts.set(key, found);
    }
    return found;
  }

  /**
   * The text object that draws a page's lines, in pdfkit's top-down page
   * space: each run gets a text matrix that flips y back and starts it where
   * the layout put it; font and colour are set only when they change.
   */
  writePage(lines: readonly PlacedLine[]): string {
    const resources = (this.doc as unknown as PrivateDocument).page.fonts;
    let out = 'BT';
    let font = '';
    let color = '';
    for (const { line, x, y } of lines) {
      const baseline = y + line.baseline;
      for (const run of line.runs) {
        const documentFont = this.findFont(run.font);
        const id = documentFont.font.id;
        if (resources[id] == null) resources[id] = documentFont.font.ref();
        const fontOp = `/${id} ${fmt(run.style.size)} Tf`;
        if (fontOp !== font) out += `\n${(font = fontOp)}`;
        if (run.style.color !== color) out += `\n${writeRgb((color = run.style.color))} rg`;
        out += writeRun(documentFont, run, x + run.x, baseline);
      }
    }
    return `${out}\nET`;
  }
}

/** A glyph's code in the document's subset, as the two bytes of a literal string (half the size of hex); added to the subset on first use. */
function encodeGlyph({ font, codes, unnamed }: DocumentFont, g: ShapedGlyph, inSpan: boolean): string {
  let bytes = codes.get(g.id);
  if (bytes === undefined) {
    const code = font.subset.includeGlyph(g.id);
    if (font.widths[code] == null) font.widths[code] = g.advanceWidth;
    if (font.unicode[code] == null) font.unicode[code] = g.codePoints;
    bytes = escapeByte(code >> 8) + escapeByte(code & 255);
    codes.set(g.id, bytes);
    if (g.codePoints.length === 0 && inSpan) unnamed.add(g.id);
  } else if (unnamed.has(g.id)) {
    // First met only in words that carry their text whole: the first word that knows its characters names it,
    // unless it is written for nothing outside such a word (a ligature's second part).
    if (g.codePoints.length > 0) font.unicode[font.subset.includeGlyph(g.id)] = g.codePoints;
    if (g.codePoints.length > 0 || !inSpan) unnamed.delete(g.id);
  }
  return bytes;
}

/**
 * A glyph inside an open string: its code, with numbers between strings
 * moving it sideways from the pen when the shaper says so (a Thai vowel
 * mark) and on by its kerned advance. Kept inside the string, a mark stays
 * part of its word for text extraction.
 */
function writeGlyph(documentFont: DocumentFont, g: ShapedGlyph, inSpan = false): string {
  const after = g.xOffset + g.advanceWidth - g.xAdvance;
  const code = encodeGlyph(documentFont, g, inSpan);
  const placed = g.xOffset === 0 ? code : `) ${fmt(-g.xOffset)} (${code}`;
  const spelt = !inSpan && isMisread(documentFont, g) ? openActualText(g.codePoints) + placed + CLOSE_ACTUAL_TEXT : placed;
  return after === 0 ? spelt : `${spelt}) ${fmt(after)} (`;
}

/**
 * Whether a glyph already stands for other characters in this document
 * (Noto Sans Arabic draws ذ and د with one shape and a dot): then it is
 * given its own as ActualText, for copying and search.
 */
function isMisread({ font }: DocumentFont, g: ShapedGlyph): boolean {
  const known = font.unicode[font.subset.includeGlyph(g.id)]!;
  return known.length !== g.codePoints.length || known.some((cp, i) => cp !== g.codePoints[i]);
}

/** Closes the open string and starts a span whose text is `codePoints` (UTF-16BE in hex), then opens a string again. */
function openActualText(codePoints: readonly number[]): string {
  const text = String.fromCodePoint(...codePoints);
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `)] TJ /Span <</ActualText <${hex}>>> BDC [(`;
}

const CLOSE_ACTUAL_TEXT = ')] TJ EMC [(';

/** Written glyphs inside a span whose text is `text`. */
function writeActualText(text: string, written: string): string {
  return openActualText(Array.from(text, (c) => c.codePointAt(0)!)) + written + CLOSE_ACTUAL_TEXT;
}

/** A byte inside a literal string: parentheses, backslash and carriage return escaped. */
function escapeByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  return byte === 0x0d ? '\\r' : String.fromCharCode(byte);
}

/** A word as written inside an open string, made once per document; null when a mark in it is raised or lowered off the baseline. */
function findFragment(documentFont: DocumentFont, word: ShapedWord): Fragment | null {
  let fragment = documentFont.fragments.get(word);
  if (fragment !== undefined) return fragment;
  fragment = { text: '', advance: 0 };
  for (const g of word) {
    if (g.yOffset) {
      fragment = null;
      break;
    }
    fragment.text += writeGlyph(documentFont, g, word.actualText !== undefined);
    fragment.advance += g.xAdvance;
  }
  if (fragment && word.actualText !== undefined) fragment.text = writeActualText(word.actualText, fragment.text);
  documentFont.fragments.set(word, fragment);
  return fragment;
}

/**
 * One run's text matrix and TJ array: glyphs in strings, kerning as numbers,
 * marks placed on their own. A right-to-left run's words are written last
 * first, so its first word ends up rightmost.
 */
function writeRun(documentFont: DocumentFont, run: PlacedRun, x: number, baseline: number): string {
  const size = run.style.size;
  const scale = size / 1000;
  let out = `\n1 0 0 -1 ${fmt(x)} ${fmt(baseline)} Tm [(`;
  let pen = x;
  const words = shapeWords(run.font, run.text, run.rtl);
  if (run.rtl) words.reverse();
  for (const word of words) {
    const fragment = findFragment(documentFont, word);
    if (fragment) {
      out += fragment.text;
      pen += fragment.advance * scale;
      continue;
    }
    if (word.actualText !== undefined) out += openActualText(Array.from(word.actualText, (c) => c.codePointAt(0)!));
    for (const g of word) {
      if (g.xOffset || g.yOffset) {
        // A mark placed off the pen (a stacked accent): positioned on its own, then back to the pen.
        out += `)] TJ 1 0 0 -1 ${fmt(pen + g.xOffset * scale)} ${fmt(baseline - g.yOffset * scale)} Tm [(${encodeGlyph(documentFont, g, word.actualText !== undefined)})] TJ`;
        out += ` 1 0 0 -1 ${fmt(pen + g.xAdvance * scale)} ${fmt(baseline)} Tm [(`;
      } else {
        out += writeGlyph(documentFont, g, word.actualText !== undefined);
      }
      pen += g.xAdvance * scale;
    }
    if (word.actualText !== undefined) out += CLOSE_ACTUAL_TEXT;
  }
  return `${out})] TJ`;
}
