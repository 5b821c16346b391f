// Writes laid-out lines as PDF text operators, with glyphs already shaped
// (layout/shape-text.ts): pdfkit's own text path would shape every word of
// every document again. This is the one place that reaches into pdfkit's
// private members, to write through the document's embedded font as pdfkit's
// text path does: `doc._font` (its id, subset, widths and ToUnicode table,
// and its reference) and `doc.page.fonts` (the page's font resources).
// test/pdf/pdfkit-pin.test.ts fails when a pdfkit upgrade moves them.
import type { FontKey } from '../layout/fonts.js';
import { loadFont } from '../layout/fonts.js';
import { shapeWords, type ShapedGlyph } from '../layout/shape-text.js';
import type { Line } from '../layout/text-layout.js';
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
      found = { font: (this.doc as unknown as PrivateDocument)._font, codes: new Map(), fragments: new Map() };
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
        out += writeRun(documentFont, run.font, run.text, x + run.x, baseline, run.style.size);
      }
    }
    return `${out}\nET`;
  }
}

/** A glyph's code in the document's subset, as the two bytes of a literal string (half the size of hex); added to the subset on first use. */
function encodeGlyph({ font, codes }: DocumentFont, g: ShapedGlyph): string {
  let bytes = codes.get(g.id);
  if (bytes === undefined) {
    const code = font.subset.includeGlyph(g.id);
    if (font.widths[code] == null) font.widths[code] = g.advanceWidth;
    if (font.unicode[code] == null) font.unicode[code] = g.codePoints;
    bytes = escapeByte(code >> 8) + escapeByte(code & 255);
    codes.set(g.id, bytes);
  }
  return bytes;
}

/** A glyph on the pen inside an open string: its code, then its kerning, if any, as a number between strings. */
function writeGlyph(documentFont: DocumentFont, g: ShapedGlyph): string {
  const kern = g.xAdvance - g.advanceWidth;
  return kern === 0 ? encodeGlyph(documentFont, g) : `${encodeGlyph(documentFont, g)}) ${fmt(-kern)} (`;
}

/** A byte inside a literal string: parentheses, backslash and carriage return escaped. */
function escapeByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  return byte === 0x0d ? '\\r' : String.fromCharCode(byte);
}

/** A word as written inside an open string, made once per document; null when a mark in it is placed off the pen. */
function findFragment(documentFont: DocumentFont, word: ShapedGlyph[]): Fragment | null {
  let fragment = documentFont.fragments.get(word);
  if (fragment !== undefined) return fragment;
  fragment = { text: '', advance: 0 };
  for (const g of word) {
    if (g.xOffset || g.yOffset) {
      fragment = null;
      break;
    }
    fragment.text += writeGlyph(documentFont, g);
    fragment.advance += g.xAdvance;
  }
  documentFont.fragments.set(word, fragment);
  return fragment;
}

/** One run's text matrix and TJ array: glyphs in strings, kerning as numbers, marks placed on their own. */
function writeRun(documentFont: DocumentFont, key: FontKey, text: string, x: number, baseline: number, size: number): string {
  const scale = size / 1000;
  let out = `\n1 0 0 -1 ${fmt(x)} ${fmt(baseline)} Tm [(`;
  let pen = x;
  for (const word of shapeWords(key, text)) {
    const fragment = findFragment(documentFont, word);
    if (fragment) {
      out += fragment.text;
      pen += fragment.advance * scale;
      continue;
    }
    for (const g of word) {
      if (g.xOffset || g.yOffset) {
        // A mark placed off the pen (a stacked accent): positioned on its own, then back to the pen.
        out += `)] TJ 1 0 0 -1 ${fmt(pen + g.xOffset * scale)} ${fmt(baseline - g.yOffset * scale)} Tm [(${encodeGlyph(documentFont, g)})] TJ`;
        out += ` 1 0 0 -1 ${fmt(pen + g.xAdvance * scale)} ${fmt(baseline)} Tm [(`;
      } else {
        out += writeGlyph(documentFont, g);
      }
      pen += g.xAdvance * scale;
    }
  }
  return `${out})] TJ`;
}
