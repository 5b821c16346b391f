// Draws shapes through pdfkit's vector API, in as few painting calls as the
// picture allows: shapes filled with the same colour one after another are
// one path filled once, and so are lines of the same colour and width
// stroked once. The colour goes in as one short operator (pdfkit would write
// a colour space and each component to 16 digits, three calls per paint),
// then pdfkit's own fill() or stroke() paints. Coordinates are rounded to a
// hundredth of a point, which no eye or printer tells apart, so the page's
// content stays short.
import type { Item } from '../layout/items.js';
import { drawLogo } from './draw-logo.js';

type Shape = Exclude<Item, { kind: 'text' }>;

const round = (n: number): number => Math.round(n * 100) / 100;

/** Paints the paths of one page, in order. */
export class PathPainter {
  /** What the path built so far is waiting for: a fill in a colour, a stroke in a colour and width, or nothing. */
  private pending: { fill: string } | { stroke: string; width: number } | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Draws a shape, link or clickable area moved by (dx, dy). */
  add(item: Shape, dx: number, dy: number): void {
    const doc = this.doc;
    const x = round(item.x + dx);
    const y = round(item.y + dy);
    switch (item.kind) {
      case 'rect': {
        const width = round(item.width);
        const height = round(item.height);
        if (item.fill && !item.stroke) this.waitFor({ fill: item.fill });
        else this.flush();
        if (item.radius) doc.roundedRect(x, y, width, height, item.radius as number);
        else doc.rect(x, y, width, height);
        if (!item.stroke) return;
        doc.lineWidth(item.lineWidth ?? 1);
        if (item.fill) doc.fillAndStroke(item.fill, item.stroke);
        else doc.stroke(item.stroke);
        return;
      }
      case 'circle':
        this.waitFor({ fill: item.fill });
        doc.circle(x, y, item.r);
        return;
      case 'polygon': {
        const points: [number, number][] = [];
        for (let i = 0; i + 1 < item.points.length; i += 2) points.push([round(x + item.points[i]!), round(y + item.points[i + 1]!)]);
        if (item.opacity === undefined && !(item.fill && item.stroke)) {
          if (item.fill) this.waitFor({ fill: item.fill });
          else if (item.stroke) this.waitFor({ stroke: item.stroke, width: item.lineWidth ?? 1 });
          doc.polygon(...points);
          return;
        }
        // Seen through: pdfkit's opacity, kept to this one shape by save and restore around it.
        this.flush();
        doc.save();
        if (item.opacity !== undefined) doc.fillOpacity(item.opacity);
        doc.lineWidth(item.lineWidth ?? 1).polygon(...points);
        if (item.fill && item.stroke) doc.fillAndStroke(item.fill, item.stroke);
        else if (item.fill) doc.fill(item.fill);
        else doc.stroke(item.stroke);
        doc.restore();
        return;
      }
      case 'line':
        this.waitFor({ stroke: item.color, width: item.width });
        doc.moveTo(x, y).lineTo(round(item.x2 + dx), round(item.y2 + dy));
        return;
      case 'tick': {
        this.flush();
        const s = item.size;
        doc.save();
        doc.moveTo(x + s * 0.23, y + s * 0.52).lineTo(x + s * 0.43, y + s * 0.73).lineTo(x + s * 0.78, y + s * 0.29);
        doc.lineWidth(s * 0.145).lineCap('round').lineJoin('round').stroke(item.color);
        doc.restore();
        return;
      }
      case 'link':
        doc.link(x, y, round(item.width), round(item.height), item.url);
        return;
      case 'goto':
        doc.goTo(x, y, round(item.width), round(item.height), item.name);
        return;
      case 'logo':
        this.flush();
        drawLogo(doc, item.logo, { x, y, width: item.width, height: item.height });
        return;
    }
  }

  /** Paints the path waiting to be painted, if any. */
  flush(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    if ('fill' in pending) this.doc.addContent(`${writeRgb(pending.fill)} rg`).fill();
    else this.doc.lineWidth(pending.width).addContent(`${writeRgb(pending.stroke)} RG`).stroke();
  }

  /** Paints what is waiting unless the next shape is painted the same way. */
  private waitFor(next: { fill: string } | { stroke: string; width: number }): void {
    const now = this.pending;
    const same = now && ('fill' in now ? 'fill' in next && now.fill === next.fill : 'stroke' in next && now.stroke === next.stroke && now.width === next.width);
    if (!same) {
      this.flush();
      this.pending = next;
    }
  }
}

/** `#1f3a99` as `0.122 0.227 0.6`: the operands of an RGB colour operator. */
export function writeRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const part = (v: number) => String(Math.round((v / 255) * 1000) / 1000);
  return `${part((n >> 16) & 255)} ${part((n >> 8) & 255)} ${part(n & 255)}`;
}
