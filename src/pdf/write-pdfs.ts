// Writes every plan's PDF and the portfolio PDF into `<outDir>/pdf/`, in
// this thread, one after another: each plan's PDF, then the portfolio (its
// page counts already known from the plans' own PDFs), streamed to its file:
// every plan in full up to FULL_PLANS_UP_TO plans, else a page per plan.
import { createWriteStream, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import { PlanfolioError } from '../errors/errors.js';
import type { LoadedPlan } from '../load/types.js';
import type { ThemeSettings } from '../theme/theme-settings.js';
import { makePdfFileName, PORTFOLIO_PDF_NAME } from './file-name.js';
import { makeProgressReporter, type ProgressMode } from './progress.js';
import { makePdfTheme, type PageSize } from './layout/theme.js';
import { drawPortfolioSummaries, FULL_PLANS_UP_TO } from './portfolio-summaries.js';
import type { PlanPdfLink } from './sections/plan-summary.js';
import { drawPortfolio, makePlanPdf, openPortfolioPdf, pinPdfDate } from './render-pdf.js';

/** Options for writing all PDFs of a build. */
export interface WritePdfsOptions {
  /** The portfolio's title, from the configuration. */
  title: string;
  /** The language of the PDFs' own words (BCP 47); default `en`. */
  language?: string;
  /** A plan's last commit day (`YYYY-MM-DD...`), which dates its PDF when known. */
  planDate?: (plan: LoadedPlan) => string | undefined;
  /** The paper of every PDF; default A4. */
  pageSize?: PageSize;
  /** The configured theme of every PDF; Planfolio's own look without one. */
  theme?: ThemeSettings;
  /** Also write `portfolio.pdf`; default true. */
  portfolio?: boolean;
  /** Write each plan's PDF (default true); false makes only `portfolio.pdf`, as dev does once the plans' PDFs are on disk. */
  planPdfs?: boolean;
  /** Up to how many plans `portfolio.pdf` draws every plan in full (default FULL_PLANS_UP_TO); beyond, a page per plan. */
  fullPlansUpTo?: number;
  /** The site's address, when configured: a plan's page in `portfolio.pdf` then links its PDF there, else by its file name beside it. */
  siteUrl?: string;
  /** How progress is shown on stderr; default `auto`. */
  progress?: ProgressMode;
  /**
   * The folder to name in progress lines instead of `outDir`: a build writes
   * into a staging folder, but people should read where the PDFs will be.
   */
  shownOutDir?: string;
}

/** A PDF that was written. */
export interface WrittenPdf {
  path: string;
  bytes: number;
}

/** Writes each plan's PDF to `outDir/pdf/<name>` and the portfolio to `outDir/pdf/portfolio.pdf`. */
export async function writePdfs(plans: readonly LoadedPlan[], outDir: string, options: WritePdfsOptions): Promise<WrittenPdf[]> {
  const dir = path.join(outDir, 'pdf');
  const pageSize = options.pageSize ?? 'A4';
  const theme = makePdfTheme(options.theme);
  await mkdir(dir, { recursive: true });
  const written: WrittenPdf[] = [];
  const byName = new Map<string, string>();
  for (const plan of plans) {
    const fileName = makePdfFileName(plan);
    const other = byName.get(fileName);
    if (other) throw new PlanfolioError(`${plan.file} and ${other} would both be written as ${fileName}: rename one of the files`);
    byName.set(fileName, plan.file);
    written.push({ path: path.join(dir, fileName), bytes: 0 });
  }
  const withPortfolio = options.portfolio !== false && plans.length > 0;
  const total = plans.length + (withPortfolio ? 1 : 0);
  const reporter = makeProgressReporter(options.progress ?? 'auto', total);
  let done = 0;
  const report = (pdf: WrittenPdf) => {
    const shown = options.shownOutDir === undefined ? pdf.path : path.join(options.shownOutDir, path.relative(outDir, pdf.path));
    reporter.update({ done: ++done, total, path: shown, bytes: pdf.bytes });
  };
  try {
    const pageCounts: number[] = [];
    const drawnInFull = plans.length <= (options.fullPlansUpTo ?? FULL_PLANS_UP_TO);
    // A portfolio that draws every plan needs their page counts (its contents), so the plans are made even when not written.
    const planPdfs = options.planPdfs !== false;
    const makePlans = planPdfs || (withPortfolio && drawnInFull);
    for (const [i, plan] of makePlans ? plans.entries() : []) {
      const { bytes, pages } = await makePlanPdf(plan, pageSize, pinPdfDate([plan], options.planDate), options.language, theme);
      pageCounts.push(pages);
      if (!planPdfs) continue;
      // Synchronous: fs/promises writes a file in several queued steps, for no gain here.
      writeFileSync(written[i]!.path, bytes);
      written[i]!.bytes = bytes.length;
      report(written[i]!);
      // A turn of the event loop between PDFs: drawing one never waits on I/O, so without it the build's
      // other work (the search index's Pagefind processes) would wait for the last PDF.
      await setImmediate();
    }
    if (withPortfolio) {
      const file = path.join(dir, PORTFOLIO_PDF_NAME);
      const document = openPortfolioPdf(plans, options.title, pageSize, pinPdfDate(plans, options.planDate), options.language);
      const stream = createWriteStream(file);
      const out = document.streamTo(stream);
      const drawing = { flush: out.flush, language: options.language, theme };
      if (drawnInFull) await drawPortfolio(document, plans, options.title, pageSize, { ...drawing, pageCounts });
      else await drawPortfolioSummaries(document, plans, options.title, pageSize, { ...drawing, links: written.map((pdf) => linkPdf(pdf.path, options.siteUrl)) });
      await out.finish();
      const pdf: WrittenPdf = { path: file, bytes: stream.bytesWritten };
      written.push(pdf);
      report(pdf);
    }
  } finally {
    reporter.finish();
  }
  return options.planPdfs === false ? written.slice(plans.length) : written;
}

/** A plan PDF's name and the address a link to it opens: beside portfolio.pdf, or on the site when its address is known. */
function linkPdf(file: string, siteUrl: string | undefined): PlanPdfLink {
  const name = path.basename(file);
  const href = encodeURI(name);
  return { name, href: siteUrl ? new URL(`pdf/${href}`, siteUrl).href : href };
}
