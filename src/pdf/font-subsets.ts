// Font subsets made once per process instead of once per PDF. Each PDF
// embeds the glyphs it uses, and encoding that subset (fontkit) and
// deflating it (pdfkit, zlib level 6) was a quarter of a plan's CPU time.
// Most plans use the same Latin glyphs, so every Latin subset starts with
// the same base glyphs in the same order, and takes other letters a block
// at a time (subset-glyphs.ts): plans embed byte-identical subsets far more
// often, and each distinct one is encoded and deflated once. (The cost is a
// few kilobytes per face for glyphs a plan may not use.)
import { deflateSync } from 'node:zlib';
import type { FontKey } from './fonts.js';
import { BASE_TEXT } from './subset-glyphs.js';
import { includeBaseGlyphs, type PdfkitFont } from './text-operators.js';

/** Distinct subsets kept per process; a thousand plans make a few hundred. */
const MAX_SUBSETS = 1000;
const MAX_STREAMS = 1000;
const encodedSubsets = new Map<string, Uint8Array>();
const deflatedBytes = new WeakMap<Uint8Array, Buffer>();
const deflatedText = new Map<string, Buffer>();

/** The parts of pdfkit's stream objects this module writes through. */
interface PdfkitRef {
  compress: boolean;
  buffer: unknown[];
  data: { Filter?: string };
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
  planfolioEnd?: (chunk?: Uint8Array | string) => void;
}

/**
 * Prepares the document's current font (just selected for the first time)
 * for reuse: a Latin font gets the base glyphs first, and its subset is
 * encoded at most once per distinct list of glyphs.
 */
export function prepareFontSubset(doc: PDFKit.PDFDocument, key: FontKey): void {
  if (key.startsWith('latin-')) includeBaseGlyphs(doc, key, BASE_TEXT);
  cacheSubsetEncoding((doc as unknown as { _font: PdfkitFont })._font, key);
}

/** A font's subset, made to encode at most once per process for each distinct list of glyphs. */
interface CachingSubset {
  glyphs: number[];
  encode(): Uint8Array;
  planfolioKey?: FontKey;
  planfolioEncode?: () => Uint8Array;
}

/** Makes a font's subset encode at most once per process for each distinct list of glyphs. */
export function cacheSubsetEncoding(font: PdfkitFont, key: FontKey): void {
  const subset = font.subset as CachingSubset;
  subset.planfolioKey = key;
  subset.planfolioEncode = subset.encode;
  subset.encode = encodeOnce;
}

// The patched methods here are shared functions that find their state on
// `this`, not closures made per document: a call site's feedback remembers
// its last callee, and young-generation collections keep what that callee's
// closure holds (a whole document) alive until a full collection.
function encodeOnce(this: CachingSubset): Uint8Array {
  const id = `${this.planfolioKey} ${this.glyphs.join(' ')}`;
  let bytes = encodedSubsets.get(id);
  if (!bytes) {
    bytes = this.planfolioEncode!();
    if (encodedSubsets.size >= MAX_SUBSETS) encodedSubsets.clear();
    encodedSubsets.set(id, bytes);
  }
  return bytes;
}

/** A stream's bytes deflated as pdfkit would (zlib's default level), once per distinct content. */
function deflateOnce(chunk: Uint8Array | string): Buffer {
  if (typeof chunk !== 'string') {
    let out = deflatedBytes.get(chunk);
    if (!out) deflatedBytes.set(chunk, (out = deflateSync(chunk)));
    return out;
  }
  let out = deflatedText.get(chunk);
  if (!out) {
    // pdfkit ends a string written to a stream with a newline.
    out = deflateSync(Buffer.from(`${chunk}\n`, 'latin1'));
    if (deflatedText.size >= MAX_STREAMS) deflatedText.clear();
    deflatedText.set(chunk, out);
  }
  return out;
}

/** A document whose streams deflate through deflateOnce. */
interface ReusingDocument {
  ref(data?: object): PdfkitRef;
  planfolioRef?: (data?: object) => PdfkitRef;
}

/**
 * Makes the document deflate each stream written in one piece (font files,
 * ToUnicode maps) through deflateOnce: the same bytes as pdfkit's own
 * compression, reused when another PDF embeds the same stream.
 */
export function reuseCompressedStreams(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as ReusingDocument;
  d.planfolioRef = d.ref;
  d.ref = refReusingStreams;
}

function refReusingStreams(this: ReusingDocument, data?: object): PdfkitRef {
  const stream = this.planfolioRef!(data);
  stream.planfolioEnd = stream.end;
  stream.end = endDeflatingOnce;
  return stream;
}

function endDeflatingOnce(this: PdfkitRef, chunk?: Uint8Array | string): void {
  if (!chunk || !this.compress || this.buffer.length > 0) return this.planfolioEnd!(chunk);
  this.compress = false;
  this.data.Filter = 'FlateDecode';
  this.write(deflateOnce(chunk));
  return this.planfolioEnd!();
}
