// js-yaml decides what front matter holds (read-yaml.ts); the `yaml` package
// is only asked where a problem is, and for the words of a YAML mistake,
// because it keeps the position of every node and error.
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type * as Yaml from 'yaml';
import type * as z from 'zod';
import { messages } from '../errors/catalogue.js';
import { describeIssue } from '../errors/describe-issue.js';
import { formatPath } from '../errors/problem.js';
import { listKnownKeys } from '../schema/known-keys.js';
import { planSchema } from '../schema/plan.js';
import type { RawProblem } from './parse-front-matter.js';

// Valid plans go through js-yaml alone, so `yaml` is loaded on first use:
// `planfolio check` of valid plans never pays the 30 ms it takes to load.
const requireFromHere = createRequire(import.meta.url);
let library: typeof Yaml | undefined;
const useYaml = (): typeof Yaml => (library ??= requireFromHere('yaml') as typeof Yaml);

const atLine = (line: number, message: string, column = 1): RawProblem[] => [{ line, column, message }];

/** Front matter read by the `yaml` package: its document (absent when too deep to parse) and its syntax errors, placed and worded. */
function readYamlDocument(source: string): { document?: Yaml.Document.Parsed; lineCounter: Yaml.LineCounter; problems: RawProblem[] } {
  const { LineCounter, parseDocument } = useYaml();
  const lineCounter = new LineCounter();
  let document: Yaml.Document.Parsed;
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

/**
 * Why js-yaml could not read front matter: the `yaml` package's placed and
 * worded mistake when it sees one, else js-yaml's own reason where it stopped.
 */
export function explainYamlFailure(source: string, error: unknown): RawProblem[] {
  const { problems } = readYamlDocument(source);
  if (problems.length > 0) return problems;
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const line = mark ? mark.line + 1 : 2;
  if (error instanceof RangeError) return atLine(line, messages.tooDeep());
  if (!(error instanceof jsYaml.YAMLException)) return atLine(line, messages.yamlSyntax(String(error)));
  // js-yaml refuses nesting past its maxDepth option (100 by default) before the stack runs out.
  if (error.reason.startsWith('nesting exceeded maxDepth')) return atLine(line, messages.tooDeep());
  return atLine(line, messages.yamlSyntax(error.reason), mark ? mark.column + 1 : 1);
}

/** Why front matter that js-yaml read as something other than a mapping is no plan, at the line of what it holds. */
export function explainNotMapping(source: string, data: unknown): RawProblem[] {
  const { isMap, isSeq } = useYaml();
  const { document, lineCounter } = readYamlDocument(source);
  const contents = document ? document.contents : undefined;
  if (contents === null || (contents && !isMap(contents) && !isSeq(contents) && isEmptyScalar(contents))) {
    return atLine(2, messages.emptyFrontMatter());
  }
  if (contents && !isMap(contents)) {
    const { line, col } = lineCounter.linePos(contents.range?.[0] ?? 0);
    return atLine(line, messages.notMapping(isSeq(contents) ? 'a list' : 'a single value'), col);
  }
  // The two readers disagree on the shape; say what js-yaml found.
  if (data === null || data === undefined) return atLine(2, messages.emptyFrontMatter());
  return atLine(2, messages.notMapping(Array.isArray(data) ? 'a list' : 'a single value'));
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

/** Zod's issues with a plan's front matter (as js-yaml read it), each at its line and column. */
export function explainIssues(source: string, issues: z.core.$ZodIssue[]): RawProblem[] {
  const { document, lineCounter } = readYamlDocument(source);
  if (!document) return atLine(2, messages.tooDeep());
  return placeIssues(issues, document, lineCounter, planSchema);
}

/**
 * Turns Zod issues into problems at the line and column of the YAML (or
 * JSON) they are about, worded by the catalogue. Plans and the portfolio
 * configuration both report this way.
 */
export function placeIssues(
  issues: z.core.$ZodIssue[],
  document: Yaml.Document.Parsed,
  lineCounter: Yaml.LineCounter,
  root: z.ZodType,
): RawProblem[] {
  // One issue per unknown key, so each is reported at its own line.
  const split = issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  return split.map((issue): RawProblem => {
    const unknownKey = issue.code === 'unrecognized_keys';
    const path = unknownKey ? [...issue.path, issue.keys[0]!] : issue.path;
    const position = locatePath(document, lineCounter, path, unknownKey);
    const message = describeIssue(issue, (at) => listKnownKeys(at, root));
    return { ...position, path: formatPath(path) || undefined, message };
  });
}

/**
 * Finds where a field path points in the YAML document. For a key that is
 * missing, it points at the nearest ancestor that exists; for an unknown key
 * (`pointAtKey`), at the key itself rather than its value.
 */
function locatePath(
  document: Yaml.Document.Parsed,
  lineCounter: Yaml.LineCounter,
  path: readonly PropertyKey[],
  pointAtKey: boolean,
): { line: number; column: number } {
  const { isMap, isNode, isPair, isScalar, isSeq } = useYaml();
  const startOf = (node: unknown) => (isNode(node) ? node.range?.[0] : undefined);
  let node: unknown = document.contents;
  let offset = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      const keyOffset = startOf(pair.key);
      // A value that is itself absent (`due:` with nothing after it) points at its key.
      const valueOffset = startOf(pair.value);
      if (last && (pointAtKey || valueOffset === undefined)) {
        offset = keyOffset ?? offset;
        break;
      }
      node = pair.value;
      offset = valueOffset ?? keyOffset ?? offset;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as unknown;
      if (item === undefined) break;
      node = item;
      offset = startOf(item) ?? offset;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
