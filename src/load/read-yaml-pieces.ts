// Reading many versions of one plan (its history) parses nearly the same YAML
// again and again: each commit changes a line or two. This reads front matter
// in pieces (each top-level key, and each item of a top-level list such as
// `goals`), parses each piece with js-yaml, and keeps the parsed pieces by
// their text, so a later version re-parses only the pieces that changed.
// It only takes text in the plain block shape where a piece parses on its own
// exactly as it does in place; anything else (anchors, aliases, flow or
// complex keys, a piece that is not one key) is left to a whole parse.
import jsYaml from 'js-yaml';

/** Parsed pieces of front matter, by their text; one per plan whose versions are read in turn. */
export type YamlPieces = Map<string, unknown>;

/** Makes an empty store of pieces. */
export function createYamlPieces(): YamlPieces {
  return new Map();
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
  for (let i = 0; i < starts.length; i++) {
    const piece = readTopLevel(yaml.slice(starts[i], starts[i + 1] ?? yaml.length), pieces);
    if (!piece || piece.key === '__proto__' || Object.hasOwn(data, piece.key)) return undefined;
    data[piece.key] = piece.value;
  }
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
  const known = pieces.get(text) as Entry | undefined;
  if (known) return known;
  const header = BLOCK_KEY.exec(text);
  const entry = (header && readList(text, header[0].length, pieces)) || parseEntry(text);
  if (entry) pieces.set(text, entry);
  return entry;
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
  const values: unknown[] = [];
  for (let i = 0; i < itemStarts.length; i++) {
    const item = text.slice(itemStarts[i], itemStarts[i + 1] ?? text.length);
    if (!pieces.has(item)) {
      const parsed = parse(item);
      if (!Array.isArray(parsed) || parsed.length !== 1) return undefined;
      pieces.set(item, parsed[0]);
    }
    values.push(pieces.get(item));
  }
  return { key: text.slice(0, text.indexOf(':')), value: values };
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
