// A theme's accent colour, turned into every accent role of every scheme.
// The light scheme uses the colour as given, so it must be legible there
// (checkAccent refuses it otherwise, with a darker colour that is); the dark
// and print schemes get a variant of the same hue made to pass on their own
// surfaces. Without an accent the hand-picked palettes of tokens.ts stay as
// they are, to the byte.
import { fromHsl, measureContrast, shiftLightness, toHsl, type Hsl } from './colour.js';
import { palettes, type Palette } from './tokens.js';

/** The roles an accent colour sets; every other colour of a palette stays. */
export type AccentRole = 'accent' | 'accentHover' | 'onAccent' | 'accentSoft' | 'accentLine' | 'focus';

type AccentRoles = Pick<Palette, AccentRole>;

/** The palettes of the three schemes. */
export type Palettes = Record<'light' | 'dark' | 'print', Palette>;

/**
 * What each accent role must reach against what, in every scheme: 4.5:1 for
 * text (WCAG 2.2 AA), 3:1 for graphics and focus rings. The derivation is
 * made to meet these, and the tests hold every derived palette to them.
 */
export const accentRequirements: readonly { fg: keyof Palette; bg: keyof Palette; ratio: number }[] = [
  { fg: 'accent', bg: 'surface', ratio: 4.5 },
  { fg: 'accent', bg: 'bg', ratio: 4.5 },
  { fg: 'accent', bg: 'accentSoft', ratio: 4.5 },
  { fg: 'accentHover', bg: 'surface', ratio: 4.5 },
  { fg: 'onAccent', bg: 'accent', ratio: 4.5 },
  { fg: 'onAccent', bg: 'accentHover', ratio: 4.5 },
  { fg: 'accent', bg: 'track', ratio: 3 },
  { fg: 'focus', bg: 'surface', ratio: 3 },
  { fg: 'focus', bg: 'bg', ratio: 3 },
];

/** How far dark-scheme and printed accents go beyond the minimum, as the hand-picked ones do (7.7:1 and 10:1). */
const DARK_ACCENT_RATIO = 7;
const PRINT_ACCENT_RATIO = 7;

const at = (hsl: Hsl, l: number, saturation = 1) => ({ h: hsl.h, s: hsl.s * saturation, l });

/** A background tint of the hue, from `l` lighter (or darker) until the accent reads on it at 4.5:1. */
function tintFor(accent: string, hsl: Hsl, l: number, saturation: number, direction: 'lighter' | 'darker'): string {
  return shiftLightness(at(hsl, l, saturation), direction, (hex) => measureContrast(accent, hex) >= 4.5);
}

/** The light scheme's roles: the accent as given, white on it. */
function deriveLight(accent: string): AccentRoles {
  const hsl = toHsl(accent);
  const white = palettes.light.surface;
  // Hover is a step darker; a near-black accent has no darker step, so it lightens while white still reads on it.
  const hover = hsl.l >= 0.15 ? at(hsl, hsl.l - 0.09) : at(hsl, hsl.l + 0.12);
  return {
    accent,
    accentHover: shiftLightness(hover, 'darker', (hex) => measureContrast(hex, white) >= 4.5),
    onAccent: white,
    accentSoft: tintFor(accent, hsl, 0.95, 1, 'lighter'),
    accentLine: fromHsl(at(hsl, 0.85)),
    focus: accent,
  };
}

/** The dark scheme's roles: the hue lightened until it reads on the dark surface as well as the hand-picked one does. */
function deriveDark(accent: string): AccentRoles {
  const dark = palettes.dark;
  const hsl = toHsl(accent);
  const own = shiftLightness(hsl, 'lighter', (hex) => measureContrast(hex, dark.surface) >= DARK_ACCENT_RATIO);
  const ownHsl = toHsl(own);
  return {
    accent: own,
    accentHover: fromHsl(at(ownHsl, Math.min(0.95, ownHsl.l + 0.08))),
    onAccent: dark.bg,
    accentSoft: tintFor(own, ownHsl, 0.2, 0.4, 'darker'),
    accentLine: fromHsl(at(ownHsl, 0.34, 0.35)),
    focus: own,
  };
}

/** Print's roles: the hue darkened to a strong ink on white paper, with the light scheme's hover and focus. */
function derivePrint(accent: string, light: AccentRoles): AccentRoles {
  const white = palettes.print.surface;
  const ink = shiftLightness(toHsl(accent), 'darker', (hex) => measureContrast(hex, white) >= PRINT_ACCENT_RATIO);
  const inkHsl = toHsl(ink);
  return { ...light, accent: ink, accentSoft: tintFor(ink, inkHsl, 0.94, 1, 'lighter'), accentLine: fromHsl(at(inkHsl, 0.84)) };
}

/** The palettes of a theme: tokens.ts's own without an accent, else theirs with every accent role derived from it. */
export function makePalettes(accent?: string): Palettes {
  if (!accent) return palettes;
  const light = deriveLight(accent);
  return {
    light: { ...palettes.light, ...light },
    dark: { ...palettes.dark, ...deriveDark(accent) },
    print: { ...palettes.print, ...derivePrint(accent, light) },
  };
}

/** Why an accent cannot be used as the light scheme's link and text colour. */
export interface AccentProblem {
  /** Its contrast where it falls short. */
  ratio: number;
  /** What it was measured on: white, or the page's background. */
  on: 'white' | 'background';
  background: string;
  /** The nearest colour of the same hue, darker, that passes. */
  suggestion: string;
}

/** The first light-scheme requirement an accent misses, if any. */
function findShortfall(accent: string): Omit<AccentProblem, 'suggestion'> | undefined {
  const { surface, bg } = palettes.light;
  for (const [on, background] of [['white', surface], ['background', bg]] as const) {
    const ratio = measureContrast(accent, background);
    if (ratio < 4.5) return { ratio, on, background };
  }
  return undefined;
}

/**
 * Checks that an accent (`#rrggbb`) reads as text where the light scheme
 * sets it, on white and on the page background, at 4.5:1; its tint is made
 * light enough to follow. Returns the shortfall with a suggestion, or
 * undefined when it passes.
 */
export function checkAccent(accent: string): AccentProblem | undefined {
  const shortfall = findShortfall(accent);
  if (!shortfall) return undefined;
  return { ...shortfall, suggestion: shiftLightness(toHsl(accent), 'darker', (hex) => !findShortfall(hex)) };
}
