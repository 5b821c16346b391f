import { messages } from '../errors/catalogue.js';

/** Plans larger than this are refused before parsing, so one file cannot exhaust memory. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** The text of a plan file, or why it cannot be read as text. */
export type SourceText = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a plan file's bytes as UTF-8 text, refusing empty, binary and oversized files. */
export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, message: messages.tooLarge(bytes.length, MAX_PLAN_BYTES) };
  if (bytes.includes(0)) return { ok: false, message: messages.binaryFile() };
  let text: string;
  try {
    // The decoder drops a leading BOM, which editors on Windows like to add.
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: messages.notUtf8() };
  }
  if (text.trim() === '') return { ok: false, message: messages.emptyFile() };
  return { ok: true, text };
}
