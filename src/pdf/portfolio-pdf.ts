// The portfolio PDF: a cover listing every plan, then every plan's pages.
// A build has just drawn each plan for its own PDF, so the portfolio places
// those very pages (page-kit.ts) instead of laying every plan out again:
// the same content streams, fonts rebuilt from the same subsets, the same
// links and bookmarks, and footers numbered through the whole portfolio.
import type { LoadedPlan } from '../load/types.js';
import { Canvas, type Bookmark } from './canvas.js';
import { cacheSubsetEncoding } from './font-subsets.js';
import { loadPdfFont } from './fonts.js';
import { readUnicode, type FontKit, type PlanKit } from './page-kit.js';
import { drawPortfolioCover, PORTFOLIO_TITLE } from './portfolio-cover.js';
import { detectCjkFamily } from './text-runs.js';
import type { PdfkitFont } from './text-operators.js';
import type { PageSize } from './theme.js';

/** The document-level settings of a portfolio PDF. */
export interface PortfolioPdfSettings {
  pageSize: PageSize;
  date: Date;
}

/** Makes a portfolio's fonts from plans' font kits, one per distinct subset, in the portfolio's document. */
class FontPlacer {
  private readonly made = new Map<string, unknown>();
  private count = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The font reference to name a kit's font by, in the portfolio document. */
  place(kit: FontKit): unknown {
    const id = `${kit.key} ${kit.glyphs.join(' ')}`;
    let ref = this.made.get(id);
    if (ref === undefined) {
      ref = this.makeFont(kit).ref();
      this.made.set(id, ref);
    }
    return ref;
  }

  private makeFont(kit: FontKit): PdfkitFont {
    const d = this.doc as unknown as { _font: PdfkitFont; _fontFamilies: Record<string, PdfkitFont> };
    // pdfkit keeps one font object per font file in a document; a plan's
    // subset needs its own, so it is made with pdfkit's own font class (that
    // of any font already in the document: the cover's).
    const FontClass = d._font.constructor as new (doc: PDFKit.PDFDocument, font: unknown, id: string) => PdfkitFont;
    // Ids starting K0 give subset tags no font of the document itself has (pdfkit derives the tag from the id).
    const font = new FontClass(this.doc, loadPdfFont(kit.key), `K0${++this.count}`);
    for (const glyph of kit.glyphs) font.subset.includeGlyph(glyph);
    font.widths = Array.from(kit.widths);
    font.unicode = readUnicode(kit);
    cacheSubsetEncoding(font, kit.key);
    // Fonts in this table are embedded when the document ends.
    d._fontFamilies[`kit ${font.id}`] = font;
    return font;
  }
}

/** Places one plan's pages, with a top-level bookmark for the plan and its own bookmarks under it. */
function placePlan(c: Canvas, kit: PlanKit, fonts: FontPlacer, title: string, destination: string): void {
  const names = new Map(kit.fonts.map((font) => [font.name, fonts.place(font)]));
  const marks: Bookmark[] = [];
  let planMark: Bookmark | undefined;
  kit.pages.forEach((page, index) => {
    c.placePage(page, names);
    if (index === 0) {
      c.doc.addNamedDestination(destination, 'XYZ', 0, 0, 0);
      planMark = c.bookmark(title);
    }
    for (const mark of kit.bookmarks) {
      if (mark.page !== index) continue;
      marks.push(c.placeBookmark(mark.title, mark.top, mark.parent < 0 ? planMark : marks[mark.parent]));
    }
  });
}

/**
 * Puts a portfolio PDF together: the cover is drawn at once, and each plan's
 * pages are placed as soon as its kit and every earlier plan's are in, so a
 * build can place pages while its workers still draw later plans.
 */
export class PortfolioAssembler {
  private readonly c: Canvas;
  private readonly fonts: FontPlacer;
  private readonly destinations: string[];
  private readonly waiting = new Map<number, PlanKit>();
  private next = 0;

  constructor(private readonly plans: LoadedPlan[], settings: PortfolioPdfSettings) {
    const owners = [...new Set(plans.map((p) => p.plan.owner))];
    const tags = [...new Set(plans.flatMap((p) => p.plan.tags ?? []))].sort();
    this.c = new Canvas({
      pageSize: settings.pageSize,
      date: settings.date,
      title: PORTFOLIO_TITLE,
      author: owners.length <= 3 ? owners.join(', ') : `${owners.slice(0, 3).join(', ')} and ${owners.length - 3} more`,
      subject: `${plans.length} career action ${plans.length === 1 ? 'plan' : 'plans'}`,
      keywords: tags.join(', '),
    });
    this.c.cjk = detectCjkFamily(plans.map((p) => `${p.plan.owner} ${p.plan.title}`).join('\n'));
    this.destinations = plans.map((_, i) => `plan-${i + 1}`);
    drawPortfolioCover(this.c, plans, this.destinations);
    this.fonts = new FontPlacer(this.c.doc);
  }

  /** Takes the kit of `plans[index]`, in any order. */
  add(index: number, kit: PlanKit): void {
    this.waiting.set(index, kit);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      const { plan } = this.plans[this.next]!;
      placePlan(this.c, ready, this.fonts, `${plan.owner}: ${plan.title}`, this.destinations[this.next]!);
      this.next += 1;
    }
  }

  /** The finished PDF, once every plan's kit was added. */
  finish(): Promise<Buffer> {
    if (this.next !== this.plans.length) throw new Error(`The portfolio PDF is missing plan ${this.next + 1} of ${this.plans.length}`);
    return this.c.finish();
  }
}

/** Renders the portfolio PDF from the plans and the kits their own PDFs left (`kits[i]` for `plans[i]`). */
export function assemblePortfolioPdf(plans: LoadedPlan[], kits: PlanKit[], settings: PortfolioPdfSettings): Promise<Buffer> {
  const assembler = new PortfolioAssembler(plans, settings);
  kits.forEach((kit, i) => assembler.add(i, kit));
  return assembler.finish();
}
