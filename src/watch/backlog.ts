// What `planfolio dev` still has to build after serving its first page: the
// plans' history, their pages (most recently edited first), the lists, the
// plan PDFs and the portfolio PDF. Taken a step at a time between saves, so a
// save never waits for more than one step; a page someone asks for before its
// turn is moved to the front.
import { stat } from 'node:fs/promises';
import type { PlanView } from '../site/site-data.js';

/** One step of the work left, small enough that a save waiting behind it is not kept long. */
export type BacklogStep =
  | { kind: 'history' }
  | { kind: 'pages'; slugs: string[] }
  | { kind: 'lists' }
  | { kind: 'pdfs'; slugs: string[] }
  | { kind: 'portfolio' };

/** A plan as the backlog knows it: its page slug and the addresses of its page and PDF. */
export interface BacklogPlan {
  slug: string;
  url: string;
  pdfUrl?: string;
}

/** Plan pages per step: a few hundred milliseconds of rendering at most. */
const PAGES_PER_STEP = 50;
/** Plan PDFs per step, about as long. */
const PDFS_PER_STEP = 15;

export class Backlog {
  private history: boolean;
  private lists: boolean;
  private portfolio: boolean;
  private readonly pages: BacklogPlan[];
  private readonly pdfs: BacklogPlan[];
  /** Who waits for an address (a page or PDF not yet written), by that address. */
  private readonly waiting = new Map<string, (() => void)[]>();
  /** The addresses the step under way will write. */
  private readonly underWay = new Set<string>();

  /** `plans` in the order to build them (most recently edited first); `pdf` whether dev writes PDFs. */
  constructor(plans: readonly BacklogPlan[] = [], options: { pdf?: boolean } = {}) {
    const any = plans.length > 0;
    this.history = any;
    this.lists = any;
    this.pages = [...plans];
    this.pdfs = options.pdf === false ? [] : plans.filter((p) => p.pdfUrl);
    this.portfolio = this.pdfs.length > 0;
  }

  get empty(): boolean {
    return !this.history && !this.lists && !this.portfolio && this.pages.length === 0 && this.pdfs.length === 0;
  }

  /** Takes the next step off the backlog; undefined when nothing is left. */
  next(): BacklogStep | undefined {
    if (this.history) {
      this.history = false;
      return { kind: 'history' };
    }
    if (this.pages.length > 0) return { kind: 'pages', slugs: this.take(this.pages.splice(0, PAGES_PER_STEP), (p) => p.url) };
    if (this.lists) {
      this.lists = false;
      return { kind: 'lists' };
    }
    if (this.pdfs.length > 0) return { kind: 'pdfs', slugs: this.take(this.pdfs.splice(0, PDFS_PER_STEP), (p) => p.pdfUrl!) };
    if (this.portfolio) {
      this.portfolio = false;
      return { kind: 'portfolio' };
    }
    return undefined;
  }

  private take(plans: BacklogPlan[], address: (plan: BacklogPlan) => string): string[] {
    for (const plan of plans) this.underWay.add(address(plan));
    return plans.map((p) => p.slug);
  }

  /** A step's output is on disk (or the step failed): whoever waited for one of its addresses may go on. */
  finished(addresses: readonly string[] = [...this.underWay]): void {
    for (const address of addresses) {
      this.underWay.delete(address);
      for (const wake of this.waiting.get(address) ?? []) wake();
      this.waiting.delete(address);
    }
  }

  /** A save wrote this plan's page and PDF itself: neither is built again. */
  drop(slug: string, addresses: readonly string[]): void {
    for (const list of [this.pages, this.pdfs]) {
      const at = list.findIndex((p) => p.slug === slug);
      if (at >= 0) list.splice(at, 1);
    }
    this.finished(addresses);
  }

  /**
   * Someone asked for `address` (a plan's page or PDF) before its turn: it
   * moves to the front. Resolves once it is written; undefined when the
   * backlog holds no such address (it exists already, or never will).
   */
  prioritize(address: string): Promise<void> | undefined {
    const page = this.pages.findIndex((p) => p.url === address);
    const pdf = this.pdfs.findIndex((p) => p.pdfUrl === address);
    if (page < 0 && pdf < 0 && !this.underWay.has(address)) return undefined;
    if (page > 0) this.pages.unshift(...this.pages.splice(page, 1));
    if (pdf > 0) this.pdfs.unshift(...this.pdfs.splice(pdf, 1));
    return new Promise((resolve) => this.waiting.set(address, [...(this.waiting.get(address) ?? []), resolve]));
  }

  /** Stops: nothing more is built, and nobody is left waiting. */
  clear(): void {
    this.history = this.lists = this.portfolio = false;
    this.pages.length = 0;
    this.pdfs.length = 0;
    this.finished([...this.waiting.keys(), ...this.underWay]);
  }
}

/** Plans with their page and PDF addresses, the most recently edited file first: the one being worked on is wanted first. */
export async function orderByRecency(plans: readonly PlanView[]): Promise<BacklogPlan[]> {
  const times = await Promise.all(plans.map((p) => stat(p.absolutePath).then((s) => s.mtimeMs, () => 0)));
  return plans
    .map((plan, i) => ({ plan, time: times[i]! }))
    .sort((a, b) => b.time - a.time)
    .map(({ plan }) => ({ slug: plan.slug, url: plan.url, ...(plan.pdfUrl ? { pdfUrl: plan.pdfUrl } : {}) }));
}
