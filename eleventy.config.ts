// Eleventy's configuration stays thin: everything Planfolio adds lives in src/site/.
import type UserConfig from '@11ty/eleventy/UserConfig';
import { planfolioSite } from './src/site/site-plugin.js';

export default function configure(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(planfolioSite);
  return {
    // Input and output folders come from the build (planfolio build --plans/--out).
    dir: { input: 'templates', includes: '_includes', layouts: '_includes/layouts' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
