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
  if (buffer.indexOf(0) >= 0) return { ok: false, message: messages.binaryFile() };
  if (!isUtf8(buffer)) return { ok: false, message: messages.notUtf8() };
  let text = buffer.toString('utf8');
  // Editors on Windows like to start a file with a byte order mark.
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  // A search, not trim(): trimming would copy the whole text only to test it.
  if (!NOT_SPACE.test(text)) return { ok: false, message: messages.emptyFile() };
  return { ok: true, text };
}
