// Renders pages from site data with Eleventy: every template, or one (as
// watch mode renders a saved plan's page). Kept apart from the build, so dev
// can render its first page without loading what a build also needs (pdfkit).
import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { ELEVENTY_CONFIG } from '../runtime/project-paths.js';
import { stageTemplates, type StagedTemplates } from '../runtime/template-layers.js';
import type { SiteData } from './site-data.js';
import { provideSiteData } from './site-plugin.js';
import { provideTemplatesDir } from './template-input.js';
import { locateTemplateError, TemplateProblemError } from './template-errors.js';

/** The template of a plan's page, which can be rendered alone for some plans. */
export const PLAN_TEMPLATE = 'plan.njk';

export interface RenderOptions {
  /** One template alone (a file name in templates/), as watch mode renders a saved plan's page. */
  template?: string;
  /** The templates as staged already (default: staged now). */
  templates?: StagedTemplates;
  /**
   * This process renders again later (watch mode): Eleventy then keeps no
   * template between renders, as it otherwise would (layouts and page
   * templates by path, in memory), so an edited one is read again.
   */
  again?: boolean;
}

/**
 * Renders the site's pages from site data with Eleventy into `outDir`:
 * every template, or one. The project's own templates/ take the place of
 * Planfolio's file by file. Returns how many pages it wrote; a template
 * that fails throws a TemplateProblemError naming its file, line and column.
 */
export async function renderPages(data: SiteData, outDir: string, options: RenderOptions = {}): Promise<number> {
  const templates = options.templates ?? (await stageTemplates());
  const input = options.template ? path.join(templates.dir, options.template) : templates.dir;
  const eleventy = new Eleventy(input, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config: (config: Parameters<typeof provideSiteData>[0]) => {
      provideSiteData(config, data);
      provideTemplatesDir(config, templates.dir);
      // Eleventy's advice for its API in a long-running process (11ty/eleventy#3667).
      if (options.again) config.setUseTemplateCache(false);
    },
  });
  // Planfolio reports for itself: Eleventy's own lines would only repeat it.
  eleventy.disableLogger();
  const written = (await eleventy.write().catch((error: unknown) => {
    throw new TemplateProblemError(locateTemplateError(error, templates), { cause: error });
  })) as unknown as unknown[];
  return written.flat(2).filter((entry) => /\.html$/.test((entry as { outputPath?: string })?.outputPath ?? '')).length;
}
