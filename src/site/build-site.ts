import Eleventy from '@11ty/eleventy';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PlanfolioError, PlanProblemsError, TemplateError } from '../errors/errors.js';
import { loadPortfolio } from '../load/load-portfolio.js';
import type { Portfolio } from '../load/types.js';
import { writePdfs, type WrittenPdf } from '../pdf/index.js';
import { makeSiteData, type SiteData } from './site-data.js';
import { provideSiteData, TEMPLATES_DIR } from './site-plugin.js';

export interface BuildOptions {
  plansDir: string;
  outDir: string;
  /** Include `draft` plans (watch mode, previews). */
  drafts?: boolean;
  /** Write PDFs (default true). */
  pdf?: boolean;
  title?: string;
}

export interface BuildResult {
  portfolio: Portfolio;
  pages: number;
  pdfs: WrittenPdf[];
  outDir: string;
}

const CONFIG_PATH = path.resolve(TEMPLATES_DIR, '../eleventy.config.ts');

/**
 * Builds the site (and PDFs) into a fresh folder beside the output and swaps
 * it in only when everything succeeded, so a failed build leaves the last
 * good output exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir);
  refuseUnsafeOutput(outDir, path.resolve(options.plansDir));
  const portfolio = await loadPortfolio({ plansDir: options.plansDir, includeDrafts: options.drafts });
  if (portfolio.problems.length > 0) throw new PlanProblemsError(portfolio.problems);

  const pdf = options.pdf ?? true;
  const data = makeSiteData(portfolio, { pdf, title: options.title });
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const pages = await renderPages(data, staging);
    const pdfs = pdf ? await writePdfs(portfolio.plans, staging, { progress: 'auto' }) : [];
    await swapIn(staging, outDir);
    return { portfolio, pages, pdfs, outDir };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renders the site's pages from site data with Eleventy into `outDir`:
 * every template, or just one (`template`, a file name in templates/), as
 * watch mode does for a single saved plan. Returns how many pages it wrote.
 */
export async function renderPages(data: SiteData, outDir: string, template?: string): Promise<number> {
  const input = template ? path.join(TEMPLATES_DIR, template) : TEMPLATES_DIR;
  const eleventy = new Eleventy(input, outDir, {
    configPath: CONFIG_PATH,
    quietMode: true,
    config: (config: Parameters<typeof provideSiteData>[0]) => provideSiteData(config, data),
  });
  // Planfolio reports for itself: Eleventy's own lines would only repeat it.
  eleventy.disableLogger();
  const written = (await eleventy.write().catch((error: unknown) => {
    throw new TemplateError(describeTemplateError(error), { cause: error });
  })) as unknown as unknown[];
  return written.flat(2).filter((entry) => /\.html$/.test((entry as { outputPath?: string })?.outputPath ?? '')).length;
}

/** Replaces `outDir` with `staging`; the old output is removed only once the new one is in place. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

/** Refuses output folders that would overwrite plans or templates. */
function refuseUnsafeOutput(outDir: string, plansDir: string): void {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep) || parent.startsWith(child + path.sep);
  for (const [name, dir] of [['plans', plansDir], ['templates', TEMPLATES_DIR]] as const) {
    if (inside(outDir, dir)) {
      throw new PlanfolioError(`--out ${outDir} overlaps the ${name} folder ${dir}; build into a separate folder such as _site`);
    }
  }
}

/** The innermost message of an Eleventy error chain: where the template broke, and why. */
export function describeTemplateError(error: unknown): string {
  const messages: string[] = [];
  for (let current = error as { message?: string; originalError?: unknown; cause?: unknown } | undefined; current; ) {
    const text = current.message?.replace(/\s+/g, ' ').trim();
    if (text && !messages.some((m) => m.includes(text))) messages.push(text);
    current = (current.originalError ?? current.cause) as typeof current;
    if (messages.length > 6) break;
  }
  return `a template failed: ${messages.join(': ')}`;
}
