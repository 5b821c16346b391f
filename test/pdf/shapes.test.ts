// Shapes write the very operators pdfkit writes for the same calls, so
// drawing them directly changes no byte of a PDF.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ContentWriter } from '../../src/pdf/content-writer.js';
import { Shapes } from '../../src/pdf/shapes.js';

type Draw = Pick<Shapes, 'rect' | 'roundedRect' | 'circle' | 'moveTo' | 'lineTo' | 'lineWidth' | 'lineCap' | 'lineJoin' | 'fill' | 'stroke'>;

/** What pdfkit writes for the calls, one operator line each. */
function drawWithPdfkit(calls: (draw: Draw) => void): string {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const lines: string[] = [];
  (doc as unknown as { addContent(data: string): unknown }).addContent = (data: string) => {
    lines.push(data);
    return doc;
  };
  calls(doc as unknown as Draw);
  return lines.map((line) => `${line}\n`).join('');
}

function drawWithShapes(calls: (draw: Draw) => void): string {
  const out = new ContentWriter();
  calls(new Shapes(out));
  return inflateSync(out.take(1)).toString('latin1');
}

describe('shapes', () => {
  it.each([
    ['a filled box', (d: Draw) => d.rect(72.5, 100.25, 12, 7).fill('#1d5a8c')],
    ['a stroked box', (d: Draw) => d.rect(72.9, 100.65, 11.2, 6.2).lineWidth(0.8).stroke('#1d5a8c')],
    ['a rounded box', (d: Draw) => d.roundedRect(56.7, 311.123456789, 481.89, 64.3, 4).fill('#f2f5f8')],
    ['a pill rounder than it is tall', (d: Draw) => d.roundedRect(10, 20, 30, 6, 6.25).fill('#dcefe3')],
    ['a square corner box', (d: Draw) => d.roundedRect(10, 20, 30, 6, 0).fill('#dcefe3')],
    ['a dot', (d: Draw) => d.circle(59.7, 412.35, 1.6).fill('#1d5a8c')],
    ['a rule', (d: Draw) => d.moveTo(56.69, 300.1).lineTo(538.58, 300.1).lineWidth(0.6).stroke('#d5dbe3')],
    ['a tick', (d: Draw) => {
      d.moveTo(2.1, 4.7).lineTo(3.9, 6.6).lineTo(7, 2.6).lineWidth(1.3).lineCap('round').lineJoin('round').stroke('#ffffff');
      d.lineCap('butt').lineJoin('miter');
    }],
  ])('draws %s as pdfkit does', (_, calls) => {
    expect(drawWithShapes(calls)).toBe(drawWithPdfkit(calls));
  });
});
