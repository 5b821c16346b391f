// A thin layer over a pdfkit document that owns the page flow: the cursor,
// page breaks, fonts, bookmarks and the running footer. pdfkit's own margins
// are zero so it never adds a page behind our back (it does when text lands
// in a bottom margin); this class keeps the real margins.
import PDFDocument from 'pdfkit';
import { prepareFontSubset, reuseCompressedStreams } from './font-subsets.js';
import { loadPdfFont, measureText, type CjkFamily, type FontKey } from './fonts.js';
import { ContentWriter } from './content-writer.js';
import { endDocument } from './end-document.js';
import { Shapes } from './shapes.js';
import { KitRecorder, type PageKit } from './page-kit.js';
import { writeTextOperators, type PdfkitFont } from './text-operators.js';
import { layoutText, type Line, type Span, type TextBlock } from './text-layout.js';
import { colors, margins, pageSizes, sizes, type PageSize } from './theme.js';

/** zlib level for page content: 1 is several times faster than pdfkit's 6, for slightly larger files. */
const CONTENT_COMPRESSION = 1;

/** The parts of pdfkit's page and stream objects that sealPage and drawFooters use. */
interface PdfkitStream {
  compress: boolean;
  data: { Filter?: string };
  write(chunk: Uint8Array | string): void;
  end(): void;
}
interface PdfkitPage {
  content: PdfkitStream;
  dictionary: { data: { Contents: unknown } };
}

/** Document-level settings fixed when the PDF is created. */
export interface CanvasOptions {
  pageSize: PageSize;
  /** Pinned CreationDate and ModDate, so the bytes are reproducible. */
  date: Date;
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** Keep what each page is made of (see page-kit.ts), for placing the pages in the portfolio PDF. */
  keepKit?: boolean;
}

/**
 * Where a plan PDF's own font names start (F101, F102...): the portfolio
 * places a plan's pages with their font names as they are, next to its own
 * fonts (F1, F2...) in the footers.
 */
const PLAN_FONT_NAMES_FROM = 100;

/** A document whose operators (pdfkit's own, such as links' and outlines') go into the page's content writer. */
interface WritingDocument {
  addContent(data: string): unknown;
  planfolioContent: ContentWriter;
}

// A shared function, not a closure per document: see font-subsets.ts.
function addContentToWriter(this: WritingDocument, data: string): unknown {
  this.planfolioContent.write(data);
  this.planfolioContent.endLine();
  return this;
}

/** A bookmark in the PDF outline that others can nest under. */
export type Bookmark = PDFKit.PDFOutline;

/** The page flow of one PDF being drawn. */
export class Canvas {
  readonly doc: PDFKit.PDFDocument;
  readonly width: number;
  readonly height: number;
  readonly left = margins.left;
  readonly right: number;
  readonly top = margins.top;
  readonly bottom: number;
  /** Where the next block starts, from the top of the page. */
  y = margins.top;
  /** Which CJK font Han characters prefer in the text being drawn. */
  cjk: CjkFamily = 'sc';
  /** The title printed in the footer of pages started from now on. */
  footerTitle = '';
  private readonly footers: string[] = [];
  private readonly registered = new Set<FontKey>();
  private fontKey: FontKey | null = null;
  /** The current page's drawing operators, gathered until the page is done (see sealPage). */
  private readonly content = new ContentWriter();
  /** Lines, boxes and dots, drawn into the current page. */
  readonly draw = new Shapes(this.content);
  /** What the pages are made of, when kept. */
  readonly recorder?: KitRecorder;
  /** The content of a page placed from a kit, written instead of drawn operators. */
  private placed?: Uint8Array;

  constructor(options: CanvasOptions) {
    const page = pageSizes[options.pageSize];
    this.width = page.width;
    this.height = page.height;
    this.right = page.width - margins.right;
    this.bottom = page.height - margins.bottom;
    this.doc = new PDFDocument({
      size: [page.width, page.height],
      margin: 0,
      bufferPages: true,
      autoFirstPage: false,
      // No default Helvetica: it would be parsed for every document, never used.
      font: null as unknown as string,
      displayTitle: true,
      lang: 'en',
      info: {
        Title: options.title,
        Author: options.author,
        Subject: options.subject,
        Keywords: options.keywords,
        Creator: 'Planfolio',
        Producer: 'Planfolio (pdfkit)',
        CreationDate: options.date,
        ModDate: options.date,
      },
    });
    reuseCompressedStreams(this.doc);
    if (options.keepKit) {
      this.recorder = new KitRecorder();
      (this.doc as unknown as { _fontCount: number })._fontCount = PLAN_FONT_NAMES_FROM;
    }
    const doc = this.doc as unknown as WritingDocument;
    doc.planfolioContent = this.content;
    doc.addContent = addContentToWriter;
  }

  /** Width of the text column. */
  get contentWidth(): number {
    return this.right - this.left;
  }

  /** Room left on the page below the cursor. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page and puts the cursor at its top. */
  addPage(): void {
    if (this.footers.length > 0) this.sealPage();
    this.doc.addPage({ size: [this.width, this.height], margin: 0 });
    this.footers.push(this.footerTitle);
    this.fontKey = null;
    this.y = this.top;
  }

  /**
   * Makes sure `height` points fit below the cursor, starting a new page when
   * they do not. On a fresh page nothing more can be done: a block taller
   * than a page starts there and flows. Returns true on a new page.
   */
  keepTogether(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    if (this.y === this.top && this.footers.length > 0) return false;
    this.addPage();
    return true;
  }

  /** Pages started so far: compare before and after drawing to tell whether a block broke across pages. */
  get pageCount(): number {
    return this.footers.length;
  }

  /** Whether a block of this height fits on one page at all (else it must flow across pages). */
  fitsOnPage(height: number): boolean {
    return height <= this.bottom - this.top;
  }

  /** Lays out spans at a width (default: the text column), using this document's CJK preference. */
  layout(spans: Span[], width = this.contentWidth, lineHeight?: number): TextBlock {
    return layoutText(spans, width, { cjk: this.cjk, lineHeight });
  }

  /** Draws laid-out text with its top-left corner at (x, y), without moving the cursor. */
  drawBlock(block: TextBlock, x: number, y: number): void {
    for (const line of block.lines) {
      this.drawLine(line, x, y);
      y += line.height;
    }
  }

  /** Draws laid-out text at the cursor, breaking pages between lines; moves the cursor below it. */
  flowBlock(block: TextBlock, x = this.left): void {
    for (const line of block.lines) {
      this.keepTogether(line.height);
      this.drawLine(line, x, this.y);
      this.y += line.height;
    }
  }

  /** Draws one line of text. */
  private drawLine(line: Line, x: number, top: number): void {
    const doc = this.doc;
    const baseline = top + line.baseline;
    for (const run of line.runs) {
      const { style } = run;
      const left = x + run.x;
      if (style.code) {
        this.draw.roundedRect(left - 1.5, baseline - style.size * 0.86, run.width + 3, style.size * 1.14, 1.5).fill(colors.fill);
      }
      this.useFont(run.font);
      writeTextOperators(this.content, doc, run.font, run.text, left, baseline, style.size, style.color);
      this.content.endLine();
      if (style.link) {
        const underline = baseline + style.size * 0.14;
        this.draw.moveTo(left, underline).lineTo(left + run.width, underline).lineWidth(0.4).stroke(style.color);
        doc.link(left, top, run.width, line.height, style.link);
        this.recorder?.addLink({ x: left, y: top, width: run.width, height: line.height, url: style.link });
      }
    }
  }

  /**
   * Writes the finished page's content stream, compressed here. pdfkit would
   * copy each of a page's hundreds of small `addContent` strings into a byte
   * array of its own and deflate the page at zlib's default level at the very
   * end; writing the page as bytes (ContentWriter) and deflating it once, as
   * soon as it is done, at CONTENT_COMPRESSION costs a fraction of that, for
   * a few percent more bytes. Same input, same bytes.
   */
  private sealPage(): void {
    const stream = (this.doc.page as unknown as PdfkitPage).content;
    stream.compress = false;
    stream.data.Filter = 'FlateDecode';
    const bytes = this.placed ?? this.content.take(CONTENT_COMPRESSION);
    if (this.placed) this.content.clear();
    this.placed = undefined;
    stream.write(bytes);
    this.recorder?.endPage(bytes, this.footers.at(-1) ?? '');
  }

  /**
   * Starts a page that shows a page of another PDF as it is: its content
   * stream, with the fonts it names (`fonts`: name to font reference) and
   * its links. Footers are drawn as for any page.
   */
  placePage(page: PageKit, fonts: ReadonlyMap<string, unknown>): void {
    this.footerTitle = page.footer;
    this.addPage();
    this.placed = page.content;
    const resources = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page.fonts;
    for (const [name, ref] of fonts) resources[name] = ref;
    for (const link of page.links) this.doc.link(link.x, link.y, link.width, link.height, link.url);
  }

  /** Draws a single line of text that is cut with an ellipsis when wider than `maxWidth`. */
  drawClipped(span: Span, x: number, y: number, maxWidth: number, align: 'left' | 'right' = 'left'): void {
    let block = this.layout([span], 1e6);
    if (block.width > maxWidth) {
      let text = span.text;
      while (text.length > 1 && block.width > maxWidth) {
        text = text.slice(0, Math.max(1, Math.floor(text.length * Math.min(0.95, maxWidth / block.width)))).trimEnd();
        block = this.layout([{ text: `${text}…`, style: span.style }], 1e6);
      }
    }
    this.drawBlock(block, align === 'right' ? x + maxWidth - block.width : x, y);
  }

  /** Adds a bookmark at the cursor, at the top level or under a parent. */
  bookmark(title: string, parent?: Bookmark): Bookmark {
    return this.placeBookmark(title, Math.max(0, this.y - 12), parent);
  }

  /** Adds a bookmark to a height (from the top) of the current page. */
  placeBookmark(title: string, top: number, parent?: Bookmark): Bookmark {
    // pdfkit places the view at `width - left`, so left = width gives x = 0.
    const options = { top, left: this.width, zoom: 0 };
    const bookmark = (parent ?? this.doc.outline).addItem(title, options as { expanded?: boolean });
    this.recorder?.addBookmark(bookmark, title, parent, this.footers.length - 1, top);
    return bookmark;
  }

  /** Selects a font for the next text, registering it with pdfkit on first use in this PDF. */
  useFont(key: FontKey): void {
    if (this.fontKey === key) return;
    if (!this.registered.has(key)) {
      // pdfkit gets the parsed fontkit font, registered under a name, so it
      // neither re-reads the file nor re-parses it on later `font()` calls.
      this.doc.registerFont(key, loadPdfFont(key) as unknown as PDFKit.Mixins.PDFFontSource);
      this.registered.add(key);
      this.doc.font(key);
      prepareFontSubset(this.doc, key);
    } else this.doc.font(key);
    this.fontKey = key;
  }

  /**
   * Draws the footer (title and "Page N of M") on every page, once the page
   * count is known. Pages are sealed by then, so each footer goes into a
   * second content stream of its page (PDF concatenates a page's streams).
   */
  private drawFooters(): void {
    const total = this.footers.length;
    const y = this.height - margins.bottom + 26;
    const style = { face: 'regular' as const, size: sizes.footer, color: colors.muted };
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(i);
      this.fontKey = null;
      this.draw.moveTo(this.left, y - 8).lineTo(this.right, y - 8).lineWidth(0.5).stroke(colors.rule);
      const pageText = `Page ${i + 1} of ${total}`;
      const pageWidth = measureText('latin-regular', pageText, sizes.footer);
      this.drawClipped({ text: pageText, style }, this.right - pageWidth, y, pageWidth + 1, 'right');
      this.drawClipped({ text: this.footers[i] ?? '', style }, this.left, y, this.contentWidth - pageWidth - 24);
      const page = this.doc.page as unknown as PdfkitPage;
      const footer = (this.doc as unknown as { ref(): PdfkitStream }).ref();
      // Deflated here like the page itself (see sealPage), not by pdfkit at level 6.
      footer.compress = false;
      footer.write(this.content.take(CONTENT_COMPRESSION));
      footer.data.Filter = 'FlateDecode';
      footer.end();
      page.dictionary.data.Contents = [page.content, footer];
    }
  }

  /** Finishes the PDF (footers included) and returns its bytes. */
  finish(): Promise<Buffer> {
    if (this.footers.length === 0) this.addPage();
    this.sealPage();
    if (this.recorder) {
      const families = (this.doc as unknown as { _fontFamilies: Record<string, PdfkitFont> })._fontFamilies;
      this.recorder.recordFonts([...this.registered].map((key): [FontKey, PdfkitFont] => [key, families[key]!]));
    }
    this.drawFooters();
    return endDocument(this.doc);
  }
}
