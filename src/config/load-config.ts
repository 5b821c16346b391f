import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError, PlanProblemsError, UsageError } from '../errors/errors.js';
import { sortProblems, type Problem } from '../errors/problem.js';
import { showPath } from '../load/plan-store.js';
import { placeIssues } from '../load/locate-problems.js';
import { checkLogo } from './check-logo.js';
import { configSchema, readSiteLocation, resolveConfig, type PortfolioConfig } from './config-schema.js';

/** The names a portfolio's configuration file may have, at the project root. */
export const CONFIG_FILES = ['planfolio.config.json', 'planfolio.config.yaml', 'planfolio.config.yml'] as const;

/**
 * Reads the portfolio's configuration from the project root. No file at all
 * is fine (every setting has a default); a file with a mistake stops the
 * command with one line per problem, `file:line:col path: message`, as plans do.
 */
export function loadConfig(cwd = process.cwd()): PortfolioConfig {
  const found = CONFIG_FILES.map((name) => path.join(cwd, name)).filter((file) => existsSync(file));
  // No file: every setting has its default, as the schema gives it.
  if (found.length === 0) return resolveConfig(configSchema.parse({}));
  if (found.length > 1) throw new PlanfolioError(messages.twoConfigFiles(found.map((f) => showPath(f, cwd))));
  const file = showPath(found[0]!, cwd);
  return readConfigText(readFileSync(found[0]!, 'utf8'), file, cwd);
}

/**
 * Validates configuration text (JSON is YAML, so one parser with positions
 * serves both); `root` is the project folder, where a theme's logo is looked for.
 */
export function readConfigText(text: string, file: string, root = process.cwd()): PortfolioConfig {
  const fail = (problems: Omit<Problem, 'file'>[]) => new PlanProblemsError(sortProblems(problems.map((p) => ({ file, ...p }))));
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw fail(
      document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { line, column: col, message: messages.yamlSyntax(error.message.split('\n')[0]!) };
      }),
    );
  }
  const data: unknown = document.contents === null ? {} : document.toJS();
  if (!isMap(document.contents) && document.contents !== null) {
    throw fail([{ line: 1, column: 1, message: messages.configNotMapping(Array.isArray(data) ? 'a list' : 'a single value') }]);
  }
  const result = configSchema.safeParse(data, { reportInput: true });
  const { logo, issues } = checkLogo(data, root);
  if (!result.success || issues.length > 0) {
    throw fail(placeIssues([...(result.error?.issues ?? []), ...issues], document, lineCounter, configSchema));
  }
  return resolveConfig(result.data, file, logo);
}

/**
 * Applies a `--base` given on the command line, which wins over the
 * configuration. A bare path keeps the configured host, if there is one.
 */
export function overrideBase(config: PortfolioConfig, text: string): PortfolioConfig {
  const location = readSiteLocation(text);
  if (!location) throw new UsageError(`--base ${messages.badBase(text)}`);
  const origin = config.siteUrl ? new URL(config.siteUrl).origin : undefined;
  const siteUrl = location.siteUrl ?? (origin ? `${origin}${location.base}` : undefined);
  const { siteUrl: _dropped, ...rest } = config;
  return { ...rest, base: location.base, ...(siteUrl ? { siteUrl } : {}) };
}
