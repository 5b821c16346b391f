// Draws laid-out pages into a pdfkit document: shapes, links, bookmarks and
// destinations through pdfkit's public API, text through the text writer.
import type { Mark } from '../layout/blocks.js';
import type { Item, Page } from '../layout/items.js';
import type { Line } from '../layout/text-layout.js';
import { PathPainter } from './paint-paths.js';
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

  /**
   * Adds a page and draws a laid-out page on it: its shapes and links in
   * order, then all its text in one text object on top (text is never
   * covered by a shape, so this changes nothing in the picture).
   */
  drawPage(page: Page): void {
    const doc = this.doc;
    doc.addPage({ size: [this.size.width, this.size.height], margin: 0 });
    const shapes = new PathPainter(doc);
    const lines: { line: Line; x: number; y: number }[] = [];
    const draw = (items: readonly Item[], dx: number, dy: number) => {
      for (const item of items) {
        if (item.kind === 'text') lines.push({ line: item.line, x: item.x + dx, y: item.y + dy });
        else shapes.add(item, dx, dy);
      }
    };
    draw(page.items, 0, 0);
    for (const group of page.groups) draw(group.items, group.dx, group.dy);
    shapes.flush();
    if (lines.length > 0) doc.addContent(this.text.writePage(lines));
    for (const { y, value } of page.marks) this.addBookmark(value, y);
    for (const { y, value } of page.dests) doc.addNamedDestination(value, 'XYZ', 0, y, null as unknown as number);
  }

  /** A bookmark at a height of the current page, under its parent's when there is one. */
  private addBookmark(mark: Mark, y: number): void {
    const parent = (mark.parent && this.outline.get(mark.parent)) || this.doc.outline;
    // pdfkit places the view at `page width - left`, so left = page width gives x = 0.
    const place: OutlinePlace = { top: Math.max(0, y - 12), left: this.size.width, zoom: 0 };
    this.outline.set(mark.id, parent.addItem(mark.title, place as { expanded?: boolean }));
  }
}
