// Text is shaped once, then remembered. Each word is shaped by fontkit once (kerning,
// ligatures, marks and Arabic joining applied) and cached per font and
// direction, in memory and across builds (shaping-cache.ts), and the PDF's text writer
// (pdfkit/write-text.ts) puts the glyphs straight into the page: with many
// plans, shaping every word of every document again was most of the CPU time.
import type { Font, Glyph } from 'fontkit';
import { loadShapingFont, measureText, pickFontKey, SCRIPT_FAMILIES, type Face, type FontKey } from './fonts.js';
import { findSavedWord, keepShapedWord, useShapingCode } from './shaping-cache.js';

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

// ccmp off for Latin and CJK: text is NFC and Noto has a glyph for every
// precomposed letter, so "ị" stays one glyph (Noto would split it into "i"
// and a dot). The other scripts need it (emoji sequences are joined by it).
const PRECOMPOSED = { ccmp: false };
const MAX_CACHED = 50_000;
const words = new Map<FontKey, Map<string, ShapedWord>>();
const rtlWords = new Map<FontKey, Map<string, ShapedWord>>();

const FACES: readonly Face[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic'];
/** Fonts whose glyphs change with their neighbours (joining, ligatures, marks), so they are measured shaped. */
const MEASURED_SHAPED = new Set<FontKey>(SCRIPT_FAMILIES.flatMap((family) => FACES.map((face) => pickFontKey(family, face))));

// Words saved by other shaping code (or with other features, or shaped in the font pdfkit also writes subsets of) are not this code's words.
useShapingCode([JSON.stringify(PRECOMPOSED), ...MEASURED_SHAPED, loadShapingFont, shapeWithFontkit, layOut, findCharacters, splitClusters].join('\n'));

/**
 * The shaped words of a text in a font, spaces included, each shaped once per
 * process: words recur across plans far more than whole lines do, and
 * kerning across a space is nil in these fonts. Right to left, each word's
 * glyphs come in drawing order and the words in logical order.
 */
export function shapeWords(key: FontKey, text: string, rtl = false): ShapedWord[] {
  const out: ShapedWord[] = [];
  const parts = text.split(' ');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out.push(shapeWord(key, ' ', rtl));
    if (parts[i]) out.push(shapeWord(key, parts[i]!, rtl));
  }
  return out;
}

/**
 * The width of text in a font, in points: shaped for the scripts whose
 * glyphs change with their neighbours (an Arabic word is wider joined than
 * its letters alone, and an emoji sequence is one glyph), else the sum of
 * the characters' advances.
 */
export function measureRun(key: FontKey, text: string, size: number): number {
  if (!MEASURED_SHAPED.has(key)) return measureText(key, text, size);
  let width = 0;
  for (const word of shapeWords(key, text)) for (const glyph of word) width += glyph.xAdvance;
  return (width * size) / 1000;
}

/** One word (no spaces, or a single space) shaped by fontkit, from a cache after the first time. */
function shapeWord(key: FontKey, text: string, rtl: boolean): ShapedWord {
  const tables = rtl ? rtlWords : words;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = new Map()));
  let glyphs = table.get(text);
  if (!glyphs) {
    glyphs = findSavedWord(key, text, rtl);
    if (!glyphs) keepShapedWord(key, text, rtl, (glyphs = shapeWithFontkit(loadShapingFont(key), text, MEASURED_SHAPED.has(key), rtl)));
    if (table.size >= MAX_CACHED) table.clear();
    table.set(text, glyphs);
  }
  return glyphs;
}

/**
 * A word shaped by fontkit. In the scripts shaped for measuring, each
 * glyph's characters are counted off the word (splitClusters); a word they
 * do not add up to carries its text whole.
 */
function shapeWithFontkit(font: Font, text: string, complex: boolean, rtl: boolean): ShapedWord {
  const scale = 1000 / font.unitsPerEm;
  const run = layOut(font, text, complex ? {} : PRECOMPOSED, rtl);
  // fontkit gives right-to-left glyphs in drawing order: their characters are found in logical order.
  const logical = rtl ? [...run.glyphs].reverse() : run.glyphs;
  const clusters = complex ? splitClusters(text, logical, (rtl ? [...run.positions].reverse() : run.positions).map((p) => p.xAdvance)) : undefined;
  const found = clusters ?? (complex ? logical.map(() => []) : findCharacters(font, text, logical));
  const chars = rtl ? found.reverse() : found;
  const word: ShapedWord = run.glyphs.map((glyph, i) => {
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
  // A mark set right of its pen (a Thai vowel over its consonant) reads as a word of its own to some extractors.
  if (complex && (!clusters || (!rtl && word.some((g) => g.xOffset > 0 && g.xAdvance === 0)))) word.actualText = text;
  return word;
}

/** The features that position marks on their base: what fontkit fails on in some fonts. */
const MARK_POSITIONING = { mark: false, mkmk: false, abvm: false, blwm: false };

/**
 * fontkit's layout of a word. Some Noto fonts leave a mark's anchor empty
 * where OpenType allows it, and fontkit 2 then throws (reading
 * `xCoordinate` of null): in Noto Sans Tamil, 39 of 1,554 syllables tried
 * ("ஃ்இஂ"). Such a word is laid out without mark positioning, its marks
 * where the font puts them by default, rather than failing the PDF.
 */
function layOut(font: Font, text: string, features: Record<string, boolean>, rtl: boolean) {
  const layout = (set: Record<string, boolean>) => (rtl ? font.layout(text, set, undefined, undefined, 'rtl') : font.layout(text, set));
  try {
    return layout(features);
  } catch {
    return layout({ ...features, ...MARK_POSITIONING });
  }
}

/**
 * A shaped word; `actualText` is its text when its glyphs cannot say it (an
 * Arabic word's joined forms, an emoji sequence drawn as one glyph), for the
 * PDF to carry beside them.
 */
export type ShapedWord = ShapedGlyph[] & { actualText?: string };

/**
 * The characters each glyph copies out as. fontkit keeps one glyph object
 * per id and stamps it with the characters it was first made for (in the
 * font only shaping uses, loadShapingFont): one glyph drawn for two
 * characters (µ and μ, or ﬁ and "fi") keeps whichever came first in the
 * process, and a part of a decomposed one has none. So the glyphs are walked
 * along the word: a glyph whose stamp is not the word's next characters
 * takes them when its stamp decomposes to them (NFKD: ﬁ to "fi"), or takes
 * the next character when the font's cmap maps that character to it, and
 * the PDF is the same whatever the process drew before.
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
    // Stamped with a compatibility character (ﬁ, µ) and drawn here for what it stands for ("fi", μ).
    const spelt = own.length > 0 ? Array.from(String.fromCodePoint(...own).normalize('NFKD'), (c) => c.codePointAt(0)!) : [];
    if (spelt.length > 0 && spelt.every((cp, k) => wanted[at + k] === cp)) return wanted.slice(at, (at += spelt.length));
    const next = wanted[at];
    if (next !== undefined && font.glyphForCodePoint(next).id === glyph.id) {
      at += 1;
      return [next];
    }
    return own;
  });
}

/**
 * The characters of each glyph of a joining script's word, in logical order.
 * One glyph stands for several letters (Noto Sans Arabic draws ذ and د as
 * one shape and a dot), so its stamp only says how many characters it takes:
 * a letter one, a ligature two, a dot none. Undefined when that does not
 * add up to the word.
 */
function splitClusters(text: string, glyphs: readonly Glyph[], advances: readonly number[]): number[][] | undefined {
  const wanted = Array.from(text, (c) => c.codePointAt(0)!);
  let at = 0;
  const chars = glyphs.map((glyph, i) => {
    const count = advances[i]! > 0 ? Math.max(1, glyph.codePoints.length) : glyph.codePoints.length;
    return wanted.slice(at, (at += count));
  });
  return at === wanted.length ? chars : undefined;
}
