// The fonts every PDF draws with: Noto Sans for Latin (with every diacritic,
// Vietnamese included), Greek and Cyrillic (Noto Serif instead under a serif
// theme, for those scripts only), Noto Sans SC/JP/KR for Chinese,
// Japanese and Korean, Noto Sans Arabic, Hebrew, the scripts of India and
// Sri Lanka, Thai, Lao, Myanmar, Khmer, Ethiopic, Georgian and Armenian for
// theirs, Noto Serif Tibetan for Tibetan, and the monochrome Noto Emoji. All
// ship as TTF in npm packages; WOFF2 is avoided because fontkit's WOFF2
// subsetting is broken. Each file is parsed at most once per process and only
// when some text needs it: the CJK files are 5 to 10 MB each, and most plans
// never touch any of them. pdfkit gets the parsed font itself (registerFont
// accepts a fontkit Font), so no document parses again; shaping keeps a parse
// of its own (loadShapingFont).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

const require = createRequire(import.meta.url);

/** The typographic variants text can be set in. */
export type Face = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic';

/** Which CJK family to try first for Han characters, which all three share. */
export type CjkFamily = 'sc' | 'jp' | 'kr';

const CJK_FAMILIES: readonly Family[] = ['sc', 'jp', 'kr'];

/** The families of one script each, beside Latin and CJK: every one is shaped, and measured shaped. */
export const SCRIPT_FAMILIES = [
  ...['arabic', 'hebrew', 'devanagari', 'bengali', 'tamil', 'gurmukhi', 'gujarati', 'oriya', 'telugu', 'kannada', 'malayalam'] as const,
  ...['sinhala', 'tibetan', 'lao', 'myanmar', 'ethiopic', 'khmer', 'thai', 'georgian', 'armenian', 'emoji'] as const,
];

/** A family of one script. */
export type ScriptFamily = (typeof SCRIPT_FAMILIES)[number];

/** The families Latin, Greek and Cyrillic text can be set in: Noto Sans, or Noto Serif. */
export type LatinFamily = 'latin' | 'serif';

/** The font families, by the script they carry. */
export type Family = LatinFamily | CjkFamily | ScriptFamily;

/** A font file: a family in one weight/style, e.g. `latin-bold`, `jp-regular`. */
export type FontKey = `${Family}-${Face}`;

/** Each face's folder and file suffix in the @expo-google-fonts packages (CJK ships regular and bold only). */
const WEIGHTS: Record<Face, string> = {
  regular: '400Regular',
  italic: '400Regular_Italic',
  semibold: '600SemiBold',
  bold: '700Bold',
  boldItalic: '700Bold_Italic',
};

/** Each family's package folder and file name stem, as @expo-google-fonts names them. */
const PACKAGES: Record<Family, [folder: string, stem: string]> = {
  latin: ['noto-sans', 'NotoSans'],
  serif: ['noto-serif', 'NotoSerif'],
  sc: ['noto-sans-sc', 'NotoSansSC'],
  jp: ['noto-sans-jp', 'NotoSansJP'],
  kr: ['noto-sans-kr', 'NotoSansKR'],
  arabic: ['noto-sans-arabic', 'NotoSansArabic'],
  hebrew: ['noto-sans-hebrew', 'NotoSansHebrew'],
  devanagari: ['noto-sans-devanagari', 'NotoSansDevanagari'],
  bengali: ['noto-sans-bengali', 'NotoSansBengali'],
  tamil: ['noto-sans-tamil', 'NotoSansTamil'],
  gurmukhi: ['noto-sans-gurmukhi', 'NotoSansGurmukhi'],
  gujarati: ['noto-sans-gujarati', 'NotoSansGujarati'],
  oriya: ['noto-sans-oriya', 'NotoSansOriya'],
  telugu: ['noto-sans-telugu', 'NotoSansTelugu'],
  kannada: ['noto-sans-kannada', 'NotoSansKannada'],
  malayalam: ['noto-sans-malayalam', 'NotoSansMalayalam'],
  sinhala: ['noto-sans-sinhala', 'NotoSansSinhala'],
  // Noto has Tibetan in its serif design only; Tibetan has no sans tradition to match.
  tibetan: ['noto-serif-tibetan', 'NotoSerifTibetan'],
  lao: ['noto-sans-lao', 'NotoSansLao'],
  myanmar: ['noto-sans-myanmar', 'NotoSansMyanmar'],
  ethiopic: ['noto-sans-ethiopic', 'NotoSansEthiopic'],
  khmer: ['noto-sans-khmer', 'NotoSansKhmer'],
  thai: ['noto-sans-thai', 'NotoSansThai'],
  georgian: ['noto-sans-georgian', 'NotoSansGeorgian'],
  armenian: ['noto-sans-armenian', 'NotoSansArmenian'],
  emoji: ['noto-emoji', 'NotoEmoji'],
};

/**
 * The font key that sets a face in a family. Only the Latin families have
 * italics: the others are set upright. CJK ships regular and bold; the other
 * scripts also semibold.
 */
export function pickFontKey(family: Family, face: Face): FontKey {
  if (family === 'latin' || family === 'serif') return `${family}-${face}`;
  if (face === 'regular' || face === 'italic') return `${family}-regular`;
  return face === 'semibold' && !CJK_FAMILIES.includes(family) ? `${family}-semibold` : `${family}-bold`;
}

/** A font key's TTF file and the npm package that ships it. */
export interface FontFile {
  path: string;
  packageName: string;
  version: string;
}

/** Where a font key's TTF file is, and which version of which package it came in. */
export function findFontFile(key: FontKey): FontFile {
  const [family, face] = key.split('-') as [Family, Face];
  const [folder, stem] = PACKAGES[family];
  const packageName = `@expo-google-fonts/${folder}`;
  const { version } = require(`${packageName}/package.json`) as { version: string };
  return { path: resolveFontPath(key), packageName, version };
}

/** The absolute path of a font key's TTF file, from the npm package that ships it. */
function resolveFontPath(key: FontKey): string {
  const [family, face] = key.split('-') as [Family, Face];
  const [folder, stem] = PACKAGES[family];
  return require.resolve(`@expo-google-fonts/${folder}/${WEIGHTS[face]}/${stem}_${WEIGHTS[face]}.ttf`);
}

const files = new Map<FontKey, Buffer>();
const loaded = new Map<FontKey, Font>();
const shapers = new Map<FontKey, Font>();

/** The parsed font for a key, parsed on first use and kept for the life of the process. */
export function loadFont(key: FontKey): Font {
  return openFont(loaded, key);
}

/**
 * A second parse of a key's font, over the same bytes, that only shaping
 * lays text out with. fontkit stamps each glyph object with the characters it
 * is first made for, and shaping reads those stamps to tell which characters
 * a ligature or an Arabic cluster stands for; pdfkit makes glyph objects with
 * none when it writes a subset, and a word from the shaping cache is drawn
 * without being laid out. Kept apart, a glyph is stamped by shaping alone,
 * so a word comes out the same whether the words before it were shaped or
 * read from the cache.
 */
export function loadShapingFont(key: FontKey): Font {
  return openFont(shapers, key);
}

function openFont(fonts: Map<FontKey, Font>, key: FontKey): Font {
  let font = fonts.get(key);
  if (!font) {
    let bytes = files.get(key);
    if (!bytes) files.set(key, (bytes = readFileSync(resolveFontPath(key))));
    fonts.set(key, (font = fontkit.create(bytes) as Font));
  }
  return font;
}

/** The font keys parsed so far in this process (for tests and benchmarks). */
export function listLoadedFonts(): FontKey[] {
  return [...files.keys()];
}

// Each character's advance (in em) and whether a font has it, per font: fontkit
// looks a character up in the font's cmap through its table decoder every
// time, and text is measured character by character, over and over.
const advances = new Map<FontKey, Map<number, number>>();
const coverage = new Map<FontKey, Map<number, boolean>>();

/**
 * Width of a string in one font, in points: the sum of its glyphs' advances.
 * Kerning (applied when the text is drawn) moves that by a hair at most, and
 * mostly inwards, so lines measured this way keep to their column.
 */
export function measureText(key: FontKey, text: string, size: number): number {
  let known = advances.get(key);
  if (!known) advances.set(key, (known = new Map()));
  let width = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    let em = known.get(cp);
    if (em === undefined) {
      const font = loadFont(key);
      known.set(cp, (em = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm));
    }
    width += em;
  }
  return width * size;
}

/** Whether a font draws a character (parsing the font the first time it is asked). */
export function hasGlyph(key: FontKey, cp: number): boolean {
  let known = coverage.get(key);
  if (!known) coverage.set(key, (known = new Map()));
  let has = known.get(cp);
  if (has === undefined) known.set(cp, (has = loadFont(key).hasGlyphForCodePoint(cp)));
  return has;
}
