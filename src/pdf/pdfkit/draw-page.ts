// A pdfkit document and the laid-out pages drawn into it: shapes, links,
// bookmarks and destinations through pdfkit's public API, text through the
// text writer. The dates inside are pinned by the caller, and pdfkit derives
// the trailer /ID from the info fields and names font subsets by font order,
// so the same pages give the same bytes. pdfkit compresses the pages and
// embeds the font subsets itself.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Mark } from '../layout/blocks.js';
import type { Item, Page } from '../layout/items.js';
import { pageSizes, type PageSize } from '../layout/theme.js';
import { PathPainter } from './paint-paths.js';
import { TextWriter, type PlacedLine } from './write-text.js';

/** What a document says about itself, and its paper. */
export interface DocumentInfo {
  pageSize: PageSize;
  /** CreationDate and ModDate. */
  date: Date;
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** The language of its words (BCP 47). */
  lang: string;
  /** Creator and Producer. */
  creator: string;
}

/** A document being drawn: its pages go in one after another. */
export class PdfDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly text: TextWriter;
  /** Bookmarks by id, for nesting later ones under them. */
  private readonly outline = new Map<string, PDFKit.PDFOutline>();

  constructor(info: DocumentInfo) {
    const size = pageSizes[info.pageSize];
    this.doc = new PDFDocument({
      size: [size.width, size.height],
      margin: 0,
      autoFirstPage: false,
      // No default Helvetica: it would be loaded for every document and never used.
      font: null as unknown as string,
      displayTitle: true,
      lang: info.lang,
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Keywords: info.keywords,
        Creator: info.creator,
        Producer: info.creator,
        CreationDate: info.date,
        ModDate: info.date,
      },
    });
    this.text = new TextWriter(this.doc);
  }

  /**
   * Adds a page for each laid-out page and draws it: its shapes and links in
   * order, then all its text in one text object on top (text is never
   * covered by a shape, so this changes nothing in the picture).
   */
  drawPages(pages: readonly Page[]): void {
    const doc = this.doc;
    for (const page of pages) {
      doc.addPage();
      const shapes = new PathPainter(doc);
      const lines: PlacedLine[] = [];
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
  }

  /** A bookmark at a height of the current page, under its parent's when there is one. */
  private addBookmark(mark: Mark, y: number): void {
    const parent = (mark.parent && this.outline.get(mark.parent)) || this.doc.outline;
    // pdfkit 0.20's outline takes a place on the page (its types only list `expanded`); it puts
    // the view at `page width - left`, so left = page width gives x = 0.
    const place = { top: Math.max(0, y - 12), left: this.doc.page.width, zoom: 0 };
    this.outline.set(mark.id, parent.addItem(mark.title, place as { expanded?: boolean }));
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = once(this.doc, 'end');
    this.doc.end();
    await ended;
    return Buffer.concat(chunks);
  }

  /** Sends the document's bytes to a file stream as they are written; `finish` ends both and waits for the file to close. */
  streamTo(out: Writable): { flush(): Promise<void>; finish(): Promise<void> } {
    this.doc.pipe(out);
    return {
      // Lets what was drawn so far flow out, so a long document is not held whole.
      async flush() {
        await new Promise((resolve) => setImmediate(resolve));
        if (out.writableNeedDrain) await once(out, 'drain');
      },
      finish: async () => {
        const done = once(out, 'close');
        this.doc.end();
        await done;
      },
    };
  }
}
