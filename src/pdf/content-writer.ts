// A page's content stream, written as bytes while the page is drawn. Text
// operators were built as strings and joined per page; with thousands of
// glyph codes per page, building, joining and converting those strings was
// a tenth of a PDF's CPU time. Writing bytes into one growing buffer skips
// all three, and deflating reads the buffer as it is.
import { deflateSync } from 'node:zlib';

/** Character codes of the hex digits, for glyph codes. */
const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const NEWLINE = 10;
const [MINUS, DOT, ZERO] = [45, 46, 48];
/** Up to this many characters, a write copies them one by one. */
const SHORT_TEXT = 64;

/** Bytes of PDF content (operators and their operands), all ASCII. */
export class ContentWriter {
  private buffer = Buffer.allocUnsafe(32 * 1024);
  private length = 0;

  /** Makes room for `count` more bytes. */
  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + count));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }

  /** Writes operators or operands (ASCII text). */
  write(text: string): void {
    const count = text.length;
    this.reserve(count);
    if (count > SHORT_TEXT) {
      this.length += this.buffer.write(text, this.length, 'latin1');
      return;
    }
    // Most writes are a few characters: copying them here beats a call into Buffer's native writer.
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < count; i++) b[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Writes one byte, given as its character code. */
  writeByte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** Writes a glyph code as the four hex digits it takes inside `<...>`. */
  writeGlyphCode(code: number): void {
    this.reserve(4);
    const b = this.buffer;
    const at = this.length;
    b[at] = HEX_DIGITS[(code >> 12) & 15]!;
    b[at + 1] = HEX_DIGITS[(code >> 8) & 15]!;
    b[at + 2] = HEX_DIGITS[(code >> 4) & 15]!;
    b[at + 3] = HEX_DIGITS[code & 15]!;
    this.length = at + 4;
  }

  /**
   * Writes a number rounded to `decimals` places (3 or 6), as
   * `String(Math.round(n * 10 ** decimals) / 10 ** decimals)` would (`12`,
   * `0.5`, `-3.125`), without making a string.
   */
  writeNumber(n: number, decimals: 3 | 6 = 3): void {
    const scale = decimals === 3 ? 1000 : 1_000_000;
    let scaled = Math.round(n * scale);
    this.reserve(32);
    const b = this.buffer;
    if (scaled < 0) {
      b[this.length++] = MINUS;
      scaled = -scaled;
    }
    const whole = Math.floor(scaled / scale);
    let fraction = scaled - whole * scale;
    this.writeDigits(whole);
    if (fraction === 0) return;
    b[this.length++] = DOT;
    for (let unit = scale / 10; fraction > 0; unit /= 10) {
      const digit = Math.floor(fraction / unit);
      b[this.length++] = ZERO + digit;
      fraction -= digit * unit;
    }
  }

  private writeDigits(value: number): void {
    if (value >= 10) this.writeDigits(Math.floor(value / 10));
    this.buffer[this.length++] = ZERO + (value % 10);
  }

  /** Writes bytes made earlier, from `from` on. */
  writeBytes(bytes: Uint8Array, from = 0): void {
    const count = bytes.length - from;
    this.reserve(count);
    const b = this.buffer;
    let at = this.length;
    if (count > SHORT_TEXT) {
      b.set(from === 0 ? bytes : bytes.subarray(from), at);
      this.length = at + count;
      return;
    }
    // Word fragments are a few dozen bytes: a loop beats setting a subarray.
    for (let i = from; i < bytes.length; i++) b[at++] = bytes[i]!;
    this.length = at;
  }

  /** Ends an operator line. */
  endLine(): void {
    this.writeByte(NEWLINE);
  }

  /** How many bytes were written since the last `take`. */
  get size(): number {
    return this.length;
  }

  /** Drops what was written. */
  clear(): void {
    this.length = 0;
  }

  /** A copy of the bytes written so far; the writer starts over empty. */
  takeBytes(): Uint8Array {
    const bytes = Uint8Array.prototype.slice.call(this.buffer, 0, this.length);
    this.length = 0;
    return bytes;
  }

  /** The content written so far, deflated at `level`; the writer starts over empty. */
  take(level: number): Uint8Array {
    const deflated = deflateSync(this.buffer.subarray(0, this.length), { level });
    this.length = 0;
    // zlib hands back a view of a 16 KB buffer or more; a page kept for the
    // portfolio (and sent between threads) should hold only its own bytes.
    return deflated.byteLength === deflated.buffer.byteLength ? deflated : new Uint8Array(deflated);
  }
}
