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

/** Front matter read by the `yaml` package: its document (absent when too deep to parse) and its problems, placed and worded. */
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
  const place = (offset: number, message: string, column?: number): RawProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: column ?? col, message };
  };
  const problems = document.errors.map((error): RawProblem => {
    const offset = error.pos[0];
    // How deep the stack ran out depends on the machine; the line does not.
    if (/call stack/i.test(error.message)) return place(offset, messages.tooDeep(), 1);
    if (error.code === 'DUPLICATE_KEY') return place(offset, messages.duplicateKey(readKeyAt(source, offset)));
    return place(offset, messages.yamlSyntax(describeYamlError(error.code, error.message)));
  });
  // js-yaml refuses what `yaml` only warns about or leaves unresolved: a tag
  // it does not know, an alias with no anchor. Both count as problems here,
  // so the two readers agree on which front matter is valid.
  for (const warning of document.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    problems.push(place(warning.pos[0], messages.yamlTag(source.slice(warning.pos[0], warning.pos[1]))));
  }
  useYaml().visit(document, {
    Alias: (_key, alias) => {
      if (alias.resolve(document) === undefined) problems.push(place(alias.range?.[0] ?? 0, messages.yamlNoAnchor(alias.source)));
    },
  });
  return { document, lineCounter, problems: keepDistinct(problems) };
}

/**
 * One line per problem: front matter too deep to read is said once (a
 * megabyte of "[" would otherwise give one line per level), and the same
 * message at the same place is said once.
 */
function keepDistinct(problems: RawProblem[]): RawProblem[] {
  const tooDeep = problems.find((p) => p.message === messages.tooDeep());
  if (tooDeep) return [tooDeep];
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Every problem the `yaml` package finds in front matter, placed: none exactly when js-yaml reads it (a test holds the two to that). */
export function findYamlProblems(source: string): RawProblem[] {
  return readYamlDocument(source).problems;
}

/**
 * Why js-yaml could not read front matter: the `yaml` package's placed and
 * worded mistake when it sees one, else js-yaml's own reason where it stopped.
 */
export function explainYamlFailure(source: string, error: unknown): RawProblem[] {
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const line = mark ? mark.line + 1 : 2;
  // Too deep is said at once: asking `yaml` would take seconds for a megabyte of "[".
  // js-yaml refuses nesting past its maxDepth option (100 by default) before the stack runs out.
  if (error instanceof RangeError) return atLine(line, messages.tooDeep());
  if (error instanceof jsYaml.YAMLException && error.reason.startsWith('nesting exceeded maxDepth')) return atLine(line, messages.tooDeep());
  const { problems } = readYamlDocument(source);
  if (problems.length > 0) return problems;
  if (!(error instanceof jsYaml.YAMLException)) return atLine(line, messages.yamlSyntax(String(error)));
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
  // An unclosed "[" or "{" is reported as bad indentation of what follows it.
  const bracket = /end with a ([\]}])$/.exec(detail)?.[1];
  const hint = bracket === ']' ? messages.closeList() : bracket === '}' ? messages.closeMapping() : hints[code];
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
    const { inFlowList, ...position } = locatePath(document, lineCounter, path, unknownKey);
    const described = describeIssue(issue, (at) => listKnownKeys(at, root));
    const message = inFlowList && isSplitText(issue) ? messages.commaInFlowList(described) : described;
    return { ...position, path: formatPath(path) || undefined, message };
  });
}

/** A number or true/false where text belongs: in a `[a, b]` list, often the tail of text a comma cut off. */
function isSplitText(issue: z.core.$ZodIssue): boolean {
  const input = (issue as { input?: unknown }).input;
  return issue.code === 'invalid_type' && issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean');
}

/**
 * Finds where a field path points in the YAML document, and whether it is an
 * item of a one-line (flow) list. For a key that is
 * missing, it points at the nearest ancestor that exists; for an unknown key
 * (`pointAtKey`), at the key itself rather than its value.
 */
function locatePath(
  document: Yaml.Document.Parsed,
  lineCounter: Yaml.LineCounter,
  path: readonly PropertyKey[],
  pointAtKey: boolean,
): { line: number; column: number; inFlowList: boolean } {
  const { isMap, isNode, isPair, isScalar, isSeq } = useYaml();
  let inFlowList = false;
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
      inFlowList = last && node.flow === true;
      node = item;
      offset = startOf(item) ?? offset;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, inFlowList };
}
