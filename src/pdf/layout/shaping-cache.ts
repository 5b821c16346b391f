// Shaped words kept across builds. Shaping a word the first time in a
// process makes fontkit decode the font's GSUB and GPOS lookups, which was
// most of a small portfolio's PDF time; the words of a portfolio change
// little from one build to the next. So each font's shaped words are kept in
// a file under node_modules/.cache/planfolio/shaping/, read when a build
// first shapes text in that font, and saved once a thread has drawn its PDFs.
// A file holds what shape-text.ts would work out again, to the bit (JSON
// keeps every number as it was), and belongs to one font file, one fontkit
// and one version of the shaping code, named by a hash of them: the compiled
// command and the tests (other code text) keep files side by side instead of
// replacing each other's, and one that cannot be read is passed over and
// replaced at the next save. Files of other stamps are removed after a week unused.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { CACHE_DIR } from '../../runtime/project-paths.js';
import { findFontFile, type FontKey } from './fonts.js';
import type { ShapedWord } from './shape-text.js';

/** One glyph on disk: id, advance width, x advance, x offset, y offset, then its code points. */
type SavedGlyph = number[];
/** One word on disk: its glyphs, then its actual text when it has one. */
type SavedWord = (SavedGlyph | string)[];
type SavedWords = Record<string, SavedWord>;

interface CacheFile {
  stamp: string;
  ltr: SavedWords;
  rtl: SavedWords;
}

interface FontCache {
  /** The words read from disk, decoded when first asked for. */
  saved: CacheFile;
  /** The words fontkit shaped in this thread since the last save. */
  fresh: { ltr: Map<string, ShapedWord>; rtl: Map<string, ShapedWord> };
}

/**
 * How many words of one direction a font's file keeps: many times what a
 * portfolio uses (the 5-plan benchmark sets 1,347 in Noto Sans Regular, and
 * the 1,000-plan one's files hold about 2,000 distinct words), and a file of
 * at most about 4 MB (some 130 bytes a word).
 */
const MAX_SAVED_WORDS = 30_000;
/** How long a save waits for another thread's save of the same font, and when a lock is taken as left by a saver that died. */
const LOCK_WAIT_MS = 2_000;
const LOCK_STALE_MS = 10_000;
/** Something to sleep on between tries for a lock: saving is synchronous, and brief. */
const pause = new Int32Array(new SharedArrayBuffer(4));
/** How long a file no build of this code uses is kept (a font or Planfolio update leaves the old ones behind). */
const UNUSED_FOR_MS = 7 * 24 * 3600 * 1000;
const require = createRequire(import.meta.url);
const fonts = new Map<FontKey, FontCache>();
let folder = path.join(CACHE_DIR, 'shaping');
let shapingCode = '';

/** Says which shaping code made the words (shape-text.ts passes its own source): other code's files are not used. */
export function useShapingCode(code: string): void {
  shapingCode = code;
}

/** Keeps the cache in another folder (tests); words already read stay in memory. */
export function setShapingCacheDir(dir: string): void {
  folder = dir;
  fonts.clear();
}

/** A word as an earlier build shaped it, or undefined when none did. */
export function findSavedWord(key: FontKey, text: string, rtl: boolean): ShapedWord | undefined {
  const words = openFontCache(key).saved[rtl ? 'rtl' : 'ltr'];
  return Object.hasOwn(words, text) ? decodeWord(words[text]!) : undefined;
}

/** Notes a word fontkit has just shaped, for the next save. */
export function keepShapedWord(key: FontKey, text: string, rtl: boolean, word: ShapedWord): void {
  const fresh = openFontCache(key).fresh[rtl ? 'rtl' : 'ltr'];
  // Beyond what a file keeps, more words would only be dropped when saving.
  if (fresh.size < MAX_SAVED_WORDS) fresh.set(text, word);
}

/**
 * Saves the words shaped since the last save, merged into what is on disk
 * now (other threads and processes save into the same files), newest first
 * up to MAX_SAVED_WORDS. A font's file is read, merged and replaced under a
 * lock (PDF threads that finish together save together), and replaced in one
 * step, so a reader never sees half of one. A cache that cannot be written
 * costs only time, so failures are passed over.
 */
export function saveShapingCache(): void {
  for (const [key, cache] of fonts) {
    if (cache.fresh.ltr.size === 0 && cache.fresh.rtl.size === 0) continue;
    const file = nameCacheFile(key);
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    let merged = cache.saved;
    try {
      mkdirSync(folder, { recursive: true });
      holdLock(file, () => {
        const onDisk = readCacheFile(key);
        merged = { stamp: cache.saved.stamp, ltr: mergeWords(cache.fresh.ltr, onDisk.ltr), rtl: mergeWords(cache.fresh.rtl, onDisk.rtl) };
        writeFileSync(temporary, JSON.stringify(merged));
        renameSync(temporary, file);
      });
      removeUnusedFiles(key, file);
    } catch {
      rmSync(temporary, { force: true });
    }
    cache.saved = merged;
    cache.fresh.ltr.clear();
    cache.fresh.rtl.clear();
  }
}

/**
 * Runs `save` holding `<file>.lock`. A lock older than LOCK_STALE_MS was left
 * by a saver that died and is taken over; one held longer than LOCK_WAIT_MS
 * is not waited for (the save goes ahead: at worst, words are shaped again).
 */
function holdLock(file: string, save: () => void): void {
  const lock = `${file}.lock`;
  const giveUpAt = Date.now() + LOCK_WAIT_MS;
  let held = false;
  while (!held && Date.now() < giveUpAt) {
    try {
      closeSync(openSync(lock, 'wx'));
      held = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > LOCK_STALE_MS) rmSync(lock, { force: true });
      else Atomics.wait(pause, 0, 0, 5);
    }
  }
  try {
    save();
  } finally {
    if (held) rmSync(lock, { force: true });
  }
}

function openFontCache(key: FontKey): FontCache {
  let cache = fonts.get(key);
  if (!cache) fonts.set(key, (cache = { saved: readCacheFile(key), fresh: { ltr: new Map(), rtl: new Map() } }));
  return cache;
}

/** A font's file as saved, or an empty one (with this code's stamp) when it is missing, damaged or made by other code. */
function readCacheFile(key: FontKey): CacheFile {
  const stamp = stampFont(key);
  try {
    const saved = JSON.parse(readFileSync(nameCacheFile(key), 'utf8')) as Partial<CacheFile>;
    if (saved.stamp === stamp && isWordTable(saved.ltr) && isWordTable(saved.rtl)) return saved as CacheFile;
  } catch {
    // No file yet, or one that cannot be read: start afresh.
  }
  return { stamp, ltr: {}, rtl: {} };
}

/** A font's file for this code: the key, then a hash of the stamp. */
function nameCacheFile(key: FontKey): string {
  return path.join(folder, `${key}-${createHash('sha256').update(stampFont(key)).digest('hex').slice(0, 12)}.json`);
}

/** Removes the font's files of other stamps that no build has saved for a week. */
function removeUnusedFiles(key: FontKey, kept: string): void {
  const before = Date.now() - UNUSED_FOR_MS;
  const ofKey = new RegExp(`^${key}-[0-9a-f]{12}\\.json$`);
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = file !== kept && ofKey.test(name) ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (stat && stat.mtimeMs < before) rmSync(file, { force: true });
  }
}

function isWordTable(value: unknown): value is SavedWords {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stamps = new Map<FontKey, string>();

/** What a font's shaped words depend on: the font file (package version and size), fontkit's version and the shaping code. */
function stampFont(key: FontKey): string {
  let stamp = stamps.get(key);
  if (!stamp) {
    const file = findFontFile(key);
    const code = createHash('sha256').update(shapingCode).digest('hex').slice(0, 16);
    stamp = `${file.packageName}@${file.version} ${path.basename(file.path)} ${statSync(file.path).size} fontkit@${readFontkitVersion()} ${code}`;
    stamps.set(key, stamp);
  }
  return stamp;
}

function readFontkitVersion(): string {
  // fontkit's exports hide its package.json: it is found beside the file Node resolves.
  const main = require.resolve('fontkit');
  return (JSON.parse(readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** This thread's new words, then the saved ones it did not shape again, up to the limit. */
function mergeWords(fresh: Map<string, ShapedWord>, saved: SavedWords): SavedWords {
  const out: SavedWords = {};
  let count = 0;
  for (const [text, word] of fresh) {
    if (count++ >= MAX_SAVED_WORDS) return out;
    out[text] = encodeWord(word);
  }
  for (const text of Object.keys(saved)) {
    if (Object.hasOwn(out, text)) continue;
    if (count++ >= MAX_SAVED_WORDS) break;
    out[text] = saved[text]!;
  }
  return out;
}

function encodeWord(word: ShapedWord): SavedWord {
  const out: SavedWord = word.map((g) => [g.id, g.advanceWidth, g.xAdvance, g.xOffset, g.yOffset, ...g.codePoints]);
  if (word.actualText !== undefined) out.push(word.actualText);
  return out;
}

/** A saved word as shape-text.ts made it; undefined (shaped afresh) when it is not one. */
function decodeWord(saved: SavedWord): ShapedWord | undefined {
  if (!Array.isArray(saved)) return undefined;
  const word: ShapedWord = [];
  for (const item of saved) {
    if (typeof item === 'string') word.actualText = item;
    else if (Array.isArray(item) && item.length >= 5 && item.every((n) => typeof n === 'number')) {
      const [id, advanceWidth, xAdvance, xOffset, yOffset, ...codePoints] = item as [number, number, number, number, number, ...number[]];
      word.push({ id, codePoints, advanceWidth, xAdvance, xOffset, yOffset });
    } else return undefined;
  }
  return word;
}
