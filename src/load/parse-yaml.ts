import type { Document, LineCounter } from 'yaml';
import { messages } from '../errors/catalogue.js';
import type { RawProblem } from './parse-front-matter.js';
import { useYamlLibrary } from './yaml-library.js';

/** Front matter as a YAML document (for positions) and as plain data (for Zod). */
export interface PositionedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type PositionedResult = { ok: true; value: PositionedYaml } | { ok: false; problems: RawProblem[] };

/** More alias expansions than any real plan needs; beyond it is an alias bomb. */
const MAX_ALIAS_COUNT = 200;

/** Parses front matter keeping every node's position, and reports YAML mistakes at their line. */
export function parseYaml(source: string): PositionedResult {
  const fail = (line: number, message: string): PositionedResult => ({ ok: false, problems: [{ line, column: 1, message }] });
  const { isMap, isSeq, LineCounter, parseDocument } = useYamlLibrary();
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return fail(2, messages.tooDeep());
    throw error;
  }

  const yamlProblems = document.errors.map((error) => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const tooDeep = /call stack/i.test(error.message);
    // How deep the stack ran out depends on the machine; the line does not.
    if (tooDeep) return { line, column: 1, message: messages.tooDeep() };
    const message =
      error.code === 'DUPLICATE_KEY'
        ? messages.duplicateKey(readKeyAt(source, offset))
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
  try {
    return { ok: true, value: { document, lineCounter, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) } };
  } catch (error) {
    return fail(2, error instanceof RangeError ? messages.tooDeep() : messages.aliasBomb());
  }
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
