import * as z from 'zod';
import { textSchema } from '../schema/text.js';
import { checkAccent } from '../theme/accent-theme.js';
import { readHex } from '../theme/colour.js';
import type { ThemeSettings } from '../theme/theme-settings.js';
import { languages, makeWords } from '../words/words.js';

/** Where a site is served: the path every internal link starts with, and the full address when known. */
export interface SiteLocation {
  /** `/` or a prefix such as `/career/`, always with slashes at both ends. */
  base: string;
  /** The absolute address of the site's root (`https://example.org/career/`), when configured as a URL. */
  siteUrl?: string;
}

// Characters a path prefix may hold without escaping: RFC 3986 unreserved and sub-delims.
const PATH_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@-]+$/;

/**
 * Reads a base as written in the configuration or on the command line: a path
 * (`/career`, `/career/`) or an http(s) URL whose path is the prefix. Returns
 * undefined when it is neither.
 */
export function readSiteLocation(text: string): SiteLocation | undefined {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    if (!URL.canParse(trimmed)) return undefined;
    const url = new URL(trimmed);
    if (url.search || url.hash || url.username || url.password) return undefined;
    const path = readPath(url.pathname);
    return path === undefined ? undefined : { base: path, siteUrl: `${url.origin}${path}` };
  }
  const path = readPath(trimmed);
  return path === undefined ? undefined : { base: path };
}

function readPath(text: string): string | undefined {
  if (!text.startsWith('/')) return undefined;
  const segments = text.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..' || !PATH_SEGMENT.test(s))) return undefined;
  return segments.length ? `/${segments.join('/')}/` : '/';
}

const baseSchema = z.string().transform((text, ctx) => {
  const location = readSiteLocation(text);
  if (!location) ctx.issues.push({ code: 'custom', input: text, message: 'base', params: { rule: 'base' } });
  return location ?? z.NEVER;
});

// The accent is used as given for links and text on white, so an illegible one is refused here, with one that is not.
const accentSchema = z.string().transform((text, ctx) => {
  const hex = readHex(text);
  const problem = hex ? checkAccent(hex) : undefined;
  if (!hex) ctx.issues.push({ code: 'custom', input: text, message: 'accent', params: { rule: 'accent' } });
  else if (problem) ctx.issues.push({ code: 'custom', input: text, message: 'accent', params: { rule: 'accent-contrast', ...problem } });
  return hex && !problem ? hex : z.NEVER;
});

const themeSchema = z.strictObject({
  accent: accentSchema
    .optional()
    .describe(
      'The accent colour of links, headings and bars, as "#RRGGBB" or "#RGB". It must reach 4.5:1 against white (WCAG AA); ' +
        'the dark scheme and the PDFs get a variant of the same hue.',
    ),
  logo: z
    .string()
    .optional()
    .describe('A logo for the site header and the top of each PDF: the path of a .svg, .png or .jpg file inside the project, from its root (e.g. "brand/logo.svg").'),
  font: z.enum(['sans', 'serif']).default('sans').describe('The type family of the site and the PDFs: "sans" (default) or "serif".'),
});

/** `planfolio.config.json` (or `.yaml`): everything about the portfolio as a whole, all optional. */
export const configSchema = z.strictObject({
  title: textSchema.optional().describe('The portfolio title, shown in every page header and the browser tab; default "Career plans" in the portfolio\'s language.'),
  base: baseSchema
    .default({ base: '/' })
    .describe('Where the site is served: "/" (default), a path prefix such as "/career/", or a full URL such as "https://example.org/career/".'),
  repository: textSchema.optional().describe('The repository URL, for links from plan history to commits.'),
  public: z
    .boolean()
    .default(false)
    .describe('true lets search engines index the site; false (the default) keeps it out of them.'),
  commitSubjects: z
    .enum(['alone', 'always', 'never'])
    .default('alone')
    .describe(
      'Where commit messages show on history pages: "alone" (default) only on the history of a plan the commit changed alone, ' +
        'as a message written for several plans may name other people; "always"; or "never".',
    ),
  language: z
    .enum(languages as [string, ...string[]])
    .default('en')
    .describe(`The language of the site, the PDFs and the history (a BCP 47 code): ${languages.map((l) => `"${l}"`).join(', ')}; default "en".`),
  pdf: z
    .strictObject({
      pageSize: z.enum(['A4', 'Letter']).default('A4').describe('The paper of every PDF: "A4" (default) or "Letter".'),
    })
    .default({ pageSize: 'A4' })
    .describe('How PDFs are made.'),
  theme: themeSchema.optional().describe("The portfolio's look on the site and in the PDFs: accent colour, logo and type family; all optional."),
});

/** The configuration a build uses, with every default filled in. */
export interface PortfolioConfig extends SiteLocation {
  title: string;
  repositoryUrl?: string;
  public: boolean;
  /** Where commit messages show on history pages. */
  commitSubjects: 'alone' | 'always' | 'never';
  /** The language of the site's chrome, the PDFs and the history sentences. */
  language: string;
  /** The paper of every PDF of a build and of dev. */
  pdfPageSize: 'A4' | 'LETTER';
  /** The accent, logo and type family of the site and the PDFs; absent for Planfolio's own look. */
  theme?: ThemeSettings;
  /** The file it came from, as shown to people; undefined when there is none. */
  file?: string;
}

/**
 * Turns validated configuration data into what a build uses; `logo` is the
 * theme's logo file, found and checked by the loader (it needs the project folder).
 */
export function resolveConfig(data: z.output<typeof configSchema>, file?: string, logo?: ThemeSettings['logo']): PortfolioConfig {
  const theme = data.theme && { ...(data.theme.accent ? { accent: data.theme.accent } : {}), ...(logo ? { logo } : {}), font: data.theme.font };
  return {
    title: data.title ?? makeWords(data.language).t('site.defaultTitle'),
    ...data.base,
    ...(data.repository ? { repositoryUrl: data.repository } : {}),
    public: data.public,
    commitSubjects: data.commitSubjects,
    language: data.language,
    pdfPageSize: data.pdf.pageSize === 'Letter' ? 'LETTER' : 'A4',
    ...(theme ? { theme } : {}),
    ...(file ? { file } : {}),
  };
}
