// Splits text into runs that one font can draw. Noto Sans draws Latin, Greek
// and Cyrillic; each other script's font is asked only for its own ranges,
// and a CJK font only for CJK or symbol ranges (the CJK fonts also carry
// arrows, stars, check marks and shapes), so no font is loaded to find a
// character missing. Emoji shown as emoji by default go to Noto Emoji before
// the CJK fonts; other symbols are asked of it last. What no font has is
// replaced by a visible U+FFFD, one per character (an emoji sequence joined
// with ZWJ, a flag, or a skin tone counts as one), and the text around it is
// kept.
import { hasGlyph, pickFontKey, type CjkFamily, type Face, type Family, type FontKey, type LatinFamily, type ScriptFamily } from './fonts.js';

/** A piece of text and the font that draws it. */
interface FontRun {
  font: FontKey;
  text: string;
}

/** Drawn in place of a character no font has. Noto Sans has it. */
export const REPLACEMENT = '\uFFFD';

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const SIMPLE = /^[\x20-\x7e\u00a0-\u024f]*$/;

/** Code points that belong to the character before them (marks, joiners, selectors, skin tones, tags). */
function isAttached(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3 ||
    (cp >= 0x0300 && cp <= 0x036f)
  );
}

/** The ranges each script's own font is asked about. */
const SCRIPTS: readonly [ScriptFamily, RegExp][] = [
  ['arabic', /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/],
  ['hebrew', /[\u0590-\u05ff\ufb1d-\ufb4f]/],
  ['devanagari', /[\u0900-\u097f\u1cd0-\u1cff]/],
  ['bengali', /[\u0980-\u09ff]/],
  ['tamil', /[\u0b80-\u0bff]/],
  ['gurmukhi', /[\u0a00-\u0a7f]/],
  ['gujarati', /[\u0a80-\u0aff]/],
  ['oriya', /[\u0b00-\u0b7f]/],
  ['telugu', /[\u0c00-\u0c7f]/],
  ['kannada', /[\u0c80-\u0cff]/],
  ['malayalam', /[\u0d00-\u0d7f]/],
  ['sinhala', /[\u0d80-\u0dff]/],
  ['tibetan', /[\u0f00-\u0fff]/],
  ['lao', /[\u0e80-\u0eff]/],
  ['myanmar', /[\u1000-\u109f]/],
  ['ethiopic', /[\u1200-\u139f]/],
  ['khmer', /[\u1780-\u17ff\u19e0-\u19ff]/],
  ['thai', /[\u0e00-\u0e7f]/],
  ['georgian', /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/],
  ['armenian', /[\u0530-\u058f\ufb13-\ufb17]/],
];

/** Shown as an emoji by default: drawn by the emoji font before any CJK font is asked. */
const EMOJI = /\p{Emoji_Presentation}/u;

/** Ranges worth asking a CJK font about: CJK scripts, punctuation and general symbols. */
function isCjkCandidate(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/**
 * Which CJK font a text reads best in: Japanese when it has kana, Korean when
 * it has Hangul and no Han, else Chinese. Han characters look different in
 * each, so a whole plan is told once and its strings follow it.
 */
export function detectCjkFamily(text: string): CjkFamily {
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text) && !HAN.test(text)) return 'kr';
  return 'sc';
}

/** The CJK families in the order to try them, the preferred first. */
function cjkOrder(preferred: CjkFamily, text: string): CjkFamily[] {
  // A string with kana or Hangul of its own says more than the plan does.
  const first = KANA.test(text) ? 'jp' : HANGUL.test(text) ? 'kr' : preferred;
  return [first, ...(['sc', 'jp', 'kr'] as const).filter((f) => f !== first)];
}

/** The script font for a character, if it is in one of their ranges. */
function findScript(ch: string, cp: number): ScriptFamily | undefined {
  if (cp < 0x0530 || (cp > 0x2d2f && cp < 0xfb13) || cp > 0xfeff) return undefined;
  return SCRIPTS.find(([, range]) => range.test(ch))?.[0];
}

/**
 * The family that draws a character, or null when none does; Noto Sans draws
 * what the serif family lacks. A script's own font comes first: Noto Sans
 * also has Devanagari, but set as Latin it is measured unshaped, and its
 * conjuncts came out narrower than measured.
 */
function findFamily(ch: string, cp: number, order: CjkFamily[], latin: LatinFamily): Family | null {
  const script = findScript(ch, cp);
  if (script) return hasGlyph(`${script}-regular`, cp) ? script : null;
  if (latin === 'serif' && hasGlyph('serif-regular', cp)) return 'serif';
  if (hasGlyph('latin-regular', cp)) return 'latin';
  const emoji = EMOJI.test(ch);
  if (emoji && hasGlyph('emoji-regular', cp)) return 'emoji';
  if (isCjkCandidate(cp)) for (const family of order) if (hasGlyph(`${family}-regular`, cp)) return family;
  return !emoji && cp >= 0x2000 && hasGlyph('emoji-regular', cp) ? 'emoji' : null;
}

/**
 * Splits text (one line, no newlines) into runs per font for a face, Latin
 * set in the `latin` family. Control characters are dropped, tabs become
 * spaces, and characters no font has become U+FFFD.
 */
export function splitFontRuns(text: string, face: Face, preferred: CjkFamily = 'sc', latin: LatinFamily = 'latin'): FontRun[] {
  if (SIMPLE.test(text)) return text ? [{ font: pickFontKey(latin, face), text }] : [];
  const order = cjkOrder(preferred, text);
  const runs: FontRun[] = [];
  let family: Family | null = null;
  let current = '';
  let lastReplaced = false;
  let pendingRegional = false;
  let previous = 0;
  const push = (next: Family, chars: string) => {
    if (next !== family && current) {
      runs.push({ font: pickFontKey(family!, face), text: current });
      current = '';
    }
    family = next;
    current += chars;
  };
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const afterJoiner = previous === 0x200d;
    previous = cp;
    if (cp === 0x09 || cp === 0x20) {
      // A space stays in the run it is in, so CJK text is not cut into pieces;
      // not after an emoji: Noto Emoji's space is as wide as an emoji.
      if (family && family !== 'emoji') current += ' ';
      else push(latin, ' ');
      lastReplaced = false;
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (isAttached(cp)) {
      // A mark goes with its base when that font has it; joiners, selectors
      // and skin tones after a replaced emoji vanish into its one U+FFFD.
      if (family && !lastReplaced && hasGlyph(pickFontKey(family, 'regular'), cp)) current += ch;
      continue;
    }
    const isRegional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    const found = findFamily(ch, cp, order, latin);
    if (found) {
      push(found, ch);
      lastReplaced = false;
      pendingRegional = false;
      continue;
    }
    // The emoji after a ZWJ, or the second letter of a flag, is part of the
    // one already replaced; anything else gets a U+FFFD of its own.
    if (lastReplaced && (afterJoiner || (isRegional && pendingRegional))) {
      pendingRegional = false;
      continue;
    }
    push('latin', REPLACEMENT);
    lastReplaced = true;
    pendingRegional = isRegional;
  }
  if (current) runs.push({ font: pickFontKey(family!, face), text: current });
  return runs;
}
