// Runs poppler-utils and qpdf on PDFs. A missing tool throws, so a machine
// without them fails the tests rather than skipping them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { onTestFinished } from 'vitest';

let counter = 0;

/**
 * Writes bytes to a temporary .pdf file and returns its path. The file goes
 * when the test finishes; set KEEP_TEST_PDFS=1 to keep it for a look.
 */
export function saveTemp(bytes: Buffer, name = 'doc'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-pdf-test-'));
  // Tied to the test, not to a hook of this module: in files that share modules (isolate: false) that would run once.
  if (!process.env.KEEP_TEST_PDFS) onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, `${name}-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Runs a tool and returns stdout; throws with the tool's name when it is missing or fails. */
export function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string; stdout?: string; status?: number };
    if (e.code === 'ENOENT') throw new Error(`${tool} is not installed (apt-get install poppler-utils qpdf)`);
    throw new Error(`${tool} ${args.join(' ')} failed (${e.status}): ${e.stderr ?? ''}${e.stdout ?? ''}`);
  }
}

/** The text of a PDF (or of pages first..last), by pdftotext. */
export function extractText(file: string, first?: number, last?: number): string {
  if (first === undefined) return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  // Cut from the whole file's text, read once: pdftotext ends each page with a form feed and gives a page
  // the same text alone or among the others, so tests that read page by page start one process, not one a page.
  return readPages(file)
    .slice(first - 1, last ?? first)
    .map((page) => `${page}\f`)
    .join('');
}

/** The text of each page of a file, by its path, size and modification time. */
const pagesRead = new Map<string, string[]>();

function readPages(file: string): string[] {
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  let pages = pagesRead.get(key);
  if (!pages) {
    pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
    pagesRead.set(key, pages);
  }
  return pages;
}

/**
 * Text with all white space removed, so wrapped lines still match (CJK has no
 * spaces to collapse to), and the direction marks pdftotext puts around
 * right-to-left text.
 */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u202a-\u202e]+/g, '');
}

/** pdfinfo's fields as a record. */
export function readInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** The rows of pdffonts: name and whether each font is embedded. */
export function listFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: read from the right end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** `qpdf --check`: throws unless the PDF's structure is sound. */
export function checkStructure(file: string): string {
  return run('qpdf', ['--check', file]);
}

/** A bookmark of a PDF's outline, as qpdf reports it. */
export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

/** The PDF's outline (bookmarks), by `qpdf --json`. */
export function readOutline(file: string): OutlineItem[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: RawOutline[] };
  const convert = (items: RawOutline[]): OutlineItem[] => items.map((o) => ({ title: o.title, page: o.destpageposfrom1, kids: convert(o.kids) }));
  return convert(json.outlines);
}

interface RawOutline {
  title: string;
  destpageposfrom1: number;
  kids: RawOutline[];
}

/** A word's box on a page, by `pdftotext -bbox`, in points from the top-left. */
export interface WordBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word of a PDF with its box. */
export function readWordBoxes(file: string): WordBox[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const boxes: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) boxes.push({ page, pageWidth, pageHeight, text: unescapeHtml(w[5]!), xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]) });
  }
  return boxes;
}

/** pdftotext -bbox writes words as HTML text. */
function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}
