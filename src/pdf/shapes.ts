// Lines, boxes and dots written straight into the page's content, in the
// very operators pdfkit writes for `rect`, `roundedRect`, `circle`, `fill`
// and `stroke` (the same bytes), without pdfkit's per-call strings and
// colour parsing: a plan's PDF draws a few hundred of them.
import type { ContentWriter } from './content-writer.js';

// pdfkit's constant for drawing quarter circles with Bézier curves.
const KAPPA = 4.0 * ((Math.sqrt(2) - 1.0) / 3.0);
const SPACE = 32;

const fillColors = new Map<string, string>();
const strokeColors = new Map<string, string>();

/** `#1f2933` set as pdfkit sets a colour: the RGB space, then its three parts. */
function makeColorOperators(hex: string, stroke: boolean): string {
  const table = stroke ? strokeColors : fillColors;
  let operators = table.get(hex);
  if (!operators) {
    const n = Number.parseInt(hex.slice(1), 16);
    const parts = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((part) => part / 255).join(' ');
    operators = stroke ? `/DeviceRGB CS\n${parts} SCN\n` : `/DeviceRGB cs\n${parts} scn\n`;
    table.set(hex, operators);
  }
  return operators;
}

/** Path and paint operators for one page's content, chained as pdfkit's are. */
export class Shapes {
  constructor(private readonly out: ContentWriter) {}

  /** Writes numbers and an operator as one line, numbers as pdfkit rounds them. */
  private line(operator: string, ...numbers: number[]): this {
    const out = this.out;
    for (const n of numbers) {
      out.writeNumber(n, 6);
      out.writeByte(SPACE);
    }
    out.write(operator);
    out.endLine();
    return this;
  }

  moveTo(x: number, y: number): this {
    return this.line('m', x, y);
  }

  lineTo(x: number, y: number): this {
    return this.line('l', x, y);
  }

  rect(x: number, y: number, w: number, h: number): this {
    return this.line('re', x, y, w, h);
  }

  roundedRect(x: number, y: number, w: number, h: number, radius: number): this {
    const r = Math.max(0, Math.min(radius, 0.5 * w, 0.5 * h));
    const c = r * (1.0 - KAPPA);
    this.moveTo(x + r, y).lineTo(x + w - r, y);
    if (r > 0) this.line('c', x + w - c, y, x + w, y + c, x + w, y + r);
    this.lineTo(x + w, y + h - r);
    if (r > 0) this.line('c', x + w, y + h - c, x + w - c, y + h, x + w - r, y + h);
    this.lineTo(x + r, y + h);
    if (r > 0) this.line('c', x + c, y + h, x, y + h - c, x, y + h - r);
    this.lineTo(x, y + r);
    if (r > 0) this.line('c', x, y + c, x + c, y, x + r, y);
    return this.line('h');
  }

  circle(centreX: number, centreY: number, radius: number): this {
    // Computed in pdfkit's order, so the rounded numbers come out the same.
    const [x, y] = [centreX - radius, centreY - radius];
    const o = radius * KAPPA;
    const [xe, ye, xm, ym] = [x + radius * 2, y + radius * 2, x + radius, y + radius];
    this.moveTo(x, ym);
    this.line('c', x, ym - o, xm - o, y, xm, y);
    this.line('c', xm + o, y, xe, ym - o, xe, ym);
    this.line('c', xe, ym + o, xm + o, ye, xm, ye);
    this.line('c', xm - o, ye, x, ym + o, x, ym);
    return this.line('h');
  }

  lineWidth(width: number): this {
    return this.line('w', width);
  }

  lineCap(style: 'butt' | 'round' | 'square'): this {
    return this.line(`${['butt', 'round', 'square'].indexOf(style)} J`);
  }

  lineJoin(style: 'miter' | 'round' | 'bevel'): this {
    return this.line(`${['miter', 'round', 'bevel'].indexOf(style)} j`);
  }

  /** Fills the path in a `#rrggbb` colour. */
  fill(color: string): void {
    this.out.write(makeColorOperators(color, false));
    this.line('f');
  }

  /** Strokes the path in a `#rrggbb` colour. */
  stroke(color: string): void {
    this.out.write(makeColorOperators(color, true));
    this.line('S');
  }
}
