// Creates pdfkit documents and collects what they write. The dates inside
// are pinned by the caller, and pdfkit derives the trailer /ID from the info
// fields and names font subsets by font order, so the same pages give the
// same bytes. pdfkit compresses the pages and embeds the font subsets itself.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Page } from '../layout/items.js';
import { pageSizes, type PageSize } from '../layout/theme.js';
import { PageDrawer } from './draw-page.js';

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
export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  drawer: PageDrawer;
}

/** Creates a document, ready for pages. */
export function openDocument(info: DocumentInfo): OpenDocument {
  const size = pageSizes[info.pageSize];
  const doc = new PDFDocument({
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
  return { doc, drawer: new PageDrawer(doc, size) };
}

/** Draws pages into an open document. */
export function drawPages(open: OpenDocument, pages: readonly Page[]): void {
  for (const page of pages) open.drawer.drawPage(page);
}

/** Ends a document and returns its bytes. */
export async function finishToBuffer(open: OpenDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  open.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(open.doc, 'end');
  open.doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Sends a document's bytes to a file stream as they are written; `finish` ends both and waits for the file to close. */
export function streamTo(open: OpenDocument, out: Writable): { flush(): Promise<void>; finish(): Promise<void> } {
  open.doc.pipe(out);
  return {
    // Lets what was drawn so far flow out, so a long document is not held whole.
    async flush() {
      await new Promise((resolve) => setImmediate(resolve));
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async finish() {
      const done = once(out, 'close');
      open.doc.end();
      await done;
    },
  };
}
