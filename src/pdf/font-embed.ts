// Writes a document's font subset into the PDF: the font file, its
// descriptor, the CID font with its widths, and the ToUnicode map. This is
// pdfkit's EmbeddedFont.embed with the same objects and entries, except that
// the font file and the map are deflated here, at FONT_COMPRESSION, and the
// map is turned into bytes at once (pdfkit converts its text character by
// character and deflates at zlib's default level 6). Font files hardly
// compress (glyph outlines are dense), so level 6 buys about 1% over level 1
// for a third more time.
import { deflateSync } from 'node:zlib';

/** zlib level for font files and ToUnicode maps. */
const FONT_COMPRESSION = 1;

/** The parts of pdfkit's stream objects written here. */
interface PdfkitRef {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** The parts of pdfkit's EmbeddedFont that embed reads. */
interface PdfkitEmbeddedFont {
  document: { ref(data?: Record<string, unknown>): PdfkitRef };
  font: {
    'OS/2'?: { sFamilyClass?: number };
    post: { isFixedPitch: boolean };
    head: { macStyle: { italic: boolean } };
    postscriptName?: string;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    italicAngle: number;
    capHeight: number;
    ascent: number;
    xHeight: number;
  };
  subset: { encode(): Uint8Array };
  id: string;
  scale: number;
  ascender: number;
  descender: number;
  widths: number[];
  unicode: number[][];
  dictionary: PdfkitRef;
}

/** Writes bytes into a stream object, deflated here rather than by pdfkit. */
function writeDeflated(ref: PdfkitRef, bytes: Uint8Array): void {
  ref.compress = false;
  ref.write(deflateSync(bytes, { level: FONT_COMPRESSION }));
  ref.data.Filter = 'FlateDecode';
  ref.end();
}

/**
 * Replaces pdfkit's `embed` on one of a document's fonts (a TrueType
 * subset: see FontSubset); called by pdfkit when the document ends.
 */
export function embedFont(this: PdfkitEmbeddedFont): void {
  const font = this.font;
  const fontFile = this.document.ref();
  writeDeflated(fontFile, this.subset.encode());
  const familyClass = (font['OS/2']?.sFamilyClass || 0) >> 8;
  let flags = 1 << 2; // symbolic: the glyphs are not in a standard encoding
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  // The subset tag follows the font's id (F1, F2, ...), as pdfkit makes it.
  const tag = [1, 2, 3, 4, 5, 6].map((i) => String.fromCharCode((this.id.charCodeAt(i) || 73) + 17)).join('');
  const name = `${tag}+${font.postscriptName?.replaceAll(' ', '_')}`;
  const { bbox } = font;
  const descriptor = this.document.ref({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: flags,
    FontBBox: [bbox.minX * this.scale, bbox.minY * this.scale, bbox.maxX * this.scale, bbox.maxY * this.scale],
    ItalicAngle: font.italicAngle,
    Ascent: this.ascender,
    Descent: this.descender,
    CapHeight: (font.capHeight || font.ascent) * this.scale,
    XHeight: (font.xHeight || 0) * this.scale,
    StemV: 0,
    FontFile2: fontFile,
  });
  descriptor.end();
  const descendantFont = this.document.ref({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    W: [0, this.widths],
    CIDToGIDMap: 'Identity',
  });
  descendantFont.end();
  this.dictionary.data = {
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [descendantFont],
    ToUnicode: writeToUnicode(this.document.ref(), this.unicode),
  };
  this.dictionary.end();
}

const hex4 = (n: number): string => (n < 0x1000 ? n.toString(16).padStart(4, '0') : n.toString(16));

/** Writes the map from subset glyph ids to the characters they copy out as, in pdfkit's layout. */
function writeToUnicode(cmap: PdfkitRef, unicode: number[][]): PdfkitRef {
  const entries: string[] = [];
  for (const codePoints of unicode) {
    let encoded = '';
    for (let value of codePoints) {
      if (encoded) encoded += ' ';
      if (value > 0xffff) {
        // UTF-16: a surrogate pair.
        value -= 0x10000;
        encoded += `${hex4(((value >>> 10) & 0x3ff) | 0xd800)} `;
        value = 0xdc00 | (value & 0x3ff);
      }
      encoded += hex4(value);
    }
    entries.push(`<${encoded}>`);
  }
  const ranges: string[] = [];
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`);
  }
  const text = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
  writeDeflated(cmap, Buffer.from(text, 'latin1'));
  return cmap;
}
