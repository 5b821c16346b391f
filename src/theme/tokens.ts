// The one source of Planfolio's look: colours for the light and dark screen
// schemes and for print (which the PDFs use), the type scale, spacing and
// radii. The site's CSS custom properties are written from it (tokens-css.ts)
// and the PDF theme reads it (src/pdf/layout/theme.ts), so the two cannot drift.
// Every text colour meets WCAG 2.2 AA (4.5:1) on its surfaces, every graphic 3:1.

/** Light scheme; ratios against `surface` (#fff). */
const light = {
  bg: '#f6f7f9',
  surface: '#ffffff',
  surface2: '#f0f2f5',
  text: '#1b1f26', // 16.5:1
  muted: '#555e6b', // 6.6:1; 5.9:1 on surface2
  /** Decorative lines only. */
  border: '#dde1e7',
  /** Outlines and small labels that carry meaning (3:1). */
  borderStrong: '#8a93a0', // 3.1:1
  accent: '#3350b8', // 7.1:1; 5.7:1 on track
  accentHover: '#263f96',
  onAccent: '#ffffff', // 7.1:1 on accent
  accentSoft: '#e8edfb', // accent on it: 6.0:1
  /** Rules drawn in the accent's family, under headings. */
  accentLine: '#c3cdee',
  track: '#e4e7ec',
  focus: '#3350b8',
  good: '#1c6e3f', // 6.3:1; 5.4:1 on goodSoft
  goodSoft: '#e2f3e8',
  goodFill: '#2f8a55', // graphic: 4.3:1
  warn: '#8a5300', // 6.3:1; 5.6:1 on warnSoft
  warnSoft: '#fbefd6',
  warnFill: '#b87a12', // graphic: 3.6:1
  bad: '#b3261e', // 6.5:1; 5.6:1 on badSoft
  badSoft: '#fce8e6',
  neutral: '#4d5562', // 6.5:1 on neutralSoft
  neutralSoft: '#eceef2',
  /** Inline code and code blocks. */
  code: '#7a2f52', // 8.9:1; 8.0:1 on surface2
};

/** The colours of one scheme, by role. Keys become CSS custom properties (`accentSoft` -> `--accent-soft`). */
export type Palette = typeof light;

/** Dark scheme; ratios against `surface` (#171b21). */
const dark: Palette = {
  bg: '#0f1216',
  surface: '#171b21',
  surface2: '#1e232a',
  text: '#e6e9ee', // 14.2:1
  muted: '#a4adba', // 7.6:1; 7.0:1 on surface2
  border: '#2c333d',
  borderStrong: '#6b7482', // 3.7:1
  accent: '#93a9ff', // 7.7:1; 5.7:1 on track
  accentHover: '#b4c4ff',
  onAccent: '#0f1216', // 8.4:1 on accent
  accentSoft: '#232c4a', // accent on it: 6.1:1
  accentLine: '#3a4775',
  track: '#2c333d',
  focus: '#93a9ff',
  good: '#7ed7a0', // 10.0:1; 8.2:1 on goodSoft
  goodSoft: '#16301f',
  goodFill: '#5cc283',
  warn: '#f0c062', // 10.2:1; 8.5:1 on warnSoft
  warnSoft: '#352813',
  warnFill: '#e0a83e',
  bad: '#ff9b91', // 8.5:1; 7.7:1 on badSoft
  badSoft: '#3a1a18',
  neutral: '#c0c7d2', // 8.3:1 on neutralSoft
  neutralSoft: '#262c35',
  code: '#f0a6c8', // 8.6:1
};

/** Print (printed pages and the PDFs): white paper, darker inks. */
const print: Palette = {
  ...light,
  bg: '#ffffff',
  surface: '#ffffff',
  surface2: '#f3f4f6',
  muted: '#454d59', // 8.6:1
  border: '#c9ced6',
  borderStrong: '#666d78', // 5.6:1: small labels
  accent: '#1f3a99', // 10.0:1
  accentSoft: '#e6eaf7',
  accentLine: '#bfc9ea',
  track: '#e3e5e9',
  good: '#145a31', // 8.4:1
  warn: '#6b4100', // 9.2:1
  bad: '#9c1c15', // 8.3:1
};

/** The colours of each scheme. */
export const palettes = { light, dark, print } as const;

/**
 * The type scale, as multiples of the body size (1rem on screen, `pdfBase`
 * points in a PDF). Steps 3 and 4 grow with the window on screen, from
 * their `fluid` value up to the scale's.
 */
export const typeScale = { '-2': 0.78, '-1': 0.875, '0': 1, '1': 1.125, '2': 1.375, '3': 1.875, '4': 2.2 } as const;
export const fluidType = { '3': 'clamp(1.5rem, 1.2rem + 1.2vw, 1.875rem)', '4': 'clamp(1.75rem, 1.3rem + 2vw, 2.2rem)' } as const;

/** Spacing steps 1 to 7, in multiples of the body size. */
export const space = [0.25, 0.5, 0.75, 1, 1.5, 2, 3] as const;

/** Corner radii, in multiples of the body size. */
export const radius = { large: 0.75, small: 0.5 } as const;

/** The body size of a PDF, in points; every size there is a multiple of it. */
export const pdfBase = 9.5;

/** Line height of body text, as a multiple of its size. */
export const lineHeight = 1.4;

/** Shadows on screen (none in print). */
export const shadows = {
  light: { shadow: '0 1px 2px rgb(16 24 40 / 0.05), 0 1px 3px rgb(16 24 40 / 0.06)', shadowRaised: '0 4px 12px rgb(16 24 40 / 0.08)' },
  dark: { shadow: '0 1px 2px rgb(0 0 0 / 0.4)', shadowRaised: '0 4px 14px rgb(0 0 0 / 0.45)' },
  print: { shadow: 'none', shadowRaised: 'none' },
} as const;

/** How a value of the plan format is coloured, by meaning; the word always carries the meaning too. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'accent';

const tones: Record<string, Tone> = {
  done: 'good', achieved: 'good', accepted: 'good', yes: 'good',
  'in-progress': 'accent', active: 'accent', applied: 'accent',
  considering: 'warn', partly: 'warn', draft: 'warn',
  missed: 'bad', no: 'bad', overdue: 'bad',
};

/** The tone of a status, state, decision or answer. */
export function toneOf(value: string): Tone {
  return tones[value] ?? 'neutral';
}
