// What Planfolio patches onto pdfkit's objects are functions shared by every
// document, never closures made per document. A call site's feedback keeps
// its last callee, and young-generation collections treat that as a strong
// reference: a closure holding its document kept every document alive until
// a full collection, and collecting them was a large part of a PDF's CPU.
import { describe, expect, it } from 'vitest';
import { Canvas } from '../../src/pdf/canvas.js';

/** The methods Planfolio sets on a finished document, its first page stream and its font's subset. */
async function patchedMethods(): Promise<Record<string, unknown>> {
  const canvas = new Canvas({ pageSize: 'A4', date: new Date(0), title: 'T', author: 'A', subject: 'S', keywords: '' });
  canvas.addPage();
  canvas.flowBlock(canvas.layout([{ text: 'Hello', style: { face: 'regular', size: 10, color: '#000000' } }]));
  const doc = canvas.doc as unknown as Record<string, unknown> & { _font: { subset: Record<string, unknown> }; ref(): unknown };
  const subset = doc._font.subset;
  const stream = doc.ref() as { end(): void };
  const end = stream.end;
  stream.end();
  await canvas.finish();
  return { ref: doc.ref, addContent: doc.addContent, write: doc._write, end, encode: subset.encode };
}

describe('PDF documents in memory', () => {
  it('share every patched method with other documents, so nothing long-lived points into one', async () => {
    const first = await patchedMethods();
    const second = await patchedMethods();
    for (const [name, method] of Object.entries(first)) {
      expect(typeof method, name).toBe('function');
      expect(second[name], name).toBe(method);
    }
  });
});
