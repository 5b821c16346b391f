// Where Planfolio's own files are. Run from source, this module sits in
// src/runtime/; compiled, it is bundled into dist/. Either way the project
// is the nearest folder above it with both package.json and templates/.
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
