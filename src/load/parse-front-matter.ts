import matter from 'gray-matter';
import { Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { messages } from '../errors/catalogue.js';

/** A problem found while reading front matter, at a line and column of the file. */
export interface RawProblem {
  line: number;
  column: number;
  path?: string;
  message: string;
}

/** Front matter as a YAML document (for positions) and as plain data (for Zod). */
export interface FrontMatter {
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
  body: string;
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: RawProblem[] };

/** More alias expansions than any real plan needs; beyond it is an alias bomb. */
const MAX_ALIAS_COUNT = 200;
const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(---|\.\.\.)[ \t]*\r?$/;

/**
 * Splits a plan's text into front matter and body with gray-matter, parsing
 * the YAML with the `yaml` package so every value keeps its position. The
 * front matter is parsed as it stands in the file (starting just after the
 * opening `---`), so YAML line numbers are file line numbers.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  const fail = (line: number, message: string): FrontMatterResult => ({ ok: false, problems: [{ line, column: 1, message }] });
  if (!OPEN.test(lines[0] ?? '')) return fail(1, messages.noFrontMatter());
  const closeIndex = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (closeIndex < 0) return fail(1, messages.unclosedFrontMatter());

  const lineCounter = new LineCounter();
  let document: Document.Parsed | undefined;
  let file: matter.GrayMatterFile<string>;
  try {
    // gray-matter splits; the engine keeps the YAML document for positions.
    // Passing options also keeps gray-matter from caching every file's text.
    file = matter(text, {
      delimiters: ['---', lines[closeIndex]!.trim()],
      engines: {
        yaml: (source: string) => {
          document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
          return {};
        },
      },
    });
  } catch (error) {
    if (error instanceof RangeError) return fail(2, messages.tooDeep());
    throw error;
  }
  const body = file.content;
  const bodyLine = closeIndex + 2;
  if (!document) return fail(2, messages.emptyFrontMatter());

  const yamlProblems = document.errors.map((error) => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? messages.duplicateKey(readKeyAt(file.matter, offset))
        : messages.yamlSyntax(describeYamlError(error.code, error.message));
    return { line, column: col, message };
  });
  if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems };

  const contents = document.contents;
  if (contents === null || (!isMap(contents) && !isSeq(contents) && isEmptyScalar(contents))) {
    return fail(2, messages.emptyFrontMatter());
  }
  if (!isMap(contents)) {
    const pos = lineCounter.linePos(contents.range?.[0] ?? 0);
    const found = isSeq(contents) ? 'a list' : 'a single value';
    return { ok: false, problems: [{ line: pos.line, column: pos.col, message: messages.notMapping(found) }] };
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof RangeError ? messages.tooDeep() : messages.aliasBomb();
    return fail(2, message);
  }
  return { ok: true, value: { document, lineCounter, data, body, bodyLine } };
}

function isEmptyScalar(node: unknown): boolean {
  const value = (node as { value?: unknown }).value;
  return value === null || value === undefined || value === '';
}

/** YAML's own words, with a hint for the mistakes people make most by hand. */
function describeYamlError(code: string, message: string): string {
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const hints: Record<string, string> = {
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    BAD_INDENT: 'line the key up with the keys around it',
    MISSING_CHAR: 'close the bracket or quote that was opened',
    MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing ":" or an unclosed quote',
    BLOCK_AS_IMPLICIT_KEY: 'check for a missing ":" after a key',
    UNEXPECTED_TOKEN: 'check the line for a stray character',
  };
  const hint = hints[code];
  return hint ? `${detail}; ${hint}` : detail;
}

/** The key written at an offset of the YAML source, for duplicate-key messages. */
function readKeyAt(source: string, offset: number): string {
  const rest = source.slice(offset, offset + 200);
  return /^["']?([^"':\n]+)/.exec(rest)?.[1]?.trim() ?? 'a key';
}
