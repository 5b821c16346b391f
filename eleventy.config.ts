// Eleventy's configuration stays thin: everything Planfolio adds lives in src/site/.
import type UserConfig from '@11ty/eleventy/UserConfig';
import { TEMPLATES_DIR } from './src/runtime/project-paths.js';
import { planfolioSite } from './src/site/site-plugin.js';

export default function configure(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(planfolioSite);
  // Installed as a package, the templates are inside the user's node_modules/,
  // which Eleventy ignores by default (by its own rule and the user's .gitignore).
  eleventyConfig.ignores.delete('**/node_modules/**');
  eleventyConfig.setUseGitIgnore(false);
  return {
    // Input and output folders come from the build (planfolio build --plans/--out).
    // Absolute, so a build run from another folder (a project with its own config file) still finds them.
    dir: { input: TEMPLATES_DIR, includes: '_includes', layouts: '_includes/layouts' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
