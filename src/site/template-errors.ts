import matter from '@11ty/gray-matter';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../errors/catalogue.js';
import { TemplateError } from '../errors/errors.js';
import { formatProblem, type Problem } from '../errors/problem.js';
import { showPath } from '../load/load-portfolio.js';
import { LAYOUTS_DIR, type StagedTemplates } from '../runtime/template-layers.js';

/** A template failed; `problem` says where (the project's own file when it overrides Planfolio's) and why. */
export class TemplateProblemError extends TemplateError {
  override name = 'TemplateProblemError';
  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    super(formatProblem(problem), options);
  }
}

interface Failure {
  message?: string;
  originalError?: unknown;
  cause?: unknown;
  /** Nunjucks' TemplateError (kept whole with the environment's `dev` option). */
  lineno?: number;
  colno?: number;
  Update?: unknown;
  /** js-yaml's YAMLException, from a template's front matter. */
  mark?: { line: number; column: number };
  reason?: string;
}

/**
 * Where and why a render failed, from Eleventy's chain of errors: the file
 * Nunjucks names (or Eleventy's, for front matter and layouts), mapped from
 * the staging folder back to the file people edit, with the line counted
 * in that file: Eleventy hands Nunjucks a page or layout without its front
 * matter, so those lines are added back.
 */
export function locateTemplateError(error: unknown, templates: StagedTemplates): Problem {
  const chain = unwrap(error);
  const nunjucks = chain.find((e) => typeof e.Update === 'function');
  const yaml = chain.find((e) => typeof e.mark?.line === 'number');
  const staged = (nunjucks && findNunjucksFile(nunjucks)) ?? findEleventyFile(chain);
  const source = staged ? templates.sourceOf(staged) : templates.dir;
  const at = (line: number, column: number, reason: string): Problem => ({
    file: showPath(source),
    line,
    column,
    message: describe(showSources(reason, templates), source, templates),
  });

  // Some failures carry no place ("template not found: x.njk"): the first mention of the name is the likely one.
  const atMention = (reason: string): Problem => ({ ...at(1, 1, reason), ...findMention(source, reason) });

  if (nunjucks && staged) {
    const reason = (nunjucks.message ?? '').replace(/^[\s\S]*\)(?: \[Line \d+(?:, Column \d+)?\])?\n\s*/, '').replace(/^Error: /, '');
    // Nunjucks counts from 1 when parsing and from 0 when running a template, where 0:0 is no place at all.
    const running = nunjucks.cause instanceof Error;
    if (typeof nunjucks.lineno !== 'number' || (running && nunjucks.lineno === 0 && !nunjucks.colno)) return atMention(reason);
    const shift = isReadByEleventy(staged, templates.dir) ? countFrontMatterLines(source) : 0;
    return at(nunjucks.lineno + (running ? 1 : 0) + shift, (nunjucks.colno ?? 0) + (running ? 1 : 0) || 1, reason);
  }
  if (yaml?.mark) return at(yaml.mark.line + 1, yaml.mark.column + 1, `front matter: ${yaml.reason ?? yaml.message}`);
  return atMention(chain.at(-1)?.message?.replace(/\s+/g, ' ').trim() ?? String(error));
}

function unwrap(error: unknown): Failure[] {
  const chain: Failure[] = [];
  for (let e = error as Failure | undefined; e && typeof e === 'object' && chain.length < 10; e = (e.originalError ?? e.cause) as Failure | undefined) chain.push(e);
  return chain;
}

/** The innermost template of Nunjucks' message, `(outer)\n (inner) [Line 3, Column 5]\n  reason`. */
function findNunjucksFile(failure: Failure): string | undefined {
  const files = [...(failure.message ?? '').matchAll(/\(([^\n]+?)\)(?: \[Line \d+(?:, Column \d+)?\])?\n/g)].map((m) => path.resolve(m[1]!));
  return files.at(-1);
}

/** The template Eleventy says it was rendering or reading. */
function findEleventyFile(chain: Failure[]): string | undefined {
  for (const failure of chain) {
    // "Having trouble writing to "out" from "file"", "... for the "file" template file.", "... njk template file".
    const named = /"([^"]+)"[^"]*$/.exec(failure.message ?? '') ?? / template (.+)$/.exec(failure.message ?? '');
    if (named) return path.resolve(named[1]!);
  }
  return undefined;
}

/** Pages and layouts are read by Eleventy, which strips their front matter; partials are read whole by Nunjucks. */
function isReadByEleventy(file: string, dir: string): boolean {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return !relative.startsWith('_includes/') || relative.startsWith(`${LAYOUTS_DIR}/`);
}

function countFrontMatterLines(file: string): number {
  const text = readFileSync(file, 'utf8');
  const body = matter(text).content;
  return text.endsWith(body) ? (text.slice(0, text.length - body.length).match(/\n/g) ?? []).length : 0;
}

/** The line and column of the name a "not found" failure quotes (a partial, filter, macro or layout), when the file mentions it. */
function findMention(file: string, reason: string): Pick<Problem, 'line' | 'column'> | undefined {
  const name = /(?:not found|cannot import): '?([^'\s]+)'?$/.exec(reason)?.[1] ?? /\(via `layout: ([^`]+)`\)/.exec(reason)?.[1];
  if (!name || !existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(name));
  return line < 0 ? undefined : { line: line + 1, column: lines[line]!.indexOf(name) + 1 };
}

/** A reason that names staged files (absolute, or relative as Eleventy gives them) names the files people edit instead. */
function showSources(reason: string, templates: StagedTemplates): string {
  return reason.replace(/[^\s"'()]+/g, (word) => {
    const full = path.resolve(word);
    return full.startsWith(templates.dir + path.sep) ? showPath(templates.sourceOf(full)) : word;
  });
}

/** The message, with what to do: an override of Planfolio's file can also be deleted. */
function describe(reason: string, source: string, templates: StagedTemplates): string {
  return templates.isOverride(source) ? messages.templateOverrideFailed(reason) : messages.templateFailed(reason);
}
