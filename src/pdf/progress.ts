// Tells a person how a long PDF build is going: a bar that redraws in place
// on a terminal, plain lines when stderr is a file or a CI log.

/** One PDF written. */
interface PdfProgress {
  /** PDFs written so far, this one included. */
  done: number;
  total: number;
  /** Where this one was written. */
  path: string;
  bytes: number;
}

/** Whether progress is shown: `auto` draws a bar on a terminal when there are more than a handful, lines otherwise. */
export type ProgressMode = 'auto' | 'none';

/** Receives progress and finishes the display. */
interface ProgressReporter {
  update(event: PdfProgress): void;
  finish(): void;
}

/** A PDF count above which a terminal gets a bar instead of a line per PDF. */
const HANDFUL = 5;

/** Makes the reporter for a mode and a number of PDFs, writing to `stream` (default stderr). */
export function makeProgressReporter(mode: ProgressMode, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (mode === 'none') return { update() {}, finish() {} };
  return stream.isTTY && total > HANDFUL ? makeBarReporter(total, stream) : makeLineReporter(total, stream);
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// One line per PDF for a few, one per 5% for many: a CI log of a thousand
// plans should not hold a thousand lines.
function makeLineReporter(total: number, stream: NodeJS.WritableStream): ProgressReporter {
  const every = total > 20 ? Math.ceil(total / 20) : 1;
  return {
    update(event) {
      if (event.done % every !== 0 && event.done !== event.total) return;
      stream.write(`PDF ${event.done}/${event.total}: ${event.path} (${describeSize(event.bytes)})\n`);
    },
    finish() {},
  };
}

function makeBarReporter(total: number, stream: NodeJS.WriteStream): ProgressReporter {
  let last = 0;
  let shown = false;
  const draw = (event: PdfProgress) => {
    const columns = stream.columns || 80;
    const width = Math.max(10, Math.min(30, columns - 40));
    const filled = Math.round((event.done / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const count = `${event.done}/${total}`;
    const room = columns - width - count.length - 12;
    const name = event.path.length > room ? `…${event.path.slice(-Math.max(0, room - 1))}` : event.path;
    stream.write(`\r\x1b[2KPDFs ${bar} ${count}  ${room > 4 ? name : ''}`);
    shown = true;
  };
  return {
    update(event) {
      const now = Date.now();
      // Redraw at most 20 times a second; the last one always shows.
      if (event.done === total || now - last >= 50) {
        last = now;
        draw(event);
      }
    },
    finish() {
      if (shown) stream.write('\n');
    },
  };
}
