// Where Planfolio's own files are. Run from source, this module sits in
// src/runtime/; compiled, it is bundled into dist/. Either way the project
// is the nearest folder above it with both package.json and templates/:
// the starter repository, or the package installed in a plans repository's
// node_modules/. Plans, configuration and output are the user's (the
// working folder); only Planfolio's own files are found from here.
import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'templates'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Planfolio's templates/ folder was not found above ${from}`);
  }
}

/** The Planfolio project (or installed package) folder. */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** The Nunjucks templates and the stylesheet. */
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

/** Whether this is the compiled JavaScript in dist/ rather than the TypeScript sources. */
export const IS_COMPILED = !/\.[cm]?ts$/.test(import.meta.url);

/** Eleventy's configuration: compiled beside the rest in dist/, or the project's own. */
export const ELEVENTY_CONFIG = IS_COMPILED ? path.join(PROJECT_ROOT, 'dist', 'eleventy.config.js') : path.join(PROJECT_ROOT, 'eleventy.config.ts');

/** The live-reload script of `planfolio dev`: copied into dist/ by bin/compile.js, as a package holds no src/. */
export const DEV_CLIENT = IS_COMPILED ? path.join(PROJECT_ROOT, 'dist', 'dev-client.js') : path.join(PROJECT_ROOT, 'src', 'watch', 'dev-client.js');

/**
 * Where caches go: `node_modules/.cache/planfolio` of the project that uses
 * Planfolio. Installed as a package, that is the node_modules folder holding
 * it (the plans repository's), not one inside the package.
 */
export const CACHE_DIR = findCacheDir(PROJECT_ROOT);

function findCacheDir(root: string): string {
  const parts = root.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  const nodeModules = at >= 0 ? parts.slice(0, at + 1).join(path.sep) : path.join(root, 'node_modules');
  return path.join(nodeModules, '.cache', 'planfolio');
}

/** Whether Planfolio runs as a package installed in another project's node_modules/. */
export const IS_INSTALLED = PROJECT_ROOT.split(path.sep).includes('node_modules');

/**
 * The plan schema a new plan points editors at: the project's own
 * `plan.schema.json` when it has one (or is Planfolio's own repository),
 * else the installed package's, which stays current as Planfolio is updated.
 */
export function findPlanSchemaFile(cwd: string, name: string): string {
  const own = path.resolve(cwd, name);
  return existsSync(own) || !IS_INSTALLED ? own : path.join(PROJECT_ROOT, 'plan.schema.json');
}
