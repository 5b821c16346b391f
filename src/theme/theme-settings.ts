// A portfolio's theme as its configuration sets it (`theme:` in
// planfolio.config): the accent colour, a logo and the type family. The
// site's tokens.css and the PDFs are both made from it, through tokens.ts.

/** The kinds of logo file a theme may name. */
export type LogoType = 'svg' | 'png' | 'jpeg';

/** The file extensions a logo may have, and the kind each one names. */
export const logoTypes: Readonly<Record<string, LogoType>> = { '.svg': 'svg', '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg' };

/** A logo file, checked to exist inside the project and to be what its name says. */
export interface LogoFile {
  /** Its absolute path. */
  path: string;
  type: LogoType;
}

/** The type family of the site's and the PDFs' text. */
export type FontChoice = 'sans' | 'serif';

/** A configured theme, with its defaults filled in. */
export interface ThemeSettings {
  /** The accent colour as `#rrggbb`, checked to be legible; absent for Planfolio's own. */
  accent?: string;
  logo?: LogoFile;
  font: FontChoice;
}
