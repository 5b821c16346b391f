// Front matter is nearly always written in YAML's plainest block shape: keys,
// `- ` lists, one-line scalars, one-line `[a, b]` lists. js-yaml reads any
// YAML, but reading it character by character was the largest part of a
// `planfolio check`. This reads the plain shape line by line, about twice as
// fast, and gives up (undefined) on anything else: block scalars, multi-line
// or escaped scalars, nested flow collections, anchors, tags, tabs, duplicate
// keys. js-yaml then reads the file as before, so a file means exactly what
// js-yaml says it means; the tests hold the two equal, random edits included.
import jsYaml from 'js-yaml';

type Resolver = { resolve(data: string): boolean; construct(data: string): unknown };

// The core schema's own implicit resolvers (null, bool, int, float), in the
// order js-yaml tries them, so a plain scalar gets the very value it would.
const IMPLICIT = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit?: Resolver[] }).compiledImplicit;
// Every value those resolvers accept starts with one of these characters.
const RESOLVABLE_START = new Set([...'~nNtTfF-+.0123456789'].map((c) => c.charCodeAt(0)));
// Characters that give a scalar or key a meaning beyond plain text when they start it.
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
// js-yaml refuses these anywhere in a stream; it must be the one to say so.
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
const MAX_KEY_LENGTH = 1024;
// Inside a one-line flow collection: nesting and comments are left to js-yaml (quotes are refused where an item starts).
const FLOW_REFUSED = /[[\]{}#]/;
// A const enum, so the character codes are inlined into the hot loops.
const enum Char {
  Space = 32,
  Quote = 34,
  Hash = 35,
  Apostrophe = 39,
  Dash = 45,
  OpenBracket = 91,
  OpenBrace = 123,
}
// Tabs, carriage returns and byte order marks each change how a line reads.
const NOT_PLAIN_ANYWHERE = /[\t\r\uFEFF]/;
// One quick pass for everything the two patterns look for (surrogates too,
// since NON_PRINTABLE's pair test is slow); most front matter has none.
const SUSPECT = /[\t\r\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Thrown inside the reader when the text leaves the plain shape; never leaves this module. */
class NotPlain {}
const notPlain = new NotPlain();

/** Front matter in the plain block shape, read to what js-yaml's core schema reads; undefined for anything else. */
export function readBlockYaml(source: string): Record<string, unknown> | undefined {
  if (!IMPLICIT) return undefined;
  if (SUSPECT.test(source) && (NOT_PLAIN_ANYWHERE.test(source) || NON_PRINTABLE.test(source))) return undefined;
  try {
    return new BlockReader(source.split('\n')).readDocument();
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

class BlockReader {
  private at = 0;

  constructor(private readonly lines: string[]) {}

  /** The line being read ('' past the end, where nothing reads it). */
  private get current(): string {
    return this.lines[this.at] ?? '';
  }

  readDocument(): Record<string, unknown> {
    if (this.findContent() !== 0) throw notPlain;
    const data = this.readMapping(0, 0);
    if (this.findContent() >= 0) throw notPlain;
    return data;
  }

  /** Moves to the next line with content (not blank, not a comment) and returns its indent, or -1 at the end. */
  private findContent(): number {
    for (; this.at < this.lines.length; this.at++) {
      const indent = indentOf(this.current);
      if (indent >= 0 && this.current.charCodeAt(indent) !== Char.Hash) return indent;
    }
    return -1;
  }

  /** After a one-line scalar: the next line with content must not be indented past it (that would continue it). */
  private endScalarLine(indent: number): void {
    this.at++;
    const next = this.findContent();
    if (next > indent) throw notPlain;
  }

  /** A mapping whose keys sit at `indent`; its first key may start mid-line (`- key: value`) at `column`. */
  private readMapping(indent: number, column: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      const line = this.current;
      const colon = findKeyColon(line, column);
      const key = line.slice(column, colon);
      if (colon < 0 || !isPlainKey(key) || Object.hasOwn(map, key)) throw notPlain;
      const rest = skipSpaces(line, colon + 1);
      if (rest === line.length || line.charCodeAt(rest) === Char.Hash) {
        this.at++;
        map[key] = this.readNested(indent);
      } else {
        map[key] = readScalar(line, rest);
        this.endScalarLine(indent);
      }
      const next = this.findContent();
      if (next < indent) return map;
      if (next > indent) throw notPlain;
      column = indent;
    }
  }

  /** The value of a key that ends its line: a block below it, or null. */
  private readNested(keyIndent: number): unknown {
    const indent = this.findContent();
    if (indent < 0) return null;
    const dash = isDashItem(this.current, indent);
    // A list may sit at its key's own indent; a mapping must be indented past it.
    if (dash && indent >= keyIndent) return this.readSequence(indent);
    if (indent > keyIndent) return this.readMapping(indent, indent);
    return null;
  }

  /** A list whose `- ` marks sit at `indent`. */
  private readSequence(indent: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      const line = this.current;
      if (!isDashItem(line, indent)) throw notPlain;
      const start = skipSpaces(line, indent + 1);
      // `-` alone, `- # note` and `- - nested` put the item on lines this does not read.
      if (start === line.length || line.charCodeAt(start) === Char.Hash || isDashItem(line, start)) throw notPlain;
      const first = line.charCodeAt(start);
      if (first !== Char.Quote && first !== Char.Apostrophe && findKeyColon(line, start) >= 0) {
        list.push(this.readMapping(start, start));
      } else {
        list.push(readScalar(line, start));
        this.endScalarLine(indent);
      }
      const next = this.findContent();
      if (next < indent) return list;
      if (next > indent || !isDashItem(this.current, indent)) {
        // A key at the list's own indent belongs to the mapping the list is a value of.
        if (next === indent) return list;
        throw notPlain;
      }
    }
  }
}

/** Leading spaces of a line, or -1 when it holds nothing but spaces. */
function indentOf(line: string): number {
  const start = skipSpaces(line, 0);
  return start === line.length ? -1 : start;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && line.charCodeAt(i) === Char.Space) i++;
  return i;
}

/** `-` followed by a space or the end of the line, at this column. */
function isDashItem(line: string, column: number): boolean {
  if (column >= line.length || line.charCodeAt(column) !== Char.Dash) return false;
  return column + 1 === line.length || line.charCodeAt(column + 1) === Char.Space;
}

/** Where the `:` ending a key starts on this line (a colon then a space or the end), or -1. */
function findKeyColon(line: string, from: number): number {
  for (let i = line.indexOf(':', from); i >= 0; i = line.indexOf(':', i + 1)) {
    if (i + 1 === line.length || line.charCodeAt(i + 1) === Char.Space) return i;
  }
  return -1;
}

/** A key that js-yaml reads as this very text: no indicator first, no colon or comment, no trailing space, not a number or null. */
function isPlainKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || key === '__proto__') return false;
  const first = key.charCodeAt(0);
  if (INDICATOR.has(first) || (RESOLVABLE_START.has(first) && resolvePlain(key) !== key)) return false;
  // `...` at the start of a line ends the document.
  if (key.startsWith('...')) return false;
  return key.charCodeAt(key.length - 1) !== Char.Space && !key.includes(':') && !key.includes(' #');
}

/** The one-line scalar starting at `start`; a plain one may not hold a key's colon (that would be a mapping, or an error). */
function readScalar(line: string, start: number): unknown {
  const first = line.charCodeAt(start);
  if (first === Char.Apostrophe || first === Char.Quote) return readQuoted(line, start, first);
  if (first === Char.OpenBracket || first === Char.OpenBrace) return readFlow(line, start, first);
  // A dash starts plain text (`-5`, `-x`) unless a space or the line's end follows (`- `, a list item).
  if ((INDICATOR.has(first) && first !== Char.Dash) || isDashItem(line, start)) throw notPlain;
  const comment = line.indexOf(' #', start);
  let end = comment < 0 ? line.length : comment;
  while (end > start && line.charCodeAt(end - 1) === Char.Space) end--;
  const text = line.slice(start, end);
  if (findKeyColon(text, 0) >= 0) throw notPlain;
  return RESOLVABLE_START.has(first) ? resolvePlain(text) : text;
}

/** A quoted scalar that closes on its own line, with nothing but a comment after it; escapes are left to js-yaml. */
function readQuoted(line: string, start: number, quote: number): string {
  let text = '';
  let from = start + 1;
  for (;;) {
    const close = line.indexOf(quote === Char.Quote ? '"' : "'", from);
    if (close < 0) throw notPlain;
    const part = line.slice(from, close);
    if (quote === Char.Quote && part.includes('\\')) throw notPlain;
    // In single quotes, '' is one apostrophe.
    if (quote === Char.Apostrophe && close + 1 < line.length && line.charCodeAt(close + 1) === Char.Apostrophe) {
      text += `${part}'`;
      from = close + 2;
      continue;
    }
    requireCommentOrEnd(line, close + 1);
    return text + part;
  }
}

/**
 * A one-line flow list of plain words (`tags: [data, leadership]`) or mapping
 * of plain pairs (`measure: { baseline: 0, unit: talks }`). Quotes, nesting,
 * empty items and anything else unusual are left to js-yaml.
 */
function readFlow(line: string, start: number, open: number): unknown {
  const isList = open === Char.OpenBracket;
  const close = line.indexOf(isList ? ']' : '}', start);
  if (close < 0) throw notPlain;
  requireCommentOrEnd(line, close + 1);
  const inner = line.slice(start + 1, close);
  if (FLOW_REFUSED.test(inner)) throw notPlain;
  if (trimSpaces(inner) === '') return isList ? [] : {};
  const items = inner.split(',');
  if (isList) return items.map((item) => readFlowWord(item));
  const map: Record<string, unknown> = {};
  for (const item of items) {
    const colon = item.indexOf(': ');
    const key = trimSpaces(item.slice(0, colon));
    if (colon < 0 || !isPlainKey(key) || Object.hasOwn(map, key)) throw notPlain;
    map[key] = readFlowWord(item.slice(colon + 2));
  }
  return map;
}

/** One plain item of a flow collection. */
function readFlowWord(item: string): unknown {
  const text = trimSpaces(item);
  const first = text.charCodeAt(0);
  if (text.length === 0 || text.includes(':')) throw notPlain;
  if (INDICATOR.has(first) && !(first === Char.Dash && text.length > 1 && text.charCodeAt(1) !== Char.Space)) throw notPlain;
  return RESOLVABLE_START.has(first) ? resolvePlain(text) : text;
}

/** Without spaces at either end; other white space (a no-break space) is text to YAML. */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === Char.Space) end--;
  return text.slice(skipSpaces(text, 0), end);
}

/** What may follow a scalar on its line: spaces, then nothing or a comment after a space. */
function requireCommentOrEnd(line: string, from: number): void {
  const after = skipSpaces(line, from);
  if (after < line.length && !(line.charCodeAt(after) === Char.Hash && after > from)) throw notPlain;
}

/** A plain scalar as the core schema resolves it: null, a boolean, a number, or the text itself. */
function resolvePlain(text: string): unknown {
  for (const type of IMPLICIT!) if (type.resolve(text)) return type.construct(text);
  return text;
}
