import type UserConfig from '@11ty/eleventy/UserConfig';
import nunjucks from 'nunjucks';
import path from 'node:path';
import { PlanProblemsError } from '../errors/errors.js';
import { loadPortfolio } from '../load/load-portfolio.js';
import {
  formatDate,
  formatHorizon,
  formatNumber,
  formatPercent,
  formatSpan,
  formatWord,
  formatWorth,
  toneOf,
} from '../format/format-values.js';
import { describeDue, describeFromToday, describeSpan } from './relative-time.js';
import { installNunjucksCompileCache } from './nunjucks-compile-cache.js';
import { renderMarkdown } from './render-markdown.js';
import { renderCalendar } from './export-calendar.js';
import { renderPlansJson } from './export-json.js';
import { makeSiteData, type PlanView, type SiteData } from './site-data.js';
import { joinBase } from './site-url.js';
import { TEMPLATES_DIR } from '../runtime/project-paths.js';

type EleventyConfig = UserConfig;

// The build hands its already validated data to the plugin through the
// config object, so plans are parsed once, by the loader, never by Eleventy.
const SITE_DATA = Symbol.for('planfolio.siteData');

/** Gives the plugin the site data a build has made (call from Eleventy's `config` option). */
export function provideSiteData(eleventyConfig: EleventyConfig, data: SiteData): void {
  (eleventyConfig as unknown as Record<symbol, SiteData>)[SITE_DATA] = data;
}

export { joinBase } from './site-url.js';

/**
 * Planfolio's Eleventy plugin: the `site` data every template reads, the
 * filters that turn plan values into words, and the static assets. Without a
 * build to provide the data (plain `eleventy`), it loads `plans/` itself.
 */
export function planfolioSite(eleventyConfig: EleventyConfig): void {
  installNunjucksCompileCache();
  silenceFilterBenchmarks(eleventyConfig);
  eleventyConfig.addGlobalData('site', async () => {
    const provided = (eleventyConfig as unknown as Record<symbol, SiteData | undefined>)[SITE_DATA];
    if (provided) return provided;
    const portfolio = await loadPortfolio({ plansDir: 'plans' });
    if (portfolio.problems.length > 0) throw new PlanProblemsError(portfolio.problems);
    return makeSiteData(portfolio);
  });

  const readBase = () => (eleventyConfig as unknown as Record<symbol, SiteData | undefined>)[SITE_DATA]?.base ?? '/';
  const filters: Record<string, (...args: never[]) => unknown> = {
    // Eleventy's own `url` filter costs tens of microseconds a call, which on a
    // thousand-card portfolio page is most of the render; this one only joins.
    href: (url: string) => joinBase(readBase(), url),
    day: (date?: string) => formatDate(date),
    span: (start: string | undefined, due: string) => formatSpan(start, due),
    due: (date: string, today: string) => describeDue(date, today),
    fromToday: (day: string, today: string) => describeFromToday(day, today),
    spanBetween: (from: string, to: string) => describeSpan(from, to),
    horizon: (horizon: Parameters<typeof formatHorizon>[0], created: string) => formatHorizon(horizon, created),
    percent: (ratio: number) => formatPercent(ratio),
    number: (n: number) => formatNumber(n),
    word: (word: string) => formatWord(word),
    worth: (worth: string) => formatWorth(worth),
    tone: (value: string) => toneOf(value),
    // Trusted output: markdown-it escapes the text and raw HTML is off.
    markdown: (body: string) => new nunjucks.runtime.SafeString(renderMarkdown(body ?? '')),
    // Exports are JSON and iCalendar files, never HTML: their serializers escape for their own formats.
    plansJson: (site: SiteData) => new nunjucks.runtime.SafeString(renderPlansJson(site)),
    calendar: (plans: PlanView[], site: SiteData, name: string) =>
      new nunjucks.runtime.SafeString(renderCalendar(plans, { name, base: site.base, siteUrl: site.siteUrl })),
  };
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  eleventyConfig.addPassthroughCopy({ [path.join(TEMPLATES_DIR, 'assets')]: 'assets' });
  // Plan text is data, never template code; autoescape keeps it literal text.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
}

/**
 * Eleventy warns on the terminal when one filter takes a large share of a
 * build (the calendar export does, on large portfolios). People cannot act on
 * that about Planfolio's own filters, and `planfolio build --timings` reports
 * the stages; DEBUG=Eleventy:Benchmark* still shows the figures.
 */
function silenceFilterBenchmarks(eleventyConfig: EleventyConfig): void {
  type Benchmarks = { benchmarks?: { config?: { setMinimumThresholdMs?: (ms: number) => void } } };
  (eleventyConfig as unknown as Benchmarks).benchmarks?.config?.setMinimumThresholdMs?.(0);
}
