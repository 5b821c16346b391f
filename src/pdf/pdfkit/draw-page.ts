// Draws laid-out pages into a pdfkit document: shapes, links, bookmarks and
// destinations through pdfkit's public API, text through the text writer.
// Consecutive text items go to pdfkit in one piece of content.
import type { Mark } from '../layout/blocks.js';
import type { Item, Page } from '../layout/items.js';
import { TextWriter } from './write-text.js';

/** The options pdfkit 0.20's outline takes to point at a height of the page (its types only list `expanded`). */
interface OutlinePlace {
  top: number;
  left: number;
  zoom: number;
}

/** Draws pages, one after another, into one document. */
export class PageDrawer {
  private readonly text: TextWriter;
  /** Bookmarks by id, for nesting later ones under them. */
  private readonly outline = new Map<string, PDFKit.PDFOutline>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly size: { width: number; height: number },
  ) {
    this.text = new TextWriter(doc);
  }

  /** Adds a page and draws a laid-out page on it. */
  drawPage(page: Page): void {
    const doc = this.doc;
    doc.addPage({ size: [this.size.width, this.size.height], margin: 0 });
    this.text.startPage();
    let pending = '';
    for (const item of page.items) {
      if (item.kind === 'text') {
        pending += `${pending ? '\n' : ''}${this.text.writeLine(item.line, item.x, item.y)}`;
        continue;
      }
      if (pending) {
        doc.addContent(pending);
        pending = '';
      }
      this.drawItem(item);
    }
    if (pending) doc.addContent(pending);
    for (const { y, value } of page.marks) this.addBookmark(value, y);
    for (const { y, value } of page.dests) doc.addNamedDestination(value, 'XYZ', 0, y, null as unknown as number);
  }

  private drawItem(item: Exclude<Item, { kind: 'text' }>): void {
    const doc = this.doc;
    switch (item.kind) {
      case 'rect': {
        const { x, y, width, height, radius } = item;
        if (radius) doc.roundedRect(x, y, width, height, radius as number);
        else doc.rect(x, y, width, height);
        if (item.stroke) doc.lineWidth(item.lineWidth ?? 1);
        if (item.fill && item.stroke) doc.fillAndStroke(item.fill, item.stroke);
        else if (item.fill) doc.fill(item.fill);
        else if (item.stroke) doc.stroke(item.stroke);
        break;
      }
      case 'line':
        doc.moveTo(item.x, item.y).lineTo(item.x2, item.y2).lineWidth(item.width).stroke(item.color);
        break;
      case 'circle':
        doc.circle(item.x, item.y, item.r).fill(item.fill);
        break;
      case 'tick': {
        const { x, y, size: s } = item;
        doc.save();
        doc.moveTo(x + s * 0.23, y + s * 0.52).lineTo(x + s * 0.43, y + s * 0.73).lineTo(x + s * 0.78, y + s * 0.29);
        doc.lineWidth(s * 0.145).lineCap('round').lineJoin('round').stroke(item.color);
        doc.restore();
        break;
      }
      case 'link':
        doc.link(item.x, item.y, item.width, item.height, item.url);
        break;
      case 'goto':
        doc.goTo(item.x, item.y, item.width, item.height, item.name);
        break;
    }
  }

  /** A bookmark at a height of the current page, under its parent's when there is one. */
  private addBookmark(mark: Mark, y: number): void {
    const parent = (mark.parent && this.outline.get(mark.parent)) || this.doc.outline;
    // pdfkit places the view at `page width - left`, so left = page width gives x = 0.
    const place: OutlinePlace = { top: Math.max(0, y - 12), left: this.size.width, zoom: 0 };
    this.outline.set(mark.id, parent.addItem(mark.title, place as { expanded?: boolean }));
  }
}
