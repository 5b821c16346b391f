// Finds the logo a theme names. The schema cannot: it takes the project
// folder to know what is inside it. A logo must be a file in the project
// (a link that leads out of it counts as outside), named .svg, .png, .jpg or
// .jpeg, and hold what its name says, so the site and the PDFs never get a
// file they cannot show.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod';
import { logoTypes, type LogoFile, type LogoType } from '../theme/theme-settings.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Whether a file's bytes are of the kind its name says. */
function holdsType(bytes: Buffer, type: LogoType): boolean {
  if (type === 'png') return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  if (type === 'jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return /<svg[\s>]/.test(bytes.toString('utf8'));
}

const isInside = (file: string, root: string) => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Checks the logo setting of configuration data as read (before the schema,
 * so its problems are reported with the schema's): the logo file, or the
 * one issue with it at `theme.logo`. Anything but text is the schema's to report.
 */
export function checkLogo(data: unknown, root: string): { logo?: LogoFile; issues: z.core.$ZodIssue[] } {
  const text = (data as { theme?: { logo?: unknown } } | null)?.theme?.logo;
  if (typeof text !== 'string') return { issues: [] };
  const fail = (rule: string) => ({ issues: [{ code: 'custom' as const, path: ['theme', 'logo'], input: text, message: 'logo', params: { rule } }] });
  const type = logoTypes[path.extname(text).toLowerCase()];
  if (!type) return fail('logo-type');
  const file = path.resolve(root, text);
  if (!isInside(file, root)) return fail('logo-outside');
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return fail('logo-missing');
  if (!isInside(realpathSync(file), realpathSync(root))) return fail('logo-outside');
  if (!holdsType(readFileSync(file), type)) return fail('logo-content');
  return { logo: { path: file, type }, issues: [] };
}
