// Right-to-left text (Arabic, Hebrew) in the order it is drawn. Lines are
// broken in logical order, as typed; each line holding right-to-left text
// is then put in visual order, left to right on the page, by the Unicode
// Bidirectional Algorithm (bidi-js). A right-to-left piece keeps its text in
// logical order, with brackets mirrored, and is shaped right to left when
// drawn; numbers and Latin words inside it stay left to right.
import bidiModule, { type Bidi } from 'bidi-js';

// bidi-js is CommonJS: what Node imports by default is its factory itself (its types say otherwise).
const bidiFactory = bidiModule as unknown as () => Bidi;

/** Characters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

let bidi: Bidi | undefined;

/** The algorithm's tables, built when right-to-left text first needs them (never for most plans). */
function loadBidi(): Bidi {
  return (bidi ??= bidiFactory());
}

/** A paragraph's direction when it holds right-to-left text (from its first strong character), else undefined. */
export function findDirection(texts: readonly string[]): 'ltr' | 'rtl' | undefined {
  if (!texts.some((text) => RTL.test(text))) return undefined;
  const full = texts.join('');
  return loadBidi().getEmbeddingLevels(full).paragraphs[0]?.level === 1 ? 'rtl' : 'ltr';
}

/** A piece of one of a line's texts, in the order it is drawn. */
export interface VisualPiece {
  /** Which of the line's texts it comes from. */
  index: number;
  /** Its characters in logical order; brackets mirrored when right to left. */
  text: string;
  rtl: boolean;
}

/** A line's texts (in logical order, in a paragraph of `direction`) as pieces in visual order, left to right. */
export function orderLine(texts: readonly string[], direction: 'ltr' | 'rtl'): VisualPiece[] {
  const full = texts.join('');
  const owner = new Uint16Array(full.length);
  let at = 0;
  texts.forEach((text, i) => owner.fill(i, at, (at += text.length)));
  const engine = loadBidi();
  const levels = engine.getEmbeddingLevels(full, direction);
  const mirrored = engine.getMirroredCharactersMap(full, levels.levels);
  const pieces: VisualPiece[] = [];
  let low = -1;
  let high = -1;
  let rtl = false;
  const finish = () => {
    if (low < 0) return;
    let text = '';
    for (let i = low; i <= high; i++) text += mirrored.get(i) ?? full[i];
    pieces.push({ index: owner[low]!, text, rtl });
  };
  let previous = -2;
  for (const i of engine.getReorderedIndices(full, levels)) {
    const odd = (levels.levels[i]! & 1) === 1;
    const follows = owner[i] === owner[previous] && odd === rtl && i === previous + (rtl ? -1 : 1);
    if (!follows) {
      finish();
      low = high = i;
      rtl = odd;
    } else if (rtl) low = i;
    else high = i;
    previous = i;
  }
  finish();
  return pieces;
}
