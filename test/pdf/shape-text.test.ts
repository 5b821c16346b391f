// Numbers are put together from their digits' shapes only where that gives
// exactly what fontkit gives for the whole number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FontKey } from '../../src/pdf/fonts.js';
import { shapesDigitsAlone, shapeWithFontkit, shapeWords } from '../../src/pdf/shape-text.js';

const faces: FontKey[] = ['latin-regular', 'latin-italic', 'latin-semibold', 'latin-bold', 'latin-boldItalic', 'sc-regular', 'jp-regular', 'kr-regular'];

describe('shaping numbers', () => {
  it.each(faces)('composes numbers in %s exactly as fontkit shapes them', (face) => {
    expect(shapesDigitsAlone(face)).toBe(true);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,7}$/), (digits) => {
        expect(shapeWords(face, digits)).toStrictEqual([shapeWithFontkit(face, digits)]);
      }),
      { numRuns: 200 },
    );
    // A footer's words: a number between others.
    expect(shapeWords(face, 'Page 2400 of 4771')).toStrictEqual(
      ['Page', ' ', '2400', ' ', 'of', ' ', '4771'].map((word) => shapeWithFontkit(face, word)),
    );
  });
});
