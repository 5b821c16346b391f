// One place for the look of every PDF, so the pieces that draw stay in step.

/** The paper sizes a PDF can be made on. */
export type PageSize = 'A4' | 'LETTER';

/** Page width and height in PDF points (1/72 inch). */
export const pageSizes: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** Margins in points; the bottom one leaves room for the running footer. */
export const margins = { top: 54, bottom: 64, left: 56, right: 56 };

/**
 * Colours: near-black text, greys for what is secondary, and one restrained
 * accent; the status colours are muted so a printed page stays calm.
 */
export const colors = {
  text: '#1f2933',
  muted: '#5f6b7a',
  faint: '#8a94a3',
  rule: '#d5dbe3',
  fill: '#f2f5f8',
  accent: '#1d5a8c',
  accentLight: '#cfe0ee',
  accentPale: '#eaf2f8',
  good: '#2f7d4f',
  goodLight: '#dcefe3',
  warn: '#a15c07',
  warnLight: '#f8ecd8',
  bad: '#b23b3b',
  badLight: '#f6dede',
  neutral: '#5f6b7a',
  neutralLight: '#e8ecf0',
  code: '#7a2f52',
} as const;

/** Font sizes in points, from the title down to the footer. */
export const sizes = {
  kicker: 8,
  title: 21,
  subtitle: 11.5,
  section: 13,
  goalTitle: 11.5,
  body: 9.5,
  small: 8.3,
  tiny: 7.4,
  footer: 7.5,
  markdownH1: 12.5,
  markdownH2: 11.3,
  markdownH3: 10.2,
} as const;

/** Line height as a multiple of the font size. */
export const lineHeight = 1.38;

/** Vertical rhythm in points. */
export const spacing = {
  /** Before a section heading. */
  section: 20,
  /** Between the blocks of a section. */
  block: 9,
  /** Between items of a list or rows of a table. */
  item: 4,
  /** Below a section heading's rule. */
  afterHeading: 9,
} as const;
