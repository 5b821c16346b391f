import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makePdfFileName, renderPlanPdf, renderPortfolioPdf, writePdfs } from '../../src/pdf/index.js';
import { slugify } from '../../src/schema/slugify.js';
import { makeEmojiPlan, makeLatinPlan, makeLoadedPlan, makeManyPlans, makeMultilingualPlan } from './fixtures.js';
import { checkStructure, extractText, readInfo, squash } from './poppler.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder, removed after the tests. */
function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-pdfs-'));
  made.push(dir);
  return dir;
}

describe('makePdfFileName', () => {
  it('names the owner and the plan, without repeating an owner folder', () => {
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia/2026-data-lead.md'))).toBe('ana-garcia-2026-data-lead.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'team/2026.md'))).toBe('ana-garcia-team-2026.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ελένη Παπαδοπούλου' }, 'eleni-papadopoulou.md'))).toBe(`${slugify('Ελένη Παπαδοπούλου')}-eleni-papadopoulou.pdf`);
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia.md'))).toBe('ana-garcia.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ελένη Παπαδοπούλου' }, 'ελενη-παπαδοπουλου/plan-1.md'))).toBe(`${slugify('Ελένη Παπαδοπούλου')}-plan-1.pdf`);
  });
});

function base() {
  return { title: 'T', owner: 'O', created: '2026-01-01', vision: {}, goals: [{ title: 'G', outcome: 'O', due: '2026-12', steps: [{ action: 'S' }] }] };
}

describe('writePdfs', () => {
  beforeEach(() => vi.stubEnv('SOURCE_DATE_EPOCH', ''));
  afterEach(() => vi.unstubAllEnvs());

  it('writes each plan and the portfolio, one after another', async () => {
    const out = makeTempDir();
    const plans = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan()];
    const written = await writePdfs(plans, out, { title: 'Career plans', progress: 'none' });
    expect(written.map((w) => path.relative(out, w.path)).sort()).toEqual(
      ['pdf/ana-garcia-2026-lead.pdf', 'pdf/nguyen-thi-huong-nguyen-2026.pdf', 'pdf/portfolio.pdf', 'pdf/sam-emoji-sam-emoji.pdf'].sort(),
    );
    for (const w of written) {
      expect(statSync(w.path).size).toBe(w.bytes);
      checkStructure(w.path);
    }
  });

  it('writes the same bytes as rendering each PDF alone, dated by each plan and the latest of them', async () => {
    const plans = makeManyPlans(10);
    const out = makeTempDir();
    const commits = new Map(plans.map((p, i) => [p, `2026-0${(i % 9) + 1}-15`]));
    const written = await writePdfs(plans, out, { title: 'Ten plans', progress: 'none', planDate: (p) => commits.get(p) });
    expect(written).toHaveLength(11);
    for (const [i, plan] of plans.entries()) {
      const alone = await renderPlanPdf(plan, { date: new Date(`${commits.get(plan)}T00:00:00Z`) });
      expect(readFileSync(written[i]!.path).equals(alone), plan.file).toBe(true);
    }
    const portfolio = written.at(-1)!;
    expect(readFileSync(portfolio.path).equals(await renderPortfolioPdf(plans, { title: 'Ten plans', date: new Date('2026-09-15T00:00:00Z') }))).toBe(true);
    expect(readInfo(portfolio.path).CreationDate).toMatch(/Sep 15 00:00:00 2026 UTC/);
    const text = squash(extractText(portfolio.path));
    for (const p of plans) expect(text).toContain(squash(p.plan.goals[0]!.steps[0]!.action));
  }, 60_000);

  it("puts the configured title on the portfolio's cover, in every footer and as the document's title", async () => {
    const out = makeTempDir();
    const title = 'Ωmega team: plans for 2027';
    const written = await writePdfs(makeManyPlans(3), out, { title, progress: 'none' });
    const portfolio = written.at(-1)!.path;
    expect(readInfo(portfolio).Title).toBe(title);
    const pages = Number(readInfo(portfolio).Pages);
    expect(extractText(portfolio, 1).split('\n').slice(0, 3).join(' ')).toContain(title);
    for (let page = 1; page <= pages; page++) expect(extractText(portfolio, page)).toMatch(new RegExp(`${title}\\s+Page ${page} of ${pages}\\s*$`));
    expect(extractText(portfolio)).not.toContain('Career plans');
  });

  it('refuses two plans that would share a file name', async () => {
    const out = makeTempDir();
    const one = makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'x.md');
    const two = makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia/x.md');
    await expect(writePdfs([one, two], out, { title: 'Career plans', progress: 'none' })).rejects.toThrow(/both be written as ana-garcia-x.pdf/);
  });
});
