import jsYaml from 'js-yaml';
import { messages } from '../errors/catalogue.js';
import { readBlockYaml } from './read-block-yaml.js';
import { readYamlInPieces, type YamlPieces } from './read-yaml-pieces.js';

/** A problem found while reading a file, at a line and column of it. */
export interface RawProblem {
  line: number;
  column: number;
  path?: string;
  message: string;
}

/** A plan file split into its front matter (as YAML text) and its body. */
export interface SplitFile {
  /**
   * The YAML text from just after the opening `---`, so that YAML line
   * numbers are file line numbers.
   */
  yaml: string;
  /** The front matter read by the fast parser, or undefined when it needs the careful one. */
  quickData: unknown;
  body: string;
  bodyLine: number;
}

export type SplitResult = { ok: true; value: SplitFile } | { ok: false; problems: RawProblem[] };

const OPEN = /^---[ \t]*\r?$/;
// Global and multi-line, so one search from the second line finds the closing line.
const CLOSE = /^(---|\.\.\.)[ \t]*\r?$/gm;
// Anchors can build alias bombs that the fast parser would hand over as a
// shared graph; such files take the careful path, which counts expansions.
const ANCHOR = /(^|[\s[{,:-])&[^\s,[\]{}]/m;

/**
 * Splits a plan's text at its two `---` lines. The front matter is first read
 * with js-yaml, about ten times faster than the `yaml` package; the `yaml`
 * package (which keeps every position) is only needed when something is
 * wrong, and the validator calls it then. Given the pieces of earlier
 * versions of the same plan, only what changed since is parsed again.
 */
export function splitFrontMatter(text: string, pieces?: YamlPieces): SplitResult {
  const fail = (line: number, message: string): SplitResult => ({ ok: false, problems: [{ line, column: 1, message }] });
  const firstEnd = text.indexOf('\n');
  if (!OPEN.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return fail(1, messages.noFrontMatter());
  CLOSE.lastIndex = firstEnd + 1;
  const close = firstEnd < 0 ? null : CLOSE.exec(text);
  if (!close) return fail(1, messages.unclosedFrontMatter());
  const closeLine = countLines(text, close.index);
  // From just after the opening `---` (the rest of its line included) to the
  // line break before the closing one, so YAML lines are file lines.
  const yaml = text.slice(3, close.index - 1);
  const bodyStart = text.indexOf('\n', close.index);
  const body = bodyStart < 0 ? '' : text.slice(bodyStart + 1);
  return { ok: true, value: { yaml, quickData: readQuickly(yaml, pieces), body, bodyLine: closeLine + 1 } };
}

function readQuickly(source: string, pieces: YamlPieces | undefined): unknown {
  // The pattern is slow to run over a whole file; most files have no `&` at all.
  if (source.includes('&') && ANCHOR.test(source)) return undefined;
  const read = pieces && readYamlInPieces(source, pieces);
  if (read) return read;
  const block = readBlockYaml(source);
  if (block) return block;
  try {
    // The core schema keeps dates as text, as the `yaml` package does.
    return jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** The 1-based line number of an offset in a text. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
