// Reading many versions of one plan (its history) parses nearly the same YAML
// again and again: each commit changes a line or two. This reads front matter
// in pieces (each top-level key, and each item of a top-level list such as
// `goals`), parses each piece with js-yaml, and keeps the parsed pieces with
// their text, so the next version re-parses only the pieces that changed.
// It only takes text in the plain block shape where a piece parses on its own
// exactly as it does in place; anything else (anchors, aliases, flow or
// complex keys, a piece that is not one key) is left to a whole parse.
import jsYaml from 'js-yaml';

/** A piece of front matter as text, and what it parses to. */
interface Piece<T> {
  text: string;
  value: T;
}

/**
 * The pieces of the version read last, by position: the next version is
 * compared with them piece by piece (comparing equal texts is much cheaper
 * than hashing them for a lookup). One per plan whose versions are read in turn.
 */
export interface YamlPieces {
  top: Piece<Entry>[];
  /** The items of each top-level list, by its key. */
  lists: Map<string, Piece<unknown>[]>;
}

/** Makes an empty store of pieces. */
export function createYamlPieces(): YamlPieces {
  return { top: [], lists: new Map() };
}

/** The value of a piece with this text at or next to the same place last time (an item added or removed shifts the rest by one). */
function findPrevious<T>(previous: Piece<T>[], at: number, text: string): Piece<T> | undefined {
  if (previous[at]?.text === text) return previous[at];
  if (previous[at - 1]?.text === text) return previous[at - 1];
  return previous[at + 1]?.text === text ? previous[at + 1] : undefined;
}

const options = { schema: jsYaml.CORE_SCHEMA };
// A key alone on its line, whose value is the block below it.
const BLOCK_KEY = /^[A-Za-z_][\w-]*:[ ]*\r?\n/;
const [SPACE, TAB, LF, CR, HASH, DASH, DOT] = [32, 9, 10, 13, 35, 45, 46];
// What may not start a line: directives, complex keys, flow collections.
const REFUSED_STARTS = new Set([37, 63, 58, 91, 123]); // % ? : [ {

/**
 * Front matter read as js-yaml reads it whole, re-using pieces parsed before;
 * undefined when the text is not in the plain shape this can split (or a
 * piece does not parse), and a whole parse must decide.
 */
export function readYamlInPieces(yaml: string, pieces: YamlPieces): Record<string, unknown> | undefined {
  // Anchors and aliases tie pieces together.
  if (yaml.includes('&') || yaml.includes('*')) return undefined;
  const starts = findTopLevelStarts(yaml);
  if (!starts || starts.length === 0 || !isOnlyComments(yaml.slice(0, starts[0]))) return undefined;
  const data: Record<string, unknown> = {};
  const top: Piece<Entry>[] = [];
  for (let i = 0; i < starts.length; i++) {
    const text = yaml.slice(starts[i], starts[i + 1] ?? yaml.length);
    const entry = findPrevious(pieces.top, i, text)?.value ?? readTopLevel(text, pieces);
    if (!entry || entry.key === '__proto__' || Object.hasOwn(data, entry.key)) return undefined;
    data[entry.key] = entry.value;
    top.push({ text, value: entry });
  }
  pieces.top = top;
  return data;
}

/** Where each top-level key's line starts; undefined when a line starts in a way pieces cannot take. */
function findTopLevelStarts(yaml: string): number[] | undefined {
  const starts: number[] = [];
  for (let i = yaml.indexOf('\n'); i >= 0; i = yaml.indexOf('\n', i + 1)) {
    const c = yaml.charCodeAt(i + 1);
    if (c === SPACE || c === TAB || c === LF || c === CR || c === HASH || Number.isNaN(c)) continue;
    if (REFUSED_STARTS.has(c) || startsMarker(yaml, i + 1, c)) return undefined;
    // A dash at the start of a line is an item of a list under the key above.
    if (c !== DASH) starts.push(i + 1);
  }
  return starts;
}

/** `---` or `...` at a line start: a document marker. */
function startsMarker(text: string, at: number, c: number): boolean {
  return (c === DASH || c === DOT) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c;
}

type Entry = { key: string; value: unknown };

/** One top-level `key: value` piece; a key holding a block list is read item by item. */
function readTopLevel(text: string, pieces: YamlPieces): Entry | undefined {
  const header = BLOCK_KEY.exec(text);
  return (header && readList(text, header[0].length, pieces)) || parseEntry(text);
}

function parseEntry(text: string): Entry | undefined {
  const parsed = parse(text);
  if (!isMapping(parsed)) return undefined;
  const keys = Object.keys(parsed);
  return keys.length === 1 ? { key: keys[0]!, value: parsed[keys[0]!] } : undefined;
}

/**
 * `key:` then `- ` items at one indentation, each item parsed (or found) on
 * its own. An item runs from its dash line up to the next one, line breaks
 * included, so a block scalar at its end keeps the line break it has in place.
 */
function readList(text: string, from: number, pieces: YamlPieces): Entry | undefined {
  const first = /^(?:[ ]*(?:#[^\n]*)?\r?\n)*( *)- /.exec(text.slice(from));
  if (!first) return undefined;
  const indent = first[1]!.length;
  const shape = listShape(indent);
  const body = text.slice(from - 1);
  // Any other line at or left of the items' indentation ends the list in ways a piece cannot tell.
  if (shape.stray.test(body)) return undefined;
  const itemStarts: number[] = [];
  for (let at = body.indexOf(shape.item); at >= 0; at = body.indexOf(shape.item, at + 1)) {
    const after = body.charCodeAt(at + shape.item.length);
    if (after === SPACE || after === LF || after === CR || Number.isNaN(after)) itemStarts.push(from + at);
  }
  const key = text.slice(0, text.indexOf(':'));
  const previous = pieces.lists.get(key) ?? [];
  const items: Piece<unknown>[] = [];
  for (let i = 0; i < itemStarts.length; i++) {
    const item = text.slice(itemStarts[i], itemStarts[i + 1] ?? text.length);
    const known = findPrevious(previous, i, item);
    if (known) items.push(known);
    else {
      const parsed = parse(item);
      if (!Array.isArray(parsed) || parsed.length !== 1) return undefined;
      items.push({ text: item, value: parsed[0] });
    }
  }
  pieces.lists.set(key, items);
  return { key, value: items.map((item) => item.value) };
}

const shapes = new Map<number, { item: string; stray: RegExp }>();

/** For items indented `indent` spaces: the start of an item line, and any line that does not fit. */
function listShape(indent: number): { item: string; stray: RegExp } {
  let shape = shapes.get(indent);
  if (!shape) {
    const stray = [
      // a line with something other than a comment or a dash at or left of the items
      `\\n {0,${indent}}[^ \\r\\n#-]`,
      // a dash left of the items, or a dash at their indentation not followed by a space
      ...(indent > 0 ? [`\\n {0,${indent - 1}}-`] : []),
      `\\n {${indent}}-[^ \\r\\n]`,
    ];
    shape = { item: `\n${' '.repeat(indent)}-`, stray: new RegExp(stray.join('|')) };
    shapes.set(indent, shape);
  }
  return shape;
}

function parse(text: string): unknown {
  try {
    return jsYaml.load(text, options);
  } catch {
    return undefined;
  }
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isOnlyComments(text: string): boolean {
  return text.split('\n').every((line) => {
    const trimmed = line.trim();
    return trimmed === '' || trimmed.startsWith('#');
  });
}
