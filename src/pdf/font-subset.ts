// Builds the TrueType subset each PDF embeds, byte for byte what fontkit's
// TTFSubset makes, at a fraction of its cost. fontkit re-encodes every table
// through its generic struct encoder for every document (even the tables it
// copies unchanged, like `prep`) and clones head, hhea and maxp; here the
// copied tables are the font file's own bytes, sliced once per process, and
// each glyph's bytes, components and metrics are looked up once per process.
import type { Font } from 'fontkit';

/** A glyph as a subset needs it, looked up once per process. */
interface GlyphEntry {
  /** The glyph's bytes in the font's glyf table (shared: copied, never changed). */
  bytes: Uint8Array;
  /** For a composite glyph: where each component's glyph id sits in `bytes`, and that id. */
  components: { pos: number; glyphID: number }[];
  advance: number;
  bearing: number;
}

/** What a font contributes to every subset of it, read once per process. */
interface FontTables {
  head: Uint8Array;
  hhea: Uint8Array;
  maxp: Uint8Array;
  /** cvt, prep and fpgm, copied unchanged, when the font has them. */
  cvt?: Uint8Array;
  prep?: Uint8Array;
  fpgm?: Uint8Array;
  /** glyf table bytes and the loca offsets into them. */
  glyf: Uint8Array;
  longOffsets: boolean;
  offsets: ArrayLike<number>;
  glyphs: Map<number, GlyphEntry>;
}

/** The parts of a fontkit font read here, which its typings leave out. */
interface FontInternals {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { version: number; offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { pos: number; glyphID: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
}

const tablesByFont = new WeakMap<Font, FontTables>();

function readTables(font: Font): FontTables {
  let tables = tablesByFont.get(font);
  if (tables) return tables;
  const f = font as unknown as FontInternals;
  if (f._variationProcessor) throw new Error('Variable fonts are not supported by the PDF subsetter');
  const file = f.stream.buffer;
  const slice = (tag: string): Uint8Array | undefined => {
    const entry = f.directory.tables[tag];
    return entry ? file.subarray(entry.offset, entry.offset + entry.length) : undefined;
  };
  const glyf = slice('glyf');
  if (!glyf || !slice('head') || !slice('hhea') || !slice('maxp')) throw new Error('Not a TrueType font with glyf outlines');
  tables = {
    head: slice('head')!,
    hhea: slice('hhea')!,
    maxp: slice('maxp')!,
    cvt: slice('cvt '),
    prep: slice('prep'),
    fpgm: slice('fpgm'),
    glyf,
    longOffsets: f.loca.version === 1,
    offsets: f.loca.offsets,
    glyphs: new Map(),
  };
  tablesByFont.set(font, tables);
  return tables;
}

function lookUpGlyph(font: Font, tables: FontTables, id: number): GlyphEntry {
  let entry = tables.glyphs.get(id);
  if (entry) return entry;
  const glyph = (font as unknown as FontInternals).getGlyph(id);
  const decoded = glyph._decode();
  const bytes = tables.glyf.subarray(tables.offsets[id]!, tables.offsets[id + 1]!);
  const components = decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map((c) => ({ pos: c.pos, glyphID: c.glyphID })) : [];
  entry = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
  tables.glyphs.set(id, entry);
  return entry;
}

/**
 * One document's subset of a font, with the interface pdfkit uses
 * (`includeGlyph`, `encode`): glyphs are numbered in the order they are
 * first included, glyph 0 (.notdef) first.
 */
export class FontSubset {
  readonly glyphs: number[] = [];
  readonly mapping = new Map<number, number>();
  /** pdfkit checks this to tell CFF from TrueType. */
  readonly cff = undefined;

  constructor(private readonly font: Font) {
    this.includeGlyph(0);
  }

  /** The subset's id for a glyph of the full font, adding it on first use. */
  includeGlyph(id: number): number {
    let gid = this.mapping.get(id);
    if (gid === undefined) {
      gid = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, gid);
    }
    return gid;
  }

  /** The subset font file: head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm, as fontkit writes them. */
  encode(): Uint8Array {
    const tables = readTables(this.font);
    const entries: GlyphEntry[] = [];
    let glyfLength = 0;
    // Composite glyphs add their components as they go, so the list grows while walked.
    for (let i = 0; i < this.glyphs.length; i++) {
      const entry = lookUpGlyph(this.font, tables, this.glyphs[i]!);
      for (const c of entry.components) this.includeGlyph(c.glyphID);
      entries.push(entry);
      glyfLength += entry.bytes.length;
    }
    const count = entries.length;
    const parts: [string, number][] = [
      ['head', tables.head.length],
      ['hhea', tables.hhea.length],
      ['loca', (count + 1) * (tables.longOffsets ? 4 : 2)],
      ['maxp', tables.maxp.length],
    ];
    if (tables.cvt) parts.push(['cvt ', tables.cvt.length]);
    if (tables.prep) parts.push(['prep', tables.prep.length]);
    parts.push(['glyf', glyfLength], ['hmtx', count * 4]);
    if (tables.fpgm) parts.push(['fpgm', tables.fpgm.length]);

    let size = 12 + parts.length * 16;
    for (const [, length] of parts) size += length;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    // The table directory: checksums are left at 0, as fontkit leaves them.
    writeTag(out, 0, 'true');
    const power = 2 ** Math.floor(Math.log2(parts.length));
    view.setUint16(4, parts.length);
    view.setUint16(6, power * 16);
    view.setUint16(8, Math.log2(power));
    view.setUint16(10, parts.length * 16 - power * 16);
    let offset = 12 + parts.length * 16;
    parts.forEach(([tag, length], i) => {
      const at = 12 + i * 16;
      writeTag(out, at, tag);
      view.setUint32(at + 8, offset);
      view.setUint32(at + 12, length);
      offset += length;
    });

    let at = 12 + parts.length * 16;
    for (const [tag, length] of parts) {
      switch (tag) {
        case 'head':
          out.set(tables.head, at);
          break;
        case 'hhea':
          out.set(tables.hhea, at);
          view.setUint16(at + 34, count); // numberOfMetrics
          break;
        case 'maxp':
          out.set(tables.maxp, at);
          view.setUint16(at + 4, count); // numGlyphs
          break;
        case 'cvt ':
          out.set(tables.cvt!, at);
          break;
        case 'prep':
          out.set(tables.prep!, at);
          break;
        case 'fpgm':
          out.set(tables.fpgm!, at);
          break;
        case 'loca': {
          let glyphOffset = 0;
          for (let i = 0; i <= count; i++) {
            if (tables.longOffsets) view.setUint32(at + i * 4, glyphOffset);
            else view.setUint16(at + i * 2, glyphOffset >>> 1);
            if (i < count) glyphOffset += entries[i]!.bytes.length;
          }
          break;
        }
        case 'glyf': {
          let p = at;
          for (const entry of entries) {
            out.set(entry.bytes, p);
            // A composite points at its components by their ids in this subset.
            for (const c of entry.components) view.setUint16(p + c.pos, this.mapping.get(c.glyphID)!);
            p += entry.bytes.length;
          }
          break;
        }
        case 'hmtx':
          entries.forEach((entry, i) => {
            view.setUint16(at + i * 4, entry.advance);
            view.setInt16(at + i * 4 + 2, entry.bearing);
          });
          break;
      }
      at += length;
    }
    return out;
  }
}

function writeTag(out: Uint8Array, at: number, tag: string): void {
  for (let i = 0; i < 4; i++) out[at + i] = tag.charCodeAt(i);
}
