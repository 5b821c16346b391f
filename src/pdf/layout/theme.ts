// The PDF's look, made from the one set of design tokens (src/theme/tokens.ts):
// print colours, sizes as type-scale steps times the PDF body size, spacing
// and radii in the same unit. Nothing here picks a colour or size of its own,
// so a printed plan and its page cannot drift apart. What a configured theme
// changes (the accent's inks, the Latin family, a logo) is a PdfTheme that
// each PDF is made with and hands down; the rest is fixed here.
import { readFileSync } from 'node:fs';
import { makePalettes, type AccentRole } from '../../theme/accent-theme.js';
import type { ThemeSettings } from '../../theme/theme-settings.js';
import { lineHeight as bodyLineHeight, palettes, pdfBase, radius, space, typeScale, type Palette, type Tone } from '../../theme/tokens.js';
import type { Face, LatinFamily } from './fonts.js';

/** The paper sizes a PDF can be made on. */
export type PageSize = 'A4' | 'LETTER';

/** Page width and height in PDF points (1/72 inch). */
export const pageSizes: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** The print palette's inks that no theme changes: white paper, text, borders, the tones but the accent's (those are a PdfTheme's). */
export const colors: Omit<Palette, AccentRole> = withoutAccent(palettes.print);

function withoutAccent(palette: Palette): Omit<Palette, AccentRole> {
  const { accent: _a, accentHover: _h, onAccent: _o, accentSoft: _s, accentLine: _l, focus: _f, ...inks } = palette;
  return inks;
}

const step = (s: keyof typeof typeScale) => typeScale[s] * pdfBase;

/** Font sizes in points, by role. */
export const sizes = {
  /** Labels, pills, footers. */
  tiny: step('-2'),
  small: step('-1'),
  body: step('0'),
  /** Owner line, goal titles, the vision, notes' top headings. */
  lead: step('1'),
  /** Section headings. */
  heading: step('2'),
  /** Big numbers on the portfolio cover. */
  display: step('3'),
  title: step('4'),
} as const;

/** Spacing steps 1 to 7 in points (`gap[3]` is one body size). */
export const gap = space.map((s) => s * pdfBase) as readonly number[];

/** Corner radii in points. */
export const radii = { small: radius.small * pdfBase } as const;

/** Line height of body text, as a multiple of its size. */
export const lineHeight = bodyLineHeight;

/** Page margins in points; the bottom one holds the running footer. */
export const margins = { top: 6 * pdfBase, bottom: 7 * pdfBase, left: 6 * pdfBase, right: 6 * pdfBase } as const;

/** How a span of text looks, and where it links to. */
export interface TextStyle {
  face: Face;
  size: number;
  color: string;
  /** A URL: the text becomes a clickable link. */
  link?: string;
  /** Inline code: drawn on a tinted background. */
  code?: boolean;
}

/** Text styles by role, so every section sets text alike. */
export const styles = {
  body: { face: 'regular', size: sizes.body, color: colors.text },
  strong: { face: 'semibold', size: sizes.body, color: colors.text },
  muted: { face: 'regular', size: sizes.small, color: colors.muted },
  small: { face: 'regular', size: sizes.small, color: colors.text },
  smallStrong: { face: 'semibold', size: sizes.small, color: colors.text },
  label: { face: 'semibold', size: sizes.tiny, color: colors.borderStrong },
  footer: { face: 'regular', size: sizes.tiny, color: colors.muted },
} satisfies Record<string, TextStyle>;

/** A tone's colours: text on paper, a soft background, and a solid fill for graphics. */
export interface ToneInks {
  text: string;
  soft: string;
  fill: string;
}

/** A logo as a PDF draws it: SVG source, or PNG or JPEG bytes. */
export type PdfLogo = { type: 'svg'; svg: string } | { type: 'png' | 'jpeg'; data: Buffer };

/** What a configured theme sets in a PDF. */
export interface PdfTheme {
  /** The accent: headings, kickers, links, list markers and bars. */
  accent: string;
  /** The accent's tint behind panels and the radar's target. */
  accentSoft: string;
  /** The accent's rule under section headings. */
  accentLine: string;
  /** The colours of each tone, the accent's among them. */
  tones: Record<Tone, ToneInks>;
  /** The family of Latin, Greek and Cyrillic text. */
  latin: LatinFamily;
  /** Drawn at the top of each plan's first page and of the portfolio's cover. */
  logo?: PdfLogo;
}

/** The PDF theme of a configured theme (Planfolio's own without one): print's accent of the same palettes as the site's. */
export function makePdfTheme(settings?: ThemeSettings): PdfTheme {
  const { accent, accentSoft, accentLine } = makePalettes(settings?.accent).print;
  const logo = settings?.logo;
  return {
    accent,
    accentSoft,
    accentLine,
    tones: {
      good: { text: colors.good, soft: colors.goodSoft, fill: colors.goodFill },
      warn: { text: colors.warn, soft: colors.warnSoft, fill: colors.warnFill },
      bad: { text: colors.bad, soft: colors.badSoft, fill: colors.bad },
      neutral: { text: colors.neutral, soft: colors.neutralSoft, fill: colors.borderStrong },
      accent: { text: accent, soft: accentSoft, fill: accent },
    },
    latin: settings?.font === 'serif' ? 'serif' : 'latin',
    ...(logo ? { logo: logo.type === 'svg' ? { type: 'svg', svg: readFileSync(logo.path, 'utf8') } : { type: logo.type, data: readFileSync(logo.path) } } : {}),
  };
}

/** Planfolio's own look: what a PDF is made with when no theme is configured. */
export const defaultPdfTheme = makePdfTheme();

/** How tall a logo is drawn, in points; as wide as that makes it, up to the text column. */
export const LOGO_HEIGHT = 2.5 * pdfBase;

/** Sizes of the small drawn things, in points. */
export const shapes = {
  /** A pill's height; its text is `sizes.tiny`. */
  pill: sizes.tiny * 1.7,
  pillPad: gap[1]!,
  bar: gap[1]!,
  /** One cell of a skill's level bar, and the gap between cells. */
  levelCell: { width: 12, height: 7, gap: 3 },
  check: sizes.body * 0.95,
  bullet: 1.6,
  /** Rules: hairlines between rows, the accent line under headings. */
  hairline: 0.4,
  rule: 0.6,
  accentRule: 0.8,
  /** Width of a coloured bar at a block's left (quotes, the vision). */
  sideBar: 2.5,
  /** The skills radar: how wide the chart is at most, its lines, and how much of what is under the level shows through (as on the site). */
  radar: { size: 150, level: 1, target: 0.8, levelOpacity: 0.55 },
} as const;

/** The width of a skill's five level cells. */
export const LEVELS_WIDTH = 5 * (shapes.levelCell.width + shapes.levelCell.gap) - shapes.levelCell.gap;

export type { Tone };
