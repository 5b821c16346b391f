import matter from '@11ty/gray-matter';
import { messages } from '../errors/catalogue.js';
import type { Problem } from '../errors/problem.js';
import { readYaml, type YamlRead } from './read-yaml.js';

/** A problem found while reading a file, at a line and column of it. */
export type RawProblem = Omit<Problem, 'file'>;

/** A plan file split into its front matter (as YAML text, and as read by js-yaml) and its body. */
export interface SplitFile {
  /**
   * The YAML text from just after the opening `---`, with CRLF line ends made
   * LF, so that YAML line and column numbers are file line and column numbers.
   */
  yaml: string;
  /** What js-yaml read from the YAML text: the data, or its error. */
  read: YamlRead;
  /** The rest of the file after the closing line, exactly as written. */
  body: string;
  bodyLine: number;
}

export type SplitResult = { ok: true; value: SplitFile } | { ok: false; problems: RawProblem[] };

const OPEN = /^---[ \t]*\r?$/;
// A line of its own holding `---` (or YAML's `...`), and nothing else but
// blanks, after a line feed, where gray-matter looks for it. The line feed is
// part of the match (not a look-behind): a pattern that starts with a fixed
// character is searched for several times faster.
const CLOSE = /\n((?:---|\.\.\.)[ \t]*)\r?(?=\n|$)/g;

/**
 * Splits a plan's text at its two `---` lines with gray-matter, whose YAML
 * engine is js-yaml with the core schema (read-yaml.ts).
 */
export function splitFrontMatter(text: string): SplitResult {
  const fail = (line: number, message: string): SplitResult => ({ ok: false, problems: [{ line, column: 1, message }] });
  const firstEnd = text.indexOf('\n');
  // gray-matter would take `---yaml` as naming a language, and `--- x` as well.
  if (!OPEN.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return fail(1, messages.noFrontMatter());
  // gray-matter takes a file with no closing line as all front matter, so
  // the closing line is found first; this also allows `...`, which it does not know.
  CLOSE.lastIndex = firstEnd;
  const close = firstEnd < 0 ? null : CLOSE.exec(text);
  if (!close) return fail(1, messages.unclosedFrontMatter());
  const closeStart = close.index + 1;
  const closeEnd = close.index + close[0].length;

  // Only the front matter goes to gray-matter, ended by its closing line and a
  // line feed: gray-matter searches for "\n" + the closing delimiter, which is
  // then exactly the line found above and no earlier line that merely starts
  // like it (`---x`). CRLF becomes LF first, so js-yaml never sees a lone CR
  // and every line keeps its number and columns (the BOM is already gone, see read-source.ts).
  const raw = text.slice(0, closeEnd) + '\n';
  const head = raw.includes('\r') ? raw.replace(/\r\n/g, '\n') : raw;
  // Options every time: called without them, gray-matter caches every file it was given.
  const file = matter(head, { delimiters: ['---', `${close[1]}\n`], engines: { yaml: readYaml } });
  // Blank or comments only: gray-matter then skips the engine.
  if ((file as { isEmpty?: boolean }).isEmpty) return fail(2, messages.emptyFrontMatter());

  const body = closeEnd < text.length ? text.slice(closeEnd + 1) : '';
  const value = { yaml: file.matter, read: file.data as YamlRead, body, bodyLine: countLines(text, closeStart) + 1 };
  return { ok: true, value };
}

/** The 1-based line number of an offset in a text. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
