// Eleventy's configuration stays thin: everything Planfolio adds lives in src/site/.
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
    // Input and output folders come from the build (planfolio build --plans/--out).
    // Absolute, so a build run from another folder (a project with its own config file) still finds them.
    dir: { input: templatesDir, includes: INCLUDES_DIR, layouts: LAYOUTS_DIR },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
