// Ends a pdfkit document and returns its bytes. pdfkit streams a file out
// as thousands of small buffers (a few per object), each pushed through a
// Node stream; here its writes go into one growing buffer instead, which
// gives the same bytes for a fraction of the work.
import { ContentWriter } from './content-writer.js';

/** The parts of pdfkit's document that writing its output goes through. */
interface PdfkitOutput {
  _write(data: Uint8Array | string): void;
  /** Bytes written so far: pdfkit records each object's offset from it. */
  _offset: number;
  read(): Buffer | null;
  planfolioOutput: ContentWriter;
}

/** Ends the document (every object written, then the cross-reference table) and returns the whole file. */
export function endDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const output = new ContentWriter();
  const d = doc as unknown as PdfkitOutput;
  // What pdfkit wrote before now (the header, finished links and footers) waits unread in its stream.
  const written = d.read();
  if (written) output.writeBytes(written);
  d.planfolioOutput = output;
  d._write = writeToOutput;
  return new Promise((resolve, reject) => {
    doc.on('end', () => {
      const bytes = output.takeBytes();
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    doc.on('error', reject);
    doc.end();
    // The stream only says it ended once it flows.
    doc.resume();
  });
}

// A shared function, not a closure per document: see font-subsets.ts.
function writeToOutput(this: PdfkitOutput, data: Uint8Array | string): void {
  const output = this.planfolioOutput;
  const before = output.size;
  if (typeof data === 'string') {
    // As pdfkit writes a string: its characters as bytes, then a line break.
    output.write(data);
    output.endLine();
  } else output.writeBytes(data);
  this._offset += output.size - before;
}
