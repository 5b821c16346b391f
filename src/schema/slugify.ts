import { createHash } from 'node:crypto';

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The most UTF-8 bytes a slug may take. File systems allow 255 bytes per
 * name; the rest is room for what is added around a slug (a PDF's owner and
 * `.pdf`, a new plan's year and `-2.md`).
 */
export const NAME_MAX_BYTES = 200;

/**
 * Vowel points of Arabic and Hebrew: optional in writing, so a name is the
 * same name with or without them. The marks of other scripts (the vowel
 * signs of Devanagari, Thai or Tamil) are part of how a word is spelled.
 */
const OPTIONAL_MARKS = /(?=[\p{scx=Arabic}\p{scx=Hebrew}])\p{M}/gu;

/**
 * Turns a title or a path segment into a URL-safe slug. Letters of every
 * script are kept (lower-cased) with their marks, so a plan named in Greek,
 * Hindi, Thai or Chinese keeps a readable address; accents on Latin letters
 * are folded ("García" gives "garcia"), and so are the optional vowel
 * points of Arabic and Hebrew, while other scripts keep theirs (Cyrillic
 * "й", Hindi "प्रिया"). A slug longer than NAME_MAX_BYTES is cut, with a
 * hash of the whole.
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
        .replace(OPTIONAL_MARKS, '')
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
  const cut = cutName(slug);
  slugs.set(text, cut);
  return cut;
}

/**
 * A name cut to at most `maxBytes` UTF-8 bytes: as many whole characters as
 * fit, then `-` and a short hash of the whole name, so two long names that
 * start alike stay apart and the same name is always cut the same way.
 */
export function cutName(name: string, maxBytes = NAME_MAX_BYTES): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const suffix = `-${hashName(name)}`;
  let kept = '';
  let size = 0;
  for (const char of name) {
    size += Buffer.byteLength(char);
    if (size > maxBytes - suffix.length) break;
    kept += char;
  }
  return kept.replace(/-+$/, '') + suffix;
}

/** Eight hex digits that stand for a name, the same on every machine. */
export function hashName(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 8);
}

/**
 * The slug of a person or a tag, whose page gathers every plan that gives
 * the same slug, so two names must only share one when they are the same
 * name written differently ("Data science", "data-science"). Signs that name
 * a different thing are spelled out ("C++" is `c-plus-plus`, "C#" is
 * `c-sharp`, apart from "C"), and a name with no letters or digits at all (an
 * emoji, "..") gets `<fallback>-<hash>`, so it is never empty and never
 * shared with another such name.
 */
export function slugifyName(name: string, fallback: string): string {
  // Every owner and tag is named again on each save in watch mode: kept beside the slugs.
  const key = `\0${fallback}\0${name}`;
  const cached = slugs.get(key);
  if (cached !== undefined) return cached;
  const spelled = name.replace(/(?<=[\p{L}\p{N}]\+*)\+/gu, ' plus ').replace(/(?<=[\p{L}\p{N}])#/gu, ' sharp ');
  const slug = slugify(spelled) || `${fallback}-${hashName(name.normalize('NFC'))}`;
  slugs.set(key, slug);
  return slug;
}

const slugs = new Map<string, string>();
const MAX_CACHED = 20_000;
