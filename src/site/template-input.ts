import type UserConfig from '@11ty/eleventy/UserConfig';
import { stageTemplates } from '../runtime/template-layers.js';

// A build stages the templates (Planfolio's merged with the project's) before
// it starts Eleventy, and hands the folder over through the config object,
// so Eleventy's configuration reads the folder the build's errors refer to.
const TEMPLATES = Symbol.for('planfolio.templatesDir');

type Carrier = Record<symbol, string | undefined>;

/** Tells Eleventy's configuration which folder to read (call from Eleventy's `config` option). */
export function provideTemplatesDir(eleventyConfig: UserConfig, dir: string): void {
  (eleventyConfig as unknown as Carrier)[TEMPLATES] = dir;
}

/** The folder a build provided; without a build (plain `eleventy`), the working folder's templates staged now. */
export async function findTemplatesDir(eleventyConfig: UserConfig): Promise<string> {
  return (eleventyConfig as unknown as Carrier)[TEMPLATES] ?? (await stageTemplates()).dir;
}
