const ASCII = /^[\x20-\x7e]*$/;

/**
 * Turns a title or a path segment into a URL-safe slug. Letters of every
 * script are kept (lower-cased) so a plan named in Greek or Chinese keeps a
 * readable address; accents on Latin letters are folded ("García" gives
 * "garcia"), while letters of other scripts keep theirs (Cyrillic "й").
 */
export function slugify(text: string): string {
  // The same titles come back in every revision a history reads.
  const cached = slugs.get(text);
  if (cached !== undefined) return cached;
  if (slugs.size >= MAX_CACHED) slugs.clear();
  // Most titles are plain ASCII: skip Unicode normalisation for them, as this
  // runs for every goal of every plan (and of every revision in history).
  const slug = ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    : text
        .normalize('NFKD')
        .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
  slugs.set(text, slug);
  return slug;
}

const slugs = new Map<string, string>();
const MAX_CACHED = 20_000;
