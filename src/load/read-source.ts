import { Buffer, isUtf8 } from 'node:buffer';
import { messages } from '../errors/catalogue.js';

/** Plans larger than this are refused before parsing, so one file cannot exhaust memory. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** The text of a plan file, or why it cannot be read as text. */
export type SourceText = { ok: true; text: string } | { ok: false; message: string };

const BOM = 0xfeff;
const NOT_SPACE = /\S/;

/** Decodes a plan file's bytes as UTF-8 text, refusing empty, binary and oversized files. */
export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, message: messages.tooLarge(bytes.length, MAX_PLAN_BYTES) };
  // Buffer's indexOf, isUtf8 and toString are native: several times faster than
  // a typed array's includes() and a fatal TextDecoder.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (isUtf16(buffer)) return { ok: false, message: messages.utf16() };
  if (buffer.indexOf(0) >= 0) return { ok: false, message: messages.binaryFile() };
  if (!isUtf8(buffer)) return { ok: false, message: messages.notUtf8() };
  let text = buffer.toString('utf8');
  // Editors on Windows like to start a file with a byte order mark.
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  // A search, not trim(): trimming would copy the whole text only to test it.
  if (!NOT_SPACE.test(text)) return { ok: false, message: messages.emptyFile() };
  // Refused rather than read: git takes such a file for one long line, so its
  // history could not show what changed, and a lone CR is a line end to
  // js-yaml but not where `yaml` counts lines.
  if (text.includes('\r') && !text.includes('\n')) return { ok: false, message: messages.oldMacLineEnds() };
  return { ok: true, text };
}

/**
 * Whether bytes are UTF-16 text: a UTF-16 byte order mark, or (without one)
 * a zero byte in every other place among the first bytes, as ASCII such as
 * a plan's opening "---" is in UTF-16 and never in UTF-8.
 */
function isUtf16(buffer: Buffer): boolean {
  if (buffer.length < 2) return false;
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) return true;
  const pairs = Math.min(buffer.length >> 1, 64);
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (buffer[2 * i] === 0 && buffer[2 * i + 1] !== 0) zeroFirst += 1;
    if (buffer[2 * i + 1] === 0 && buffer[2 * i] !== 0) zeroSecond += 1;
  }
  return Math.max(zeroFirst, zeroSecond) * 2 >= pairs && Math.min(zeroFirst, zeroSecond) === 0;
}
