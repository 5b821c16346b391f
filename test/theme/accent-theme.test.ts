import { describe, expect, it } from 'vitest';
import { accentRequirements, checkAccent, makePalettes } from '../../src/theme/accent-theme.js';
import { formatRatio, measureContrast, readHex } from '../../src/theme/colour.js';
import { renderTokensCss } from '../../src/theme/tokens-css.js';
import { palettes } from '../../src/theme/tokens.js';

/** Accents people may pick, from calm to extreme: each either passes as given or is refused with a suggestion. */
const ACCENTS = ['#0b7a5a', '#3350b8', '#c00000', '#ff0000', '#ffd400', '#88ccff', '#00ff00', '#0000ff', '#5a00ff', '#7a2f52', '#111111', '#000000', '#6b6b6b', '#767676', '#ffffff'];

/** Every requirement a scheme's palette misses, as "scheme: fg on bg ratio". */
function listShortfalls(accent: string): string[] {
  return Object.entries(makePalettes(accent)).flatMap(([scheme, palette]) =>
    accentRequirements
      .filter(({ fg, bg, ratio }) => measureContrast(palette[fg], palette[bg]) < ratio)
      .map(({ fg, bg }) => `${scheme}: ${fg} on ${bg} ${formatRatio(measureContrast(palette[fg], palette[bg]))}`),
  );
}

describe('colours from one accent', () => {
  it('measures contrast as WCAG 2.2 does', () => {
    expect(measureContrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(formatRatio(measureContrast('#767676', '#ffffff'))).toBe('4.5:1');
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(readHex('#0B7')).toBe('#00bb77');
  });

  it('keeps the hand-picked palettes, and so tokens.css, without an accent', () => {
    expect(makePalettes()).toBe(palettes);
    expect(renderTokensCss({ font: 'sans' })).toBe(renderTokensCss());
  });

  it.each(ACCENTS)('%s: every derived role of every scheme meets its ratio (the accent itself, or the suggestion for it)', (given) => {
    const problem = checkAccent(given);
    const accent = problem ? problem.suggestion : given;
    expect(checkAccent(accent)).toBeUndefined();
    expect(listShortfalls(accent)).toEqual([]);
    const { light, dark, print } = makePalettes(accent);
    expect(light.accent).toBe(accent);
    expect(measureContrast(dark.accent, dark.surface)).toBeGreaterThanOrEqual(7);
    expect(measureContrast(print.accent, print.surface)).toBeGreaterThanOrEqual(7);
  });

  it('refuses the accents too light for text on white and suggests the nearest darker one of the same hue', () => {
    const refused = ACCENTS.filter((a) => checkAccent(a)).map((a) => [a, formatRatio(checkAccent(a)!.ratio), checkAccent(a)!.suggestion]);
    expect(refused).toEqual([
      ['#ff0000', '3.9:1', '#e50000'],
      ['#ffd400', '1.4:1', '#877000'],
      ['#88ccff', '1.7:1', '#0074ca'],
      ['#00ff00', '1.3:1', '#008400'],
      ['#767676', '4.2:1', '#717171'],
      ['#ffffff', '1.0:1', '#717171'],
    ]);
  });

  it('derives the dark and print accents of the same hue, lighter and darker', () => {
    expect(makePalettes('#0b7a5a').dark).toMatchObject({ accent: '#11bc8a', onAccent: palettes.dark.bg });
    expect(makePalettes('#0b7a5a').print).toMatchObject({ accent: '#09654b', accentHover: makePalettes('#0b7a5a').light.accentHover });
    expect(makePalettes('#111111').dark.accent).toBe('#a5a5a5');
  });

  it('sets the site in a serif family with the same CJK and emoji fallbacks', () => {
    const font = (css: string) => /--font: (.*);/.exec(css)![1]!;
    const serif = font(renderTokensCss({ font: 'serif' }));
    expect(serif).toMatch(/^"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", "Hiragino Sans", .*"Noto Sans SC", serif, "Apple Color Emoji", "Segoe UI Emoji"$/);
    expect(font(renderTokensCss())).toMatch(/^system-ui, .*"Noto Sans SC", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"$/);
  });

  it('writes the derived colours of each scheme into tokens.css', () => {
    const css = renderTokensCss({ accent: '#0b7a5a', font: 'sans' });
    const light = css.slice(0, css.indexOf('@media screen'));
    const dark = css.slice(css.indexOf('@media screen'), css.indexOf('@media print'));
    const print = css.slice(css.indexOf('@media print'));
    expect(light).toContain('--accent: #0b7a5a;');
    expect(dark).toContain('--accent: #11bc8a;');
    expect(print).toContain('--accent: #09654b;');
    expect(css).not.toContain(palettes.light.accent);
  });
});
