import { describe, expect, it } from 'vitest';
import { palettes, type Palette } from '../../src/theme/tokens.js';

/** WCAG 2.2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Role = keyof Palette;
// Text on the surfaces it is set on: 4.5:1 (WCAG 2.2 AA for body text).
const text: [Role, Role[]][] = [
  ['text', ['surface', 'bg', 'surface2']],
  ['muted', ['surface', 'bg', 'surface2']],
  ['accent', ['surface', 'bg', 'accentSoft', 'track']],
  ['onAccent', ['accent']],
  ['good', ['surface', 'goodSoft']],
  ['warn', ['surface', 'warnSoft']],
  ['bad', ['surface', 'badSoft']],
  ['neutral', ['surface', 'neutralSoft']],
  ['code', ['surface', 'surface2']],
];
// Outlines, bars and fills that carry meaning: 3:1 (WCAG 2.2 non-text contrast).
const graphics: [Role, Role[]][] = [
  ['borderStrong', ['surface']],
  ['goodFill', ['surface']],
  ['warnFill', ['surface']],
  ['focus', ['surface', 'bg']],
];

describe('design tokens', () => {
  for (const [scheme, palette] of Object.entries(palettes)) {
    it.each(text.flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const)))(`${scheme}: %s text on %s meets 4.5:1`, (fg, bg) => {
      expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(graphics.flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const)))(`${scheme}: %s on %s meets 3:1`, (fg, bg) => {
      expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
    });
  }
});
