// Renders one plan, or the whole portfolio, to PDF bytes. The output is
// reproducible: the dates inside are pinned (SOURCE_DATE_EPOCH, else the
// caller's date, else the plan's own review or creation day), pdfkit derives
// the trailer /ID from those pinned fields, and font subset tags come from
// font order, so the same plan gives the same bytes on every build.
import type { LoadedPlan } from '../load/types.js';
import { Canvas } from './canvas.js';
import type { PlanKit } from './page-kit.js';
import { assemblePortfolioPdf } from './portfolio-pdf.js';
import { drawMarkdownBody } from './markdown-body.js';
import { drawAdjustments, drawOpportunities } from './plan-extras.js';
import { drawGoals } from './plan-goals.js';
import { drawTitleBlock, drawStrengths, drawVision } from './plan-overview.js';
import { drawBarriers, drawEducation, drawSkills } from './plan-skills.js';
import { detectCjkFamily } from './text-runs.js';
import type { PageSize } from './theme.js';

/** How a PDF is made. */
export interface PdfOptions {
  /** Paper size; default A4. */
  pageSize?: PageSize;
  /**
   * CreationDate and ModDate when SOURCE_DATE_EPOCH is not set: a Date or a
   * `YYYY-MM-DD` day (read as 00:00 UTC). The build passes the plan's last
   * commit date; default the plan's `reviewed` or `created` day.
   */
  date?: Date | string;
  /** Where SOURCE_DATE_EPOCH is read from; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** The pinned date of a PDF: SOURCE_DATE_EPOCH, else the option, else the fallback day. */
export function resolvePdfDate(options: PdfOptions, fallbackDay: string): Date {
  const epoch = (options.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const given = options.date;
  if (given instanceof Date && !Number.isNaN(given.getTime())) return new Date(given.getTime());
  const day = typeof given === 'string' && given.trim() ? given.trim() : fallbackDay;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const parsed = new Date(day);
  if (!Number.isNaN(parsed.getTime())) return parsed;
  throw new Error(`Not a date for the PDF: "${day}" (use YYYY-MM-DD or an ISO date-time)`);
}

/** The day a plan's PDF is dated by default: its last review, else its creation. */
function findPlanDay(loaded: LoadedPlan): string {
  return loaded.plan.reviewed ?? loaded.plan.created;
}

/** Every string a plan shows, for telling which CJK font suits it. */
function collectText(loaded: LoadedPlan): string {
  return `${JSON.stringify(loaded.plan)}\n${loaded.body}`;
}

/** A plan's PDF, and what its pages are made of (for the portfolio PDF). */
export interface RenderedPlan {
  bytes: Buffer;
  kit: PlanKit;
}

/** Renders one plan's PDF, keeping what its pages are made of. */
export async function renderPlanPdfWithKit(loaded: LoadedPlan, options: PdfOptions = {}): Promise<RenderedPlan> {
  const { plan } = loaded;
  const c = new Canvas({
    pageSize: options.pageSize ?? 'A4',
    date: resolvePdfDate(options, findPlanDay(loaded)),
    title: plan.title,
    author: plan.owner,
    subject: `Career action plan of ${plan.owner}${plan.role ? `, ${plan.role}` : ''}`,
    keywords: (plan.tags ?? []).join(', '),
    keepKit: true,
  });
  c.cjk = detectCjkFamily(collectText(loaded));
  c.footerTitle = `${loaded.plan.title} · ${loaded.plan.owner}`;
  c.addPage();
  c.bookmark('Overview');
  drawTitleBlock(c, loaded);
  drawVision(c, loaded);
  drawStrengths(c, loaded);
  drawSkills(c, loaded);
  drawEducation(c, loaded);
  drawBarriers(c, loaded);
  drawGoals(c, loaded);
  drawOpportunities(c, loaded);
  drawAdjustments(c, loaded);
  drawMarkdownBody(c, loaded.body);
  const bytes = await c.finish();
  return { bytes, kit: c.recorder!.kit };
}

/** Renders one plan's PDF. */
export async function renderPlanPdf(loaded: LoadedPlan, options: PdfOptions = {}): Promise<Buffer> {
  return (await renderPlanPdfWithKit(loaded, options)).bytes;
}

/** The pinned date of a portfolio PDF: SOURCE_DATE_EPOCH, else the option, else the latest plan's day. */
function resolvePortfolioDate(plans: LoadedPlan[], options: PdfOptions): Date {
  return resolvePdfDate(options, plans.map(findPlanDay).sort().at(-1) ?? '1970-01-01');
}

/**
 * Renders one PDF of many plans: a cover page listing them all, then each
 * plan's pages, each plan with its bookmarks. A build places the pages its
 * plan PDFs were made of (writePdfs); this renders the plans to do so.
 */
export async function renderPortfolioPdf(plans: LoadedPlan[], options: PdfOptions = {}): Promise<Buffer> {
  const kits: PlanKit[] = [];
  for (const loaded of plans) kits.push((await renderPlanPdfWithKit(loaded, options)).kit);
  return assemblePortfolioPdf(plans, kits, { pageSize: options.pageSize ?? 'A4', date: resolvePortfolioDate(plans, options) });
}
