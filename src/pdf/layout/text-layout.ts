// Lays out rich text (spans of one style each) into lines of a given width,
// without drawing. The same result is used to measure (so a step or a heading
// can be kept together before anything is drawn) and to draw. Breaks follow
// Unicode line breaking (UAX #14), so CJK text breaks between characters and
// Latin text at spaces; a word too long for the column is cut between
// characters as readers see them (graphemes). A line with right-to-left text
// is put in drawing order once it is broken (order-bidi.ts).
import LineBreaker from 'linebreak';
import { measureText, type CjkFamily, type FontKey, type LatinFamily } from './fonts.js';
import { splitFontRuns } from './font-runs.js';
import { findDirection, orderLine } from './order-bidi.js';
import { measureRun } from './shape-text.js';
import { lineHeight as defaultLineHeight, type TextStyle } from './theme.js';

/** Text in one style. */
export interface Span {
  text: string;
  style: TextStyle;
}

/** A piece of text in one font and style, and how wide it is; right to left when `rtl` (its text still in logical order). */
interface Atom {
  text: string;
  font: FontKey;
  style: TextStyle;
  width: number;
  rtl?: true;
}

/** A run of text on a line, at an x offset from the line start. */
export interface PlacedRun extends Atom {
  x: number;
}

/** One laid-out line. `baseline` is measured from the line's top. */
export interface Line {
  runs: PlacedRun[];
  width: number;
  height: number;
  baseline: number;
}

/** Laid-out text: its lines and the widest line. */
export interface LaidOutText {
  lines: Line[];
  width: number;
}

/** Options for laying out text. */
interface LayoutOptions {
  /** Line height as a multiple of the largest font size on the line. */
  lineHeight?: number;
  /** The CJK font to prefer for Han characters (see detectCjkFamily). */
  cjk?: CjkFamily;
  /** The family of Latin, Greek and Cyrillic text; default Noto Sans. */
  latin?: LatinFamily;
}

interface Segment {
  atoms: Atom[];
  /** Width without trailing spaces: what must fit on the line. */
  inkWidth: number;
  width: number;
  forceBreak: boolean;
}

// Short laid-out blocks by their text, styles, width and options: labels,
// pills, dates, headings and page numbers recur from page to page and plan to
// plan, and a plan lays out much of its text twice (to measure, then to
// draw). Long text is laid out afresh: it rarely recurs, and hashing it for
// the lookup costs about what laying it out does. Bounded, emptied when full.
const MAX_CACHED_BLOCKS = 5_000;
const MAX_CACHED_TEXT = 80;
const cachedBlocks = new Map<string, LaidOutText>();

/** The cache key of a layout: every input that can change the result (texts carry their length, so no text can fake a separator). */
function makeLayoutKey(spans: Span[], maxWidth: number, options: LayoutOptions): string {
  let key = `${maxWidth}|${options.cjk ?? ''}|${options.latin ?? ''}|${options.lineHeight ?? ''}`;
  for (const { text, style } of spans) {
    key += `|${style.face}|${style.size}|${style.color}|${style.code ? 1 : 0}|${style.link?.length ?? -1}:${style.link ?? ''}|${text.length}:${text}`;
  }
  return key;
}

/**
 * Lays out spans into lines no wider than `maxWidth` points. The block may
 * be shared with other callers that laid out the same text: read it, never
 * change it.
 */
export function layoutText(spans: Span[], maxWidth: number, options: LayoutOptions = {}): LaidOutText {
  let length = 0;
  for (const span of spans) length += span.text.length;
  if (length > MAX_CACHED_TEXT) return computeLayout(spans, maxWidth, options);
  const key = makeLayoutKey(spans, maxWidth, options);
  let block = cachedBlocks.get(key);
  if (!block) {
    block = computeLayout(spans, maxWidth, options);
    if (cachedBlocks.size >= MAX_CACHED_BLOCKS) cachedBlocks.clear();
    cachedBlocks.set(key, block);
  }
  return block;
}

function computeLayout(spans: Span[], maxWidth: number, options: LayoutOptions): LaidOutText {
  const factor = options.lineHeight ?? defaultLineHeight;
  const segments = makeSegments(spans, options.cjk ?? 'sc', options.latin ?? 'latin');
  const direction = findDirection(spans.map((span) => span.text));
  const lines: Line[] = [];
  let atoms: Atom[] = [];
  let x = 0;
  const finish = () => {
    lines.push(makeLine(atoms, factor, spans[0]?.style.size ?? 10, direction));
    atoms = [];
    x = 0;
  };
  for (const segment of segments) {
    if (x > 0 && x + segment.inkWidth > maxWidth) finish();
    if (segment.inkWidth > maxWidth) {
      // A word wider than the column (a long URL): cut it by characters.
      for (const piece of cutSegment(segment, maxWidth - x, maxWidth)) {
        if (x > 0 && x + piece.width > maxWidth) finish();
        atoms.push(piece);
        x += piece.width;
      }
    } else {
      atoms.push(...segment.atoms);
      x += segment.width;
    }
    if (segment.forceBreak) finish();
  }
  if (atoms.length > 0 || lines.length === 0) finish();
  return { lines, width: lines.reduce((widest, line) => Math.max(widest, line.width), 0) };
}

function makeSegments(spans: Span[], cjk: CjkFamily, latin: LatinFamily): Segment[] {
  const texts = spans.map((s) => (s.text.includes('\r') ? s.text.replace(/\r\n?/g, '\n') : s.text));
  const full = texts.join('');
  const segments: Segment[] = [];
  let last = 0;
  let spanIndex = 0;
  let spanEnd = texts[0]?.length ?? 0;
  for (const bk of findBreaks(full)) {
    const endsLine = isNewline(full.charCodeAt(bk.position - 1));
    const segment: Segment = { atoms: [], inkWidth: 0, width: 0, forceBreak: bk.required && endsLine };
    // Walk the spans this segment covers, cutting at span edges.
    while (last < bk.position) {
      while (spanIndex < spans.length - 1 && spanEnd <= last) spanEnd += texts[++spanIndex]!.length;
      const end = Math.min(spanEnd, bk.position);
      // A newline only ever ends a segment: drop it from the text to draw.
      const text = full.slice(last, end === bk.position && endsLine ? end - 1 : end);
      const style = spans[spanIndex]!.style;
      for (const run of splitFontRuns(text, style.face, cjk, latin)) {
        segment.atoms.push({ font: run.font, text: run.text, style, width: measureRun(run.font, run.text, style.size) });
      }
      last = end;
    }
    let width = 0;
    for (const atom of segment.atoms) width += atom.width;
    // Trailing spaces hang past the line end: only the ink must fit.
    let ink = width;
    for (let i = segment.atoms.length - 1; i >= 0; i--) {
      const atom = segment.atoms[i]!;
      let spaces = 0;
      while (spaces < atom.text.length && atom.text.charCodeAt(atom.text.length - 1 - spaces) === 32) spaces++;
      ink -= spaces * measureText(atom.font, ' ', 1) * atom.style.size;
      if (spaces < atom.text.length) break;
    }
    segment.inkWidth = ink;
    segment.width = width;
    segments.push(segment);
  }
  return segments;
}

function isNewline(code: number): boolean {
  return code === 10 || code === 0x2028 || code === 0x2029;
}

// Alphabetic scripts written with spaces (Latin, Greek, Cyrillic) and their
// punctuation: for these, a line may break after spaces, after a dash, and
// must break at a newline. Anything else goes through full UAX #14.
const SPACED = /^[\n\u0020-\u02ff\u0370-\u052f\u1e00-\u1fff\u2000-\u206f]*$/;

/** Where lines may break in a text: positions before which a line can start. */
function findBreaks(text: string): { position: number; required: boolean }[] {
  const breaks: { position: number; required: boolean }[] = [];
  if (!SPACED.test(text)) {
    const breaker = new LineBreaker(text);
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) breaks.push(bk);
    return breaks;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (ch === 10) breaks.push({ position: i + 1, required: true });
    else if (ch === 32 && next !== 32) breaks.push({ position: i + 1, required: false });
    // After a hyphen or dash inside a word ("end-to-end", "2026–2027").
    else if ((ch === 45 || ch === 0x2013 || ch === 0x2014) && next > 32 && i > 0 && text.charCodeAt(i - 1) > 32) {
      breaks.push({ position: i + 1, required: false });
    }
  }
  if (breaks[breaks.length - 1]?.position !== text.length) breaks.push({ position: text.length, required: true });
  return breaks;
}

let graphemes: Intl.Segmenter | undefined;

/** A text's graphemes: a letter with its marks, an emoji sequence, a flag. */
function* splitGraphemes(text: string): Generator<string> {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) yield segment;
}

// Cuts a too-wide segment into atoms of whole graphemes, the first filling
// what is left of the current line.
function cutSegment(segment: Segment, firstRoom: number, maxWidth: number): Atom[] {
  const out: Atom[] = [];
  let room = firstRoom > maxWidth * 0.25 ? firstRoom : maxWidth;
  for (const atom of segment.atoms) {
    let piece = '';
    let width = 0;
    for (const ch of splitGraphemes(atom.text)) {
      const w = measureRun(atom.font, ch, atom.style.size);
      if (piece && width + w > room) {
        out.push({ ...atom, text: piece, width: measureRun(atom.font, piece, atom.style.size) });
        piece = '';
        width = 0;
        room = maxWidth;
      }
      piece += ch;
      width += w;
    }
    if (piece) {
      width = measureRun(atom.font, piece, atom.style.size);
      out.push({ ...atom, text: piece, width });
      room -= width;
    }
  }
  return out;
}

function makeLine(logical: Atom[], factor: number, fallbackSize: number, direction: 'ltr' | 'rtl' | undefined): Line {
  // Trailing spaces neither count towards the width nor get drawn.
  while (logical.length > 0) {
    const tail = logical[logical.length - 1]!;
    const trimmed = tail.text.replace(/ +$/, '');
    if (trimmed === tail.text) break;
    if (trimmed) logical[logical.length - 1] = { ...tail, text: trimmed, width: measureRun(tail.font, trimmed, tail.style.size) };
    else logical.pop();
  }
  const atoms = direction ? orderAtoms(logical, direction) : logical;
  const runs: PlacedRun[] = [];
  let x = 0;
  let size = 0;
  for (const atom of atoms) {
    size = Math.max(size, atom.style.size);
    const prev = runs[runs.length - 1];
    if (prev && prev.font === atom.font && prev.style === atom.style && prev.rtl === atom.rtl) {
      // Right to left, the run on the left comes later in the text.
      prev.text = atom.rtl ? atom.text + prev.text : prev.text + atom.text;
      prev.width += atom.width;
    } else {
      runs.push({ x, width: atom.width, text: atom.text, font: atom.font, style: atom.style, ...(atom.rtl ? { rtl: true as const } : {}) });
    }
    x += atom.width;
  }
  if (size === 0) size = fallbackSize;
  const height = size * factor;
  // Capitals sit in the middle of the line box, whatever the font's metrics.
  return { runs, width: x, height, baseline: height / 2 + size * 0.36 };
}

/** A line's atoms in drawing order, left to right, cut where the direction changes. */
function orderAtoms(atoms: Atom[], direction: 'ltr' | 'rtl'): Atom[] {
  return orderLine(atoms.map((atom) => atom.text), direction).map(({ index, text, rtl }) => {
    const atom = atoms[index]!;
    const width = text === atom.text ? atom.width : measureRun(atom.font, text, atom.style.size);
    return rtl ? { ...atom, text, width, rtl: true } : { ...atom, text, width };
  });
}
