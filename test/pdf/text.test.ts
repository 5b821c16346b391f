import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFont, measureText } from '../../src/pdf/layout/fonts.js';
import { detectCjkFamily, REPLACEMENT, splitFontRuns } from '../../src/pdf/layout/font-runs.js';
import { shapeWords } from '../../src/pdf/layout/shape-text.js';
import { layoutText } from '../../src/pdf/layout/text-layout.js';
import type { TextStyle } from '../../src/pdf/layout/theme.js';
import { pinPdfDate } from '../../src/pdf/pdf-jobs.js';
import { makeWords } from '../../src/words/words.js';
import { makeLatinPlan } from './fixtures.js';

const body: TextStyle = { face: 'regular', size: 10, color: '#000000' };

describe('splitFontRuns', () => {
  it('keeps Latin with every diacritic, Greek and Cyrillic in the main font', () => {
    expect(splitFontRuns('Nguyễn Thị Hương, Ελένη, Дмитрий, García, Łódź', 'regular')).toEqual([
      { font: 'latin-regular', text: 'Nguyễn Thị Hương, Ελένη, Дмитрий, García, Łódź' },
    ]);
  });

  it('composes combining marks before choosing (NFC)', () => {
    expect(splitFontRuns('Thi\u0323', 'regular')).toEqual([{ font: 'latin-regular', text: 'Thị' }]);
  });

  it('puts CJK in a CJK font, chosen by the script around it', () => {
    expect(splitFontRuns('王小明 (Wang)', 'bold')).toEqual([
      { font: 'sc-bold', text: '王小明 ' },
      { font: 'latin-bold', text: '(Wang)' },
    ]);
    expect(splitFontRuns('山田 花子です', 'regular')).toEqual([{ font: 'jp-regular', text: '山田 花子です' }]);
    expect(splitFontRuns('김민준 팀장', 'italic')).toEqual([{ font: 'kr-regular', text: '김민준 팀장' }]);
    expect(splitFontRuns('山田', 'regular', 'jp')).toEqual([{ font: 'jp-regular', text: '山田' }]);
  });

  it('puts emoji (joined sequences, flags and skin tones whole) in the emoji font, keeping the text around', () => {
    expect(splitFontRuns('Go 🚀 team 👩‍💻 ok 🇪🇸 👍🏽', 'bold')).toEqual([
      { font: 'latin-bold', text: 'Go ' },
      { font: 'emoji-bold', text: '🚀' },
      { font: 'latin-bold', text: ' team ' },
      { font: 'emoji-bold', text: '👩‍💻' },
      { font: 'latin-bold', text: ' ok ' },
      { font: 'emoji-bold', text: '🇪🇸' },
      { font: 'latin-bold', text: ' ' },
      { font: 'emoji-bold', text: '👍🏽' },
    ]);
  });

  it.each([
    ['Arabic', 'محمد علي', 'arabic-regular'],
    ['Hebrew', 'דוד כהן', 'hebrew-regular'],
    ['Thai', 'สมชาย ใจดี', 'thai-regular'],
    ['Georgian', 'ნინო ბერიძე', 'georgian-regular'],
    ['Armenian', 'Արամ Պետրոսյան', 'armenian-regular'],
  ])('puts %s in its own font', (_, text, font) => {
    expect(splitFontRuns(text, 'italic')).toEqual([{ font, text }]);
  });

  it('replaces each character no font has with U+FFFD (a joined sequence as one), keeping the text around', () => {
    // Mongolian and Syriac: scripts no font of Planfolio's draws.
    expect(splitFontRuns('Go \u{10FFFD} and \u1820\u0710', 'regular').map((r) => r.text).join('')).toBe(`Go ${REPLACEMENT} and ${REPLACEMENT}${REPLACEMENT}`);
  });

  it('drops control characters and turns tabs into spaces', () => {
    expect(splitFontRuns('a\tb\u0007c\u00e9', 'regular').map((r) => r.text).join('')).toBe('a bcé');
  });

  it('tells the CJK family of a text', () => {
    expect(detectCjkFamily('数据工程')).toBe('sc');
    expect(detectCjkFamily('山田 ひらがな')).toBe('jp');
    expect(detectCjkFamily('김민준')).toBe('kr');
    expect(detectCjkFamily('plain')).toBe('sc');
  });
});

describe('layoutText', () => {
  it('wraps within the width and measures the height', () => {
    const text = 'Complete the Spark fundamentals course and then build one pipeline from raw events to a tested table';
    const block = layoutText([{ text, style: body }], 150);
    expect(block.lines.length).toBeGreaterThan(2);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(block.lines.reduce((sum, line) => sum + line.height, 0)).toBeCloseTo(block.lines.length * 10 * 1.4);
    expect(block.lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')).toBe(text);
  });

  it('cuts a word longer than the line and breaks at newlines', () => {
    const block = layoutText([{ text: `https://example.org/${'a'.repeat(80)}\nnext`, style: body }], 100);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(100.01);
    expect(block.lines.at(-1)!.runs[0]!.text).toBe('next');
  });

  it('breaks CJK text between characters', () => {
    const block = layoutText([{ text: '带领数据平台团队完成迁移带领数据平台团队完成迁移', style: body }], 60);
    expect(block.lines.length).toBeGreaterThan(3);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(60.01);
  });

  it('keeps styles per run on one line', () => {
    const block = layoutText(
      [
        { text: 'plain ', style: body },
        { text: 'bold', style: { ...body, face: 'semibold' } },
      ],
      500,
    );
    expect(block.lines[0]!.runs.map((r) => [r.font, r.text])).toEqual([
      ['latin-regular', 'plain '],
      ['latin-semibold', 'bold'],
    ]);
    expect(block.lines[0]!.runs[1]!.x).toBeCloseTo(measureText('latin-regular', 'plain ', 10));
  });
});

describe('shapeWords', () => {
  it('gives every glyph the characters it stands for, so text copies out whole', () => {
    for (const word of ['Nguyễn', 'Hương', 'Yılmaz', 'Παπαδοπούλου', 'Дмитрий', 'office', 'Łódź', 'ﬁnal']) {
      const glyphs = shapeWords('latin-regular', word).flat();
      expect(String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints)), word).toBe(word);
    }
  });

  it('spells a ligature by the letters it was drawn for, even after the same glyph was drawn for the ligature character', () => {
    // Noto Sans draws "ﬁ" (U+FB01) and the ligature of "f" and "i" with one glyph: fontkit stamps it with
    // whichever it met first in the process, and a plan's "fi" copied out of its PDF as "ﬁ".
    for (const [first, then] of [['ﬁordland', 'fiordland'], ['ﬂowchart', 'flowcharts'], ['µmeter', 'μmeters']]) {
      shapeWords('latin-regular', first!);
      const glyphs = shapeWords('latin-regular', then!).flat();
      expect(String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints)), then).toBe(then);
    }
  });

  it('names a glyph first met inside another one by its own character', () => {
    // In Noto Sans, "í" is drawn from the dotless "ı" and an accent: writing a
    // subset with "í" first makes fontkit's "ı" glyph with no characters at all.
    const font = loadFont('latin-boldItalic');
    const subset = font.createSubset();
    subset.includeGlyph(font.glyphForCodePoint(0xed));
    subset.encode();
    const glyphs = shapeWords('latin-boldItalic', 'Yılmaz').flat();
    expect(String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints))).toBe('Yılmaz');
  });

  it('shapes a word once per process', () => {
    expect(shapeWords('latin-bold', 'Career')[0]).toBe(shapeWords('latin-bold', 'Career')[0]);
  });
});

describe('dates', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('shows days and months without any time zone', () => {
    const words = makeWords('en');
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      // Stubbed, so it is undone after the test: a PDF test sharing this worker's process reads dates through pdfinfo, which follows TZ.
      vi.stubEnv('TZ', tz);
      expect(words.date('2027-01-31')).toBe('31 Jan 2027');
      expect(words.date('2026-01-01')).toBe('1 Jan 2026');
      expect(words.date('2027-12')).toBe('Dec 2027');
    }
    expect(words.span('2026-01', '2027-01-31')).toBe('Jan 2026 – 31 Jan 2027');
    expect(words.span(undefined, '2027-06')).toBe('Due Jun 2027');
    expect(words.horizon({ text: '5 years', kind: 'years', amount: 5 }, '2031-01-12')).toBe('5 years (to Jan 2031)');
    expect(words.horizon({ text: '2030-06', kind: 'date', date: '2030-06' })).toBe('By Jun 2030');
  });

  it('pins the PDF date: SOURCE_DATE_EPOCH, then the last commit, then the last review or creation at 00:00 UTC', () => {
    const plan = makeLatinPlan();
    vi.stubEnv('SOURCE_DATE_EPOCH', '86400');
    expect(pinPdfDate([plan], () => '2020-01-01').toISOString()).toBe('1970-01-02T00:00:00.000Z');
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(pinPdfDate([plan], () => '2020-01-01').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(pinPdfDate([plan], () => '2021-05-06T07:08:09Z').toISOString()).toBe('2021-05-06T00:00:00.000Z');
    expect(pinPdfDate([plan]).toISOString()).toBe('2026-06-30T00:00:00.000Z');
    // A portfolio: the latest of its plans' days.
    expect(pinPdfDate([plan, makeLatinPlan()], (p) => (p === plan ? '2027-02-03' : undefined)).toISOString()).toBe('2027-02-03T00:00:00.000Z');
  });
});
