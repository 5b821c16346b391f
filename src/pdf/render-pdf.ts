// Renders one plan, or the whole portfolio, to PDF bytes. The output is
// reproducible: the dates inside are pinned (SOURCE_DATE_EPOCH, else the
// caller's date, else the plan's own review or creation day), pdfkit derives
// the trailer /ID from those pinned fields, and font subset tags come from
// font order, so the same plan gives the same bytes on every build.
import type { LoadedPlan } from '../load/types.js';
import { Canvas } from './canvas.js';
import { drawMarkdownBody } from './markdown-body.js';
import { drawAdjustments, drawOpportunities } from './plan-extras.js';
import { drawGoals } from './plan-goals.js';
import { drawTitleBlock, drawStrengths, drawVision } from './plan-overview.js';
import { drawBarriers, drawEducation, drawSkills } from './plan-skills.js';
import { drawPortfolioCover, PORTFOLIO_TITLE } from './portfolio-cover.js';
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
function planDay(loaded: LoadedPlan): string {
  return loaded.plan.reviewed ?? loaded.plan.created;
}

/** Every string a plan shows, for telling which CJK font suits it. */
function collectText(loaded: LoadedPlan): string {
  return `${JSON.stringify(loaded.plan)}\n${loaded.body}`;
}

/** Where a plan sits in a larger PDF. */
interface PlanPlacement {
  /** A top-level bookmark for the plan, with its sections under it. */
  bookmark?: string;
  /** A named destination at its first page, for links from the cover. */
  destination?: string;
}

/** Draws one plan from a fresh page. */
function drawPlan(c: Canvas, loaded: LoadedPlan, placement: PlanPlacement = {}): void {
  c.cjk = detectCjkFamily(collectText(loaded));
  c.footerTitle = `${loaded.plan.title} · ${loaded.plan.owner}`;
  c.addPage();
  if (placement.destination) c.doc.addNamedDestination(placement.destination, 'XYZ', 0, 0, 0);
  const parent = placement.bookmark ? c.bookmark(placement.bookmark) : undefined;
  c.bookmark('Overview', parent);
  drawTitleBlock(c, loaded);
  drawVision(c, loaded, parent);
  drawStrengths(c, loaded, parent);
  drawSkills(c, loaded, parent);
  drawEducation(c, loaded, parent);
  drawBarriers(c, loaded, parent);
  drawGoals(c, loaded, parent);
  drawOpportunities(c, loaded, parent);
  drawAdjustments(c, loaded, parent);
  drawMarkdownBody(c, loaded.body, parent);
}

/** Renders one plan's PDF. */
export async function renderPlanPdf(loaded: LoadedPlan, options: PdfOptions = {}): Promise<Buffer> {
  const { plan } = loaded;
  const c = new Canvas({
    pageSize: options.pageSize ?? 'A4',
    date: resolvePdfDate(options, planDay(loaded)),
    title: plan.title,
    author: plan.owner,
    subject: `Career action plan of ${plan.owner}${plan.role ? `, ${plan.role}` : ''}`,
    keywords: (plan.tags ?? []).join(', '),
  });
  drawPlan(c, loaded);
  return c.finish();
}

/** Renders one PDF of many plans: a cover page listing them all, then each plan, each with its bookmarks. */
export async function renderPortfolioPdf(plans: LoadedPlan[], options: PdfOptions = {}): Promise<Buffer> {
  const owners = [...new Set(plans.map((p) => p.plan.owner))];
  const tags = [...new Set(plans.flatMap((p) => p.plan.tags ?? []))].sort();
  const latest = plans.map(planDay).sort().at(-1) ?? '1970-01-01';
  const c = new Canvas({
    pageSize: options.pageSize ?? 'A4',
    date: resolvePdfDate(options, latest),
    title: PORTFOLIO_TITLE,
    author: owners.length <= 3 ? owners.join(', ') : `${owners.slice(0, 3).join(', ')} and ${owners.length - 3} more`,
    subject: `${plans.length} career action ${plans.length === 1 ? 'plan' : 'plans'}`,
    keywords: tags.join(', '),
  });
  c.cjk = detectCjkFamily(plans.map((p) => `${p.plan.owner} ${p.plan.title}`).join('\n'));
  const destinations = plans.map((_, i) => `plan-${i + 1}`);
  drawPortfolioCover(c, plans, destinations);
  plans.forEach((loaded, i) => {
    drawPlan(c, loaded, { bookmark: `${loaded.plan.owner}: ${loaded.plan.title}`, destination: destinations[i] });
  });
  return c.finish();
}
