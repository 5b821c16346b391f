// Writes laid-out lines as PDF text operators, with glyphs already shaped
// (layout/shape-text.ts): pdfkit's own text path would shape every word of
// every document again. This is the one place that reaches into pdfkit's
// private members, to write through the document's embedded font as pdfkit's
// text path does: `doc._font` (its id, subset, widths and ToUnicode table,
// and its reference) and `doc.page.fonts` (the page's font resources).
// test/pdf/pdfkit-pin.test.ts fails when a pdfkit upgrade moves them.
import type { FontKey } from '../layout/fonts.js';
import { loadFont } from '../layout/fonts.js';
import { shapeWords } from '../layout/shape-text.js';
import type { Line } from '../layout/text-layout.js';

/** The parts of pdfkit's EmbeddedFont the writer uses. */
export interface EmbeddedFont {
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

/** A font of one document: pdfkit's embedded font and each glyph's code in its subset, as hex. */
interface DocumentFont {
  font: EmbeddedFont;
  codes: Map<number, string>;
}

/** Writes text into one document's pages. */
export class TextWriter {
  private readonly fonts = new Map<FontKey, DocumentFont>();
  /** Fonts already named in the current page's resources. */
  private onPage = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Called when a page starts: its resources start empty. */
  startPage(): void {
    this.onPage = new Set();
  }

  /** The document's font for a key, registered with pdfkit (the parsed fontkit font) on first use. */
  private findFont(key: FontKey): DocumentFont {
    let found = this.fonts.get(key);
    if (!found) {
      this.doc.registerFont(key, loadFont(key) as unknown as PDFKit.Mixins.PDFFontSource);
      this.doc.font(key);
      found = { font: (this.doc as unknown as PrivateDocument)._font, codes: new Map() };
      this.fonts.set(key, found);
    }
    if (!this.onPage.has(key)) {
      (this.doc as unknown as PrivateDocument).page.fonts[found.font.id] = found.font.ref();
      this.onPage.add(key);
    }
    return found;
  }

  /**
   * The operators that draw a line whose box starts at (x, top), in pdfkit's
   * top-down page space: each run gets its font, colour and a text matrix
   * that flips y back and starts it where the layout put it.
   */
  writeLine(line: Line, x: number, top: number): string {
    const baseline = top + line.baseline;
    let out = 'BT';
    let font = '';
    let color = '';
    for (const run of line.runs) {
      const { font: pdfFont, codes } = this.findFont(run.font);
      const size = run.style.size;
      const fontOp = `/${pdfFont.id} ${fmt(size)} Tf`;
      if (fontOp !== font) out += `\n${(font = fontOp)}`;
      if (run.style.color !== color) out += `\n${makeColorOperator((color = run.style.color))}`;
      out += writeRun(pdfFont, codes, run.font, run.text, x + run.x, baseline, size);
    }
    return `${out}\nET`;
  }
}

/** A glyph's code in the document's subset, as four hex digits; added to the subset on first use. */
function encodeGlyph(font: EmbeddedFont, codes: Map<number, string>, id: number, advance: number, codePoints: number[]): string {
  let hex = codes.get(id);
  if (hex === undefined) {
    const code = font.subset.includeGlyph(id);
    if (font.widths[code] == null) font.widths[code] = advance;
    if (font.unicode[code] == null) font.unicode[code] = codePoints;
    hex = code.toString(16).padStart(4, '0');
    codes.set(id, hex);
  }
  return hex;
}

/** One run's text matrix and TJ array: glyphs in hex strings, kerning as numbers, marks placed on their own. */
function writeRun(font: EmbeddedFont, codes: Map<number, string>, key: FontKey, text: string, x: number, baseline: number, size: number): string {
  const scale = size / 1000;
  let out = `\n1 0 0 -1 ${fmt(x)} ${fmt(baseline)} Tm [<`;
  let open = true;
  let pen = x;
  let moved = false;
  for (const word of shapeWords(key, text)) {
    for (const g of word) {
      const hex = encodeGlyph(font, codes, g.id, g.advanceWidth, g.codePoints);
      if (g.xOffset || g.yOffset) {
        // A mark placed off the pen (a stacked accent): positioned on its own.
        out += `${open ? '>' : ''}] TJ 1 0 0 -1 ${fmt(pen + g.xOffset * scale)} ${fmt(baseline - g.yOffset * scale)} Tm [<${hex}>`;
        open = false;
        moved = true;
      } else {
        if (moved) {
          // Back to the pen after a placed mark.
          out += `] TJ 1 0 0 -1 ${fmt(pen)} ${fmt(baseline)} Tm [`;
          moved = false;
        }
        out += open ? hex : `<${hex}`;
        open = true;
        const kern = g.xAdvance - g.advanceWidth;
        if (kern !== 0) {
          out += `> ${fmt(-kern)} `;
          open = false;
        }
      }
      pen += g.xAdvance * scale;
    }
  }
  return `${out}${open ? '>' : ''}] TJ`;
}
