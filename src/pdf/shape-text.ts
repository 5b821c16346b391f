// Shapes text once per process. pdfkit's own text path re-shapes every word
// in every document and builds many short-lived arrays on the way; with a
// thousand plans that was most of the CPU time. Here each word is shaped by
// fontkit once (kerning, ligatures and marks applied) and cached, and
// text-operators.ts writes the glyphs straight into the page.
import type { Font } from 'fontkit';
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
  glyphs = text.length > 1 && DIGITS.test(text) && shapesDigitsAlone(key) ? composeDigits(key, text) : shapeWithFontkit(key, text);
  if (table.size >= MAX_CACHED) table.clear();
  table.set(text, glyphs);
  return glyphs;
}

/** A word shaped by fontkit itself (what every cached shape comes from). */
export function shapeWithFontkit(key: FontKey, text: string): ShapedGlyph[] {
  const font = loadLayoutFont(key);
  const cmap = (font as unknown as { _cmapProcessor: CmapProcessor })._cmapProcessor;
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(text, FEATURES);
  return run.glyphs.map((glyph, i) => {
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
}

// Numbers are the words that recur least: a portfolio's footers alone count
// to several thousand, and each new number cost a run through fontkit. In a
// font whose digits neither kern nor join, a number is its digits side by
// side, so it is put together from the digits' shapes instead.
const DIGITS = /^[0-9]+$/;
const digitsAlone = new Map<FontKey, boolean>();

/** Whether every pair of digits shapes as the two digits shaped alone (checked once per font). */
export function shapesDigitsAlone(key: FontKey): boolean {
  let alone = digitsAlone.get(key);
  if (alone === undefined) {
    alone = true;
    for (let pair = 0; pair < 100 && alone; pair++) {
      const text = String(pair).padStart(2, '0');
      alone = sameShapes(shapeWithFontkit(key, text), [...shapeWord(key, text[0]!), ...shapeWord(key, text[1]!)]);
    }
    digitsAlone.set(key, alone);
  }
  return alone;
}

function sameShapes(a: ShapedGlyph[], b: ShapedGlyph[]): boolean {
  return a.length === b.length && a.every((g, i) => JSON.stringify(g) === JSON.stringify(b[i]));
}

function composeDigits(key: FontKey, text: string): ShapedGlyph[] {
  const glyphs: ShapedGlyph[] = [];
  for (const digit of text) glyphs.push(...shapeWord(key, digit));
  return glyphs;
}
