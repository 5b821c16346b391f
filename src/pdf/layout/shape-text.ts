// Text is shaped once per process. Each word is shaped by fontkit once (kerning,
// ligatures and marks applied) and cached per font, and the PDF's text writer
// (pdfkit/write-text.ts) puts the glyphs straight into the page: with many
// plans, shaping every word of every document again was most of the CPU time.
import type { Font, Glyph } from 'fontkit';
import { loadFont, type FontKey } from './fonts.js';

/** One shaped glyph, in 1/1000 em like PDF text space. */
export interface ShapedGlyph {
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

// ccmp off: text is NFC and Noto has a glyph for every precomposed letter, so
// "ị" stays one glyph (Noto would split it into "i" and a dot).
const FEATURES = { ccmp: false };
const MAX_CACHED = 50_000;
const words = new Map<FontKey, Map<string, ShapedGlyph[]>>();

/**
 * The shaped words of a text in a font, spaces included, each shaped once per
 * process: words recur across plans far more than whole lines do, and
 * kerning across a space is nil in these fonts.
 */
export function shapeWords(key: FontKey, text: string): ShapedGlyph[][] {
  const out: ShapedGlyph[][] = [];
  const parts = text.split(' ');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out.push(shapeWord(key, ' '));
    if (parts[i]) out.push(shapeWord(key, parts[i]!));
  }
  return out;
}

/** One word (no spaces, or a single space) shaped by fontkit, from the cache after the first time. */
function shapeWord(key: FontKey, text: string): ShapedGlyph[] {
  let table = words.get(key);
  if (!table) words.set(key, (table = new Map()));
  let glyphs = table.get(text);
  if (!glyphs) {
    glyphs = shapeWithFontkit(loadFont(key), text);
    if (table.size >= MAX_CACHED) table.clear();
    table.set(text, glyphs);
  }
  return glyphs;
}

function shapeWithFontkit(font: Font, text: string): ShapedGlyph[] {
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(text, FEATURES);
  const chars = findCharacters(font, text, run.glyphs);
  return run.glyphs.map((glyph, i) => {
    const p = run.positions[i]!;
    return {
      id: glyph.id,
      codePoints: chars[i]!,
      advanceWidth: glyph.advanceWidth * scale,
      xAdvance: p.xAdvance * scale,
      xOffset: p.xOffset * scale,
      yOffset: p.yOffset * scale,
    };
  });
}

/**
 * The characters each glyph copies out as. fontkit keeps one glyph object
 * per id and stamps it with the characters it was first made for: a glyph
 * first met as part of another (when a font subset is written) has none, and
 * one glyph drawn for two characters (µ and μ) keeps whichever came first in
 * the process. So the glyphs are walked along the word: a glyph whose stamp
 * is not the word's next characters takes the next character when the
 * font's cmap maps that character to it, and the PDF is the same whatever
 * the process drew before.
 */
function findCharacters(font: Font, text: string, glyphs: Glyph[]): number[][] {
  const wanted = Array.from(text, (c) => c.codePointAt(0)!);
  let at = 0;
  return glyphs.map((glyph) => {
    const own = glyph.codePoints;
    if (own.length > 0 && own.every((cp, k) => wanted[at + k] === cp)) {
      at += own.length;
      return own;
    }
    const next = wanted[at];
    if (next !== undefined && font.glyphForCodePoint(next).id === glyph.id) {
      at += 1;
      return [next];
    }
    return own;
  });
}
