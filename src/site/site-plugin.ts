import type UserConfig from '@11ty/eleventy/UserConfig';
import nunjucks from 'nunjucks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PlanProblemsError } from '../errors/errors.js';
import { loadPortfolio } from '../load/load-portfolio.js';
import { renderTokensCss } from '../theme/tokens-css.js';
import { toneOf } from '../theme/tokens.js';
import { makeWords, type Vars, type Words } from '../words/words.js';
import { installNunjucksCompileCache } from './nunjucks-compile-cache.js';
import { renderMarkdown } from './render-markdown.js';
import { makeSiteData, type SiteData } from './site-data.js';
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
 * words (`t` and the filters that put values into words), and the static
 * assets with the stylesheet of design tokens. Without a build to provide
 * the data (plain `eleventy`), it loads `plans/` itself.
 */
export function planfolioSite(eleventyConfig: EleventyConfig, options: { templatesDir?: string } = {}): void {
  installNunjucksCompileCache();
  silenceFilterBenchmarks(eleventyConfig);
  const provided = () => (eleventyConfig as unknown as Record<symbol, SiteData | undefined>)[SITE_DATA];
  eleventyConfig.addGlobalData('site', async () => {
    if (provided()) return provided();
    const portfolio = await loadPortfolio({ plansDir: 'plans' });
    if (portfolio.problems.length > 0) throw new PlanProblemsError(portfolio.problems);
    return makeSiteData(portfolio);
  });

  const safe = (text: string) => new nunjucks.runtime.SafeString(text);
  // Straight on the Nunjucks environment: Eleventy's addFilter wraps every call in
  // a benchmark and copies page data onto `this`, which these filters never read,
  // and a plan page makes hundreds of calls (about a tenth of a large build). The
  // environment is made after a build has handed its data over, so the words of
  // its language and its base path are looked up once, not at every call.
  eleventyConfig.amendLibrary('njk', (env: nunjucks.Environment) => {
    const words = makeWords(provided()?.language ?? 'en');
    const base = provided()?.base ?? '/';
    const escape = (text: string) => String(env.getFilter('escape')(text));
    const filters: Record<string, (...args: never[]) => unknown> = {
      // Eleventy's own `url` filter costs tens of microseconds a call, which on a
      // thousand-card portfolio page is most of the render; this one only joins.
      href: (url: string) => joinBase(base, url),
      day: words.date,
      year: words.year,
      span: words.span,
      relative: words.relative,
      horizon: words.horizon,
      value: words.value,
      number: words.number,
      percent: words.percent,
      distance: words.distance,
      tone: toneOf,
      langAttr: (language?: string) => safe(writeLangAttribute(language, escape)),
      // Trusted output: markdown-it escapes the text and raw HTML is off.
      markdown: (body: string) => safe(renderMarkdown(body ?? '')),
      // The stylesheet of tokens is CSS, never HTML: its writer escapes for its own format.
      tokensCss: () => safe(renderTokensCss(provided()?.theme)),
    };
    env.addGlobal('t', words.t);
    env.addGlobal('tOwn', isolateOwnWords(words.t, escape));
    env.addFilter('isolateQuoted', isolateQuoted(words.t, escape));
    for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter);
  });

  // The assets of the folder Eleventy reads: Planfolio's, with the project's own in their place.
  const assets = path.join(options.templatesDir ?? TEMPLATES_DIR, 'assets');
  eleventyConfig.addPassthroughCopy({ [assets]: 'assets' });
  // Rules a project adds go in assets/custom.css, linked after site.css; Planfolio ships none.
  eleventyConfig.addGlobalData('customStylesheet', existsSync(path.join(assets, 'custom.css')));
  // A theme's logo goes beside the assets under the name its address gives (site-data.ts); the site data is handed over before plugins run.
  const theme = provided()?.theme;
  if (theme?.logo && theme.logoUrl) eleventyConfig.addPassthroughCopy({ [theme.logo.path]: theme.logoUrl.slice(1) });
  // Plan text is data, never template code; autoescape keeps it literal text.
  eleventyConfig.setNunjucksEnvironmentOptions({ dev: true, autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
}

/**
 * `t` for a sentence that carries a plan's own words (a goal's title in
 * "For “…”"): each string value goes in as an isolate, `<bdi>`, so Arabic or
 * Hebrew keeps its own direction inside an English sentence and leaves the
 * sentence's order alone, marked with the plan's language when given (every
 * value is then the plan's). Values of the site's own words in the same
 * sentence (a date it wrote) come apart, in `siteVars`, and go in as they
 * are. The sentence and the values are escaped.
 */
function isolateOwnWords(t: Words['t'], escape: (text: string) => string) {
  return (key: Parameters<Words['t']>[0], vars: Vars = {}, language?: string, siteVars: Vars = {}): nunjucks.runtime.SafeString => {
    const own: string[] = [];
    const open = `<bdi${writeLangAttribute(language, escape)}>`;
    // Each value stands in as a mark escaping leaves as it is, then goes in escaped and isolated.
    const marked = Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, typeof value === 'string' ? `\0${own.push(value) - 1}\0` : value]));
    const html = escape(t(key, { ...marked, ...siteVars })).replace(/\0(\d+)\0/g, (_, i: string) => `${open}${escape(own[Number(i)]!)}</bdi>`);
    return new nunjucks.runtime.SafeString(html);
  };
}

/**
 * A history sentence ("Goal “…” added") with each name or note it quotes
 * (between the marks of the catalogue's `history.quote`) set apart as an
 * isolate, `<bdi>`, as `tOwn` does, in the plan's language when given; escaped.
 */
function isolateQuoted(t: Words['t'], escape: (text: string) => string) {
  const [open, close] = t('history.quote', { text: '\0' }).split('\0').map((mark) => mark!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const quoted = new RegExp(`(${open})([^]*?)(${close})`, 'g');
  return (text: string, language?: string): nunjucks.runtime.SafeString =>
    new nunjucks.runtime.SafeString(escape(text).replace(quoted, `$1<bdi${writeLangAttribute(language, escape)}>$2</bdi>$3`));
}

/** ` lang="…"` for an element of a plan's own words, in the plan's language (facts.language); nothing when it is not known. */
function writeLangAttribute(language: string | undefined, escape: (text: string) => string): string {
  return language ? ` lang="${escape(language)}"` : '';
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
