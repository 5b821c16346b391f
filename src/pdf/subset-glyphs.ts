// Which glyphs a Latin font subset holds beyond those a plan uses, so that
// subsets repeat from PDF to PDF and can be made once (font-subsets.ts):
// every subset starts with the base glyphs, and the first letter a plan uses
// from a block below brings in the whole block, so two plans that both use,
// say, some Polish letters embed the same subset rather than one each.

const range = (from: number, to: number, skip: number[] = []): string =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((c) => !skip.includes(c))
    .map((c) => String.fromCodePoint(c))
    .join(' ');

/**
 * The glyphs every Latin subset starts with: printable ASCII, the ligatures
 * shaping makes of it, and the punctuation plans and Planfolio's own labels
 * use most.
 */
export const BASE_TEXT = [
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join(''),
  'ff fi fl ffi ffl',
  '‘ ’ “ ” – — … • · × é',
].join(' ');

/** Blocks of letters added whole: accented Latin, Vietnamese, Greek and Cyrillic. */
const BLOCKS: { from: number; to: number; text: string }[] = [
  { from: 0x00c0, to: 0x00ff, text: range(0xc0, 0xff, [0xd7, 0xf7]) },
  { from: 0x0100, to: 0x017f, text: range(0x100, 0x17f) },
  { from: 0x1ea0, to: 0x1ef9, text: range(0x1ea0, 0x1ef9) },
  { from: 0x0386, to: 0x03ce, text: range(0x386, 0x3ce, [0x387, 0x38b, 0x38d, 0x3a2]) },
  { from: 0x0400, to: 0x045f, text: range(0x400, 0x45f) },
];

/** The letters of the block a code point belongs to (index and text), if it is one of the blocks added whole. */
export function findGlyphBlock(codePoint: number): { index: number; text: string } | undefined {
  const index = BLOCKS.findIndex((block) => codePoint >= block.from && codePoint <= block.to);
  return index < 0 ? undefined : { index, text: BLOCKS[index]!.text };
}
