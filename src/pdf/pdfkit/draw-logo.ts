// A theme's logo on a page, fitted into its box at the box's left: PNG and
// JPEG through pdfkit's image API (embedded once per document, however many
// pages show it), SVG as vector paths drawn by svg-to-pdfkit through
// pdfkit's own API, loaded only when a logo is an SVG. The SVG may not reach
// out: images in it must be data: URIs, and other files it names are not read.
import { createRequire } from 'node:module';
import type { PdfLogo } from '../layout/theme.js';

const require = createRequire(import.meta.url);

interface SvgOptions {
  width: number;
  height: number;
  preserveAspectRatio: string;
  warningCallback: (warning: string) => void;
  imageCallback: (link: string) => string;
}
type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: SvgOptions) => void;
let svgToPdf: SvgToPdf | undefined;

// pdfkit's openImage (in its documentation, not in @types/pdfkit) returns an image that doc.image takes again.
type OpenedImage = PDFKit.Mixins.ImageSrc;
type WithOpenImage = PDFKit.PDFDocument & { openImage(src: Buffer): OpenedImage };

/** Each document's opened raster logo, so its pages share one image. */
const opened = new WeakMap<PDFKit.PDFDocument, OpenedImage>();

/** Draws a logo as large as fits the box, keeping its shape, at the box's left and middle. */
export function drawLogo(doc: PDFKit.PDFDocument, logo: PdfLogo, box: { x: number; y: number; width: number; height: number }): void {
  doc.save();
  if (logo.type === 'svg') {
    svgToPdf ??= require('svg-to-pdfkit') as SvgToPdf;
    svgToPdf(doc, logo.svg, box.x, box.y, {
      width: box.width,
      height: box.height,
      preserveAspectRatio: 'xMinYMid meet',
      // What it cannot draw (an unknown element, a font) is left out; the site shows the file itself.
      warningCallback: () => undefined,
      imageCallback: (link) => (link.startsWith('data:') ? link : ''),
    });
  } else {
    let image = opened.get(doc);
    if (!image) opened.set(doc, (image = (doc as WithOpenImage).openImage(logo.data)));
    doc.image(image, box.x, box.y, { fit: [box.width, box.height], valign: 'center' });
  }
  doc.restore();
}
