// js-yaml decides what front matter holds (read-yaml.ts); the `yaml` package
// is only asked where a problem is, and for the words of a YAML mistake,
// because it keeps the position of every node and error.
import type { Document, LineCounter } from 'yaml';
import { messages } from '../errors/catalogue.js';
import type { RawProblem } from './parse-front-matter.js';
import { readErrorMark, readErrorReason } from './read-yaml.js';
import { useYamlLibrary } from './yaml-library.js';

/** Front matter as a YAML document (for positions) and as plain data (for Zod). */
export interface PositionedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type PositionedResult = { ok: true; value: PositionedYaml } | { ok: false; problems: RawProblem[] };

/** Front matter read by the `yaml` package: its document (absent when too deep to parse) and its syntax errors, placed and worded. */
export interface YamlDocument {
  document?: Document.Parsed;
  lineCounter: LineCounter;
  problems: RawProblem[];
}

/** More alias expansions than any real plan needs; beyond it is an alias bomb. */
const MAX_ALIAS_COUNT = 200;

const atLine = (line: number, message: string, column = 1): RawProblem[] => [{ line, column, message }];

/** Parses front matter with the `yaml` package, keeping every node's position, and words its YAML mistakes. */
export function readYamlDocument(source: string): YamlDocument {
  const { LineCounter, parseDocument } = useYamlLibrary();
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return { lineCounter, problems: atLine(2, messages.tooDeep()) };
    throw error;
  }
  const problems = document.errors.map((error): RawProblem => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    // How deep the stack ran out depends on the machine; the line does not.
    if (/call stack/i.test(error.message)) return { line, column: 1, message: messages.tooDeep() };
    const message =
      error.code === 'DUPLICATE_KEY'
        ? messages.duplicateKey(readKeyAt(source, offset))
        : messages.yamlSyntax(describeYamlError(error.code, error.message));
    return { line, column: col, message };
  });
  return { document, lineCounter, problems };
}

/** Parses front matter keeping every node's position, and reports YAML mistakes at their line. */
export function parseYaml(source: string): PositionedResult {
  const { document, lineCounter, problems } = readYamlDocument(source);
  if (!document || problems.length > 0) return { ok: false, problems };
  const shape = checkMapping(document, lineCounter);
  if (shape.length > 0) return { ok: false, problems: shape };
  try {
    return { ok: true, value: { document, lineCounter, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) } };
  } catch (error) {
    return { ok: false, problems: atLine(2, error instanceof RangeError ? messages.tooDeep() : messages.aliasBomb()) };
  }
}

/**
 * Why js-yaml could not read front matter: the `yaml` package's placed and
 * worded mistake when it sees one, else js-yaml's own reason where it stopped.
 */
export function explainYamlFailure(source: string, error: unknown): RawProblem[] {
  const { problems } = readYamlDocument(source);
  if (problems.length > 0) return problems;
  const mark = readErrorMark(error) ?? { line: 2, column: 1 };
  const { reason, tooDeep } = readErrorReason(error);
  return tooDeep ? atLine(mark.line, messages.tooDeep()) : atLine(mark.line, messages.yamlSyntax(reason), mark.column);
}

/** Why front matter that js-yaml read as something other than a mapping is no plan, at the line of what it holds. */
export function explainNotMapping(source: string, data: unknown): RawProblem[] {
  const { document, lineCounter } = readYamlDocument(source);
  const problems = document ? checkMapping(document, lineCounter) : [];
  if (problems.length > 0) return problems;
  // The two readers disagree on the shape; say what js-yaml found.
  if (data === null || data === undefined) return atLine(2, messages.emptyFrontMatter());
  return atLine(2, messages.notMapping(Array.isArray(data) ? 'a list' : 'a single value'));
}

/** Problems when a document holds nothing, or something other than a mapping. */
function checkMapping(document: Document.Parsed, lineCounter: LineCounter): RawProblem[] {
  const { isMap, isSeq } = useYamlLibrary();
  const contents = document.contents;
  if (contents === null || (!isMap(contents) && !isSeq(contents) && isEmptyScalar(contents))) {
    return atLine(2, messages.emptyFrontMatter());
  }
  if (isMap(contents)) return [];
  const { line, col } = lineCounter.linePos(contents.range?.[0] ?? 0);
  return atLine(line, messages.notMapping(isSeq(contents) ? 'a list' : 'a single value'), col);
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
