// Planfolio is written against pdfkit 0.20.2, pinned exactly in package.json.
// The text writer (src/pdf/pdfkit/write-text.ts) reaches into two private
// members to write already-shaped glyphs: the document's current embedded
// font (`doc._font`: id, subset.includeGlyph, widths, unicode, ref()) and the
// page's font resources (`doc.page.fonts`). A pdfkit upgrade that moves them
// fails here, by name, before any PDF comes out wrong.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../../src/pdf/layout/fonts.js';

const root = new URL('../../', import.meta.url);
const WRITTEN_AGAINST = '0.20.2';

describe('pdfkit', () => {
  it(`is ${WRITTEN_AGAINST}, the version the text writer was written against, pinned exactly`, () => {
    const installed = JSON.parse(readFileSync(new URL('node_modules/pdfkit/package.json', root), 'utf8')) as { version: string };
    expect(installed.version, `pdfkit ${installed.version} is installed; src/pdf/pdfkit/write-text.ts was written against ${WRITTEN_AGAINST}`).toBe(WRITTEN_AGAINST);
    const project = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string> };
    expect(project.dependencies.pdfkit, 'package.json must pin pdfkit exactly (npm install pdfkit@<version> --save-exact)').toBe(WRITTEN_AGAINST);
  });

  it('still has the private members the text writer uses', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    doc.addPage();
    doc.registerFont('latin-regular', loadFont('latin-regular') as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font('latin-regular');
    const d = doc as unknown as { _font?: Record<string, unknown> & { subset?: Record<string, unknown> }; page?: { fonts?: unknown } };
    const missing: string[] = [];
    const check = (name: string, ok: boolean) => ok || missing.push(name);
    check('doc._font', typeof d._font === 'object' && d._font !== null);
    check('doc._font.id', typeof d._font?.id === 'string');
    check('doc._font.subset.includeGlyph()', typeof d._font?.subset?.includeGlyph === 'function');
    check('doc._font.widths', Array.isArray(d._font?.widths));
    check('doc._font.unicode', Array.isArray(d._font?.unicode));
    check('doc._font.ref()', typeof d._font?.ref === 'function');
    check('doc.page.fonts', typeof d.page?.fonts === 'object' && d.page?.fonts !== null);
    expect(missing, `pdfkit no longer has what src/pdf/pdfkit/write-text.ts writes through: ${missing.join(', ')}`).toEqual([]);
    // includeGlyph gives a glyph its code in the subset: new glyphs get the next code, the same glyph the same one.
    const subset = d._font!.subset as { includeGlyph(id: number): number };
    const code = subset.includeGlyph(36);
    expect(subset.includeGlyph(36)).toBe(code);
    expect(subset.includeGlyph(37)).toBe(code + 1);
  });
});
