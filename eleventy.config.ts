// Eleventy's configuration stays thin: everything Planfolio adds lives in src/site/.
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { INCLUDES_DIR, LAYOUTS_DIR } from './src/runtime/template-layers.js';
import { planfolioSite } from './src/site/site-plugin.js';
import { findTemplatesDir } from './src/site/template-input.js';

export default async function configure(eleventyConfig: UserConfig) {
  // Planfolio's templates, merged with the project's own templates/ when it has one.
  const templatesDir = await findTemplatesDir(eleventyConfig);
  eleventyConfig.addPlugin(planfolioSite, { templatesDir });
  // Installed as a package, the templates are inside the user's node_modules/,
  // which Eleventy ignores by default (by its own rule and the user's .gitignore).
  eleventyConfig.ignores.delete('**/node_modules/**');
  eleventyConfig.setUseGitIgnore(false);
  return {
    // Input and output folders come from the build (planfolio build --plans/--out). The templates
    // are given relative to the working folder: Eleventy's file search, given an absolute folder
    // outside it, lists every folder from the file system's root down (all of /tmp, say). Forward
    // slashes on Windows too, as Eleventy's globs expect; across drives it stays absolute, as before.
    dir: { input: path.relative(process.cwd(), templatesDir).split(path.sep).join('/') || '.', includes: INCLUDES_DIR, layouts: LAYOUTS_DIR },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
