// portfolio.pdf of a portfolio larger than FULL_PLANS_UP_TO: the cover, then
// one page per plan that links to the plan's own PDF; at or under it, every
// plan drawn in full as before. A small portfolio and a lowered threshold
// (the fullPlansUpTo option) stand in for thousands of plans.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPlan } from '../../src/load/types.js';
import { writePdfs, type WrittenPdf } from '../../src/pdf/index.js';
import { FULL_PLANS_UP_TO } from '../../src/pdf/pdf-jobs.js';
import { makeEmojiPlan, makeLatinPlan, makeLongPlan, makeMultilingualPlan } from './fixtures.js';
import { checkStructure, extractText, readInfo, readOutline, run, squash } from './poppler.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the plans' PDFs into a fresh folder; the portfolio is the last one written. */
async function write(plans: LoadedPlan[], options: { fullPlansUpTo?: number; siteUrl?: string } = {}): Promise<WrittenPdf[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-summaries-'));
  dirs.push(dir);
  return writePdfs(plans, dir, { title: 'Team plans', progress: 'none', ...options });
}

/** The URI of every link annotation, page by page, by `qpdf --json`. */
function readLinks(file: string): string[][] {
  type Obj = { value: Record<string, unknown> };
  const json = JSON.parse(run('qpdf', ['--json', file])) as { pages: { object: string }[]; qpdf: [unknown, Record<string, Obj>] };
  const objects = json.qpdf[1];
  const get = (ref: unknown) => (typeof ref === 'string' ? objects[`obj:${ref}`]!.value : (ref as Record<string, unknown>));
  return json.pages.map((page) =>
    ((get(page.object)['/Annots'] as unknown[] | undefined) ?? [])
      .map((ref) => get(get(ref)['/A']))
      .filter((action) => '/URI' in action)
      .map((action) => String(action['/URI']).replace(/^u:/, '')),
  );
}

const pagesOf = (file: string) => Number(readInfo(file).Pages);

describe('portfolio.pdf over the threshold', () => {
  let plans: LoadedPlan[];
  let written: WrittenPdf[];
  let portfolio: string;
  let cover: number;

  beforeAll(async () => {
    plans = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan(), makeLongPlan(30)];
    written = await write(plans, { fullPlansUpTo: 3 });
    portfolio = written.at(-1)!.path;
    cover = pagesOf(portfolio) - plans.length;
  });

  it('is the cover, saying what follows, then exactly one page per plan, numbered through', () => {
    checkStructure(portfolio);
    expect(cover).toBe(1);
    expect(extractText(portfolio, 1)).toContain('One page per plan follows, each linking to the plan’s own PDF with every goal and step.');
    const total = pagesOf(portfolio);
    expect(total).toBe(5);
    for (let page = 1; page <= total; page++) expect(extractText(portfolio, page)).toMatch(new RegExp(`Team plans\\s+Page ${page} of ${total}\\s*$`));
  });

  it("gives each plan's page its head, the name of its own PDF and its goals with their state", () => {
    const ana = extractText(portfolio, 2);
    expect(ana).toContain('From analyst to lead');
    expect(ana).toContain('Ana García');
    expect(ana).toMatch(/FULL PLAN\s+ana-garcia-2026-lead\.pdf/);
    expect(ana).toMatch(/GOAL\s+STATUS\s+PROGRESS\s+DUE/);
    expect(squash(ana)).toContain(squash('Earn a promotion'));
    expect(squash(ana)).toContain(squash('31 Jan 2027'));
    const emoji = extractText(portfolio, 4);
    expect(emoji).toContain('sam-emoji-sam-emoji.pdf');
    expect(emoji).toMatch(/Planned\s+0\/1 · 0%\s+31 Dec 2026/);
  });

  it('links each page to its plan’s PDF beside portfolio.pdf, by its file name', () => {
    const links = readLinks(portfolio);
    const names = written.slice(0, plans.length).map((pdf) => encodeURI(path.basename(pdf.path)));
    expect(links.slice(cover).map((uris) => [...new Set(uris)])).toEqual(names.map((name) => [name]));
    expect(names[1]).toBe('nguyen-thi-huong-nguyen-2026.pdf');
  });

  it('keeps a plan of 30 goals to one page, counting the goals left for its own PDF', () => {
    const long = extractText(portfolio, 5);
    const shown = long.match(/Goal number \d+ with/g)!.length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(30);
    expect(long).toContain(`${30 - shown} more goals in the full plan`);
    expect(long).toContain(`Goal number ${shown} with`);
    expect(long).not.toContain(`Goal number ${shown + 1} with`);
  });

  it('bookmarks each plan at its page, with no bookmarks inside it', () => {
    expect(readOutline(portfolio)).toEqual([
      { title: 'Overview of all plans', page: 1, kids: [] },
      ...plans.map((p, i) => ({ title: `${p.plan.owner}: ${p.plan.title}`, page: cover + i + 1, kids: [] })),
    ]);
  });

  it('links the PDFs on the site when its address is configured', async () => {
    const [first] = await write([makeLatinPlan(), makeEmojiPlan()], { fullPlansUpTo: 1, siteUrl: 'https://example.org/career/' }).then((w) => [w.at(-1)!.path]);
    expect(readLinks(first!).slice(1).map((uris) => [...new Set(uris)])).toEqual([
      ['https://example.org/career/pdf/ana-garcia-2026-lead.pdf'],
      ['https://example.org/career/pdf/sam-emoji-sam-emoji.pdf'],
    ]);
  });
});

describe('portfolio.pdf at or under the threshold', () => {
  it(`draws every plan in full, up to ${FULL_PLANS_UP_TO} plans by default`, async () => {
    expect(FULL_PLANS_UP_TO).toBe(50);
    const plans = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan()];
    const written = await write(plans);
    const portfolio = written.at(-1)!.path;
    const own = written.slice(0, plans.length).reduce((sum, pdf) => sum + pagesOf(pdf.path), 0);
    expect(pagesOf(portfolio)).toBe(1 + own);
    const text = extractText(portfolio);
    expect(text).not.toContain('FULL PLAN');
    expect(text).not.toContain('One page per plan follows');
    expect(readLinks(portfolio).flat().filter((uri) => uri.endsWith('.pdf'))).toEqual([]);
  });
});
