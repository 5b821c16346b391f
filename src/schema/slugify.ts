/**
 * Turns a title or a path segment into a URL-safe slug. Letters of every
 * script are kept (lower-cased) so a plan named in Greek or Chinese keeps a
 * readable address; Latin diacritics are folded so "García" gives "garcia".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
