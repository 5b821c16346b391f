// The PDF's look, made from the one set of design tokens (src/theme/tokens.ts):
// print colours, sizes as type-scale steps times the PDF body size, spacing
// and radii in the same unit. Nothing here picks a colour or size of its own,
// so a printed plan and its page cannot drift apart.
import { lineHeight as bodyLineHeight, palettes, pdfBase, radius, space, typeScale, type Tone } from '../../theme/tokens.js';
import type { Face } from './fonts.js';

/** The paper sizes a PDF can be made on. */
export type PageSize = 'A4' | 'LETTER';

/** Page width and height in PDF points (1/72 inch). */
export const pageSizes: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** The print palette: white paper, darker inks. */
export const colors = palettes.print;

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

/** The colours of each tone: text on paper, a soft background, and a solid fill for graphics. */
export const tones: Record<Tone, { text: string; soft: string; fill: string }> = {
  good: { text: colors.good, soft: colors.goodSoft, fill: colors.goodFill },
  warn: { text: colors.warn, soft: colors.warnSoft, fill: colors.warnFill },
  bad: { text: colors.bad, soft: colors.badSoft, fill: colors.bad },
  neutral: { text: colors.neutral, soft: colors.neutralSoft, fill: colors.borderStrong },
  accent: { text: colors.accent, soft: colors.accentSoft, fill: colors.accent },
};

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
