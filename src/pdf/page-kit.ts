// What a plan's PDF pages are made of, kept while the plan is drawn, so the
// portfolio PDF can place the same pages again instead of laying the plan
// out a second time (portfolio-pdf.ts). A page's content stream is kept as
// the deflated bytes already written; its fonts, links and bookmarks are
// kept as what is needed to rebuild them in another document.
import type { FontKey } from './fonts.js';
import type { PdfkitFont } from './text-operators.js';

/** A link on a page, in the top-down coordinates it was drawn with. */
export interface LinkKit {
  x: number;
  y: number;
  width: number;
  height: number;
  url: string;
}

/** One page: its deflated content stream, its links and its footer title. */
export interface PageKit {
  content: Uint8Array;
  links: LinkKit[];
  footer: string;
}

/** A bookmark, and where it points: a page of the plan and a height on it. */
export interface BookmarkKit {
  title: string;
  /** The index of its parent among the plan's bookmarks; -1 at the top level. */
  parent: number;
  page: number;
  top: number;
}

/**
 * A font subset as one plan's pages use it: under `name` in their
 * resources. Kept in typed arrays, which threads pass as plain bytes.
 */
export interface FontKit {
  name: string;
  key: FontKey;
  /** Glyph ids of the full font, in subset order (subset code = index). */
  glyphs: Uint16Array;
  widths: Float64Array;
  /** Each code's characters, one after another; `unicodeEnds[i]` is where code i's end. */
  unicode: Uint32Array;
  unicodeEnds: Uint32Array;
}

/** A font's characters per code, as pdfkit keeps them (for its ToUnicode map). */
export function readUnicode(kit: FontKit): number[][] {
  const out: number[][] = [];
  let start = 0;
  for (const end of kit.unicodeEnds) {
    out.push(Array.from(kit.unicode.subarray(start, end)));
    start = end;
  }
  return out;
}

/** Everything needed to place a plan's pages in another PDF. */
export interface PlanKit {
  pages: PageKit[];
  bookmarks: BookmarkKit[];
  fonts: FontKit[];
}

/** Collects a plan's kit while its canvas draws. */
export class KitRecorder {
  readonly kit: PlanKit = { pages: [], bookmarks: [], fonts: [] };
  private links: LinkKit[] = [];
  private readonly bookmarkIndex = new Map<object, number>();

  /** Notes a link drawn on the current page. */
  addLink(link: LinkKit): void {
    this.links.push(link);
  }

  /** Notes a bookmark added on a page (0-based) of this plan. */
  addBookmark(bookmark: object, title: string, parent: object | undefined, page: number, top: number): void {
    this.bookmarkIndex.set(bookmark, this.kit.bookmarks.length);
    this.kit.bookmarks.push({ title, parent: parent ? (this.bookmarkIndex.get(parent) ?? -1) : -1, page, top });
  }

  /** Notes a finished page. */
  endPage(content: Uint8Array, footer: string): void {
    this.kit.pages.push({ content, links: this.links, footer });
    this.links = [];
  }

  /** Notes the document's fonts as they stand once every page is drawn. */
  recordFonts(fonts: Iterable<[FontKey, PdfkitFont]>): void {
    for (const [key, font] of fonts) {
      const codePoints: number[] = [];
      const ends = new Uint32Array(font.unicode.length);
      for (let code = 0; code < ends.length; code++) {
        codePoints.push(...(font.unicode[code] ?? []));
        ends[code] = codePoints.length;
      }
      this.kit.fonts.push({
        name: font.id,
        key,
        glyphs: Uint16Array.from(font.subset.glyphs),
        widths: Float64Array.from(font.widths),
        unicode: Uint32Array.from(codePoints),
        unicodeEnds: ends,
      });
    }
  }
}
