// Eleventy's configuration stays thin: everything Planfolio adds lives in src/site/.
import type UserConfig from '@11ty/eleventy/UserConfig';
import { TEMPLATES_DIR } from './src/runtime/project-paths.js';
import { planfolioSite } from './src/site/site-plugin.js';

export default function configure(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(planfolioSite);
  return {
    // Input and output folders come from the build (planfolio build --plans/--out).
    // Absolute, so a build run from another folder (a project with its own config file) still finds them.
    dir: { input: TEMPLATES_DIR, includes: '_includes', layouts: '_includes/layouts' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
