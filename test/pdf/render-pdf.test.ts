import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pinPdfDate, renderPlanPdf, renderPortfolioPdf } from '../../src/pdf/index.js';
import { makeEmojiPlan, makeLatinPlan, makeLoadedPlan, makeLongPlan, makeMultilingualPlan, multilingual } from './fixtures.js';
import { checkStructure, extractText, listFonts, readInfo, saveTemp, squash } from './poppler.js';

// The dates of these PDFs are the plans' own unless a test sets SOURCE_DATE_EPOCH.
beforeEach(() => vi.stubEnv('SOURCE_DATE_EPOCH', ''));
afterEach(() => vi.unstubAllEnvs());

describe('renderPlanPdf', () => {
  it('holds the owner, every goal and every step, in every script', async () => {
    const loaded = makeMultilingualPlan();
    const file = saveTemp(await renderPlanPdf(loaded), 'multilingual');
    const text = squash(extractText(file));
    const expected = [multilingual.owner, loaded.plan.title, loaded.plan.mentor!, ...multilingual.goals.flatMap((g) => [g.title, ...g.steps])];
    for (const phrase of expected) expect(text, phrase).toContain(squash(phrase));
    expect(text).toContain(squash('31 Jan 2027'));
  });

  it('passes qpdf --check and embeds every font it uses', async () => {
    const file = saveTemp(await renderPlanPdf(makeMultilingualPlan()));
    expect(checkStructure(file)).toMatch(/No syntax or stream encoding errors/);
    const fonts = listFonts(file);
    expect(fonts.length).toBeGreaterThan(3);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    // Han, kana and Hangul each found a CJK font.
    expect(fonts.some((f) => f.name.includes('NotoSansSC'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSansJP'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSansKR'))).toBe(true);
  });

  it('gives byte-identical PDFs for the same plan', async () => {
    const loaded = makeMultilingualPlan();
    const a = await renderPlanPdf(loaded);
    const b = await renderPlanPdf(structuredClone(loaded));
    expect(a.equals(b)).toBe(true);
  });

  it('sets title, author, subject, keywords and the pinned dates', async () => {
    const info = readInfo(saveTemp(await renderPlanPdf(makeMultilingualPlan())));
    expect(info.Title).toBe('Kế hoạch phát triển nghề nghiệp 2026');
    expect(info.Author).toBe(multilingual.owner);
    expect(info.Subject).toContain(multilingual.owner);
    expect(info.Keywords).toBe('dữ liệu, lãnh đạo');
    expect(info.CreationDate).toMatch(/Jun 30 00:00:00 2026 UTC/);
    expect(info.ModDate).toBe(info.CreationDate);
  });

  it.each([
    ['its lang', { lang: 'vi' }, '', 'vi'],
    ['the language its words are told in: Chinese notes', {}, '两年内成为一家零售企业的数据分析师，用数据帮助团队做出更好的决定。', 'zh'],
    ['the portfolio’s, for an English plan', {}, '', 'en'],
  ])('says what language the document is in: %s', async (_, fields, body, language) => {
    const plan = { title: 'From analyst to lead', owner: 'Ana García', created: '2026-01-12', vision: { statement: 'Lead a team.', horizon: '2030-06' }, goals: [{ title: 'Lead', outcome: 'Promoted', due: '2027-01', steps: [{ action: 'Ask' }] }] };
    const loaded = makeLoadedPlan({ ...plan, ...fields }, 'ana-garcia/2026-lead.md', body);
    const bytes = await renderPlanPdf(loaded);
    expect(/\/Lang \(([^)]*)\)/.exec(bytes.toString('latin1'))?.[1]).toBe(language);
  });

  it('takes its date from SOURCE_DATE_EPOCH, then the last commit day, then the plan', async () => {
    const loaded = makeLatinPlan();
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const fromEpoch = readInfo(saveTemp(await renderPlanPdf(loaded, { date: pinPdfDate([loaded], () => '2020-01-01') })));
    expect(fromEpoch.CreationDate).toMatch(/Nov 14 22:13:20 2023 UTC/);
    expect(readInfo(saveTemp(await renderPlanPdf(loaded))).CreationDate).toMatch(/Nov 14 22:13:20 2023 UTC/);
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    const fromCommit = readInfo(saveTemp(await renderPlanPdf(loaded, { date: pinPdfDate([loaded], () => '2020-02-03') })));
    expect(fromCommit.CreationDate).toMatch(/Feb {1,2}3 00:00:00 2020 UTC/);
  });

  it('paginates a 30-goal plan with "Page N of M" on every page', async () => {
    const loaded = makeLongPlan(30);
    const file = saveTemp(await renderPlanPdf(loaded), 'long');
    const pages = Number(readInfo(file).Pages);
    expect(pages).toBeGreaterThan(8);
    for (let page = 1; page <= pages; page++) {
      const text = extractText(file, page);
      expect(text).toContain(`Page ${page} of ${pages}`);
      expect(text).toContain('A plan with many goals');
    }
    const all = squash(extractText(file));
    for (const goal of loaded.plan.goals) {
      expect(all).toContain(squash(goal.title));
      for (const step of goal.steps) expect(all).toContain(squash(step.action));
    }
    expect(checkStructure(file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('prints Letter pages when asked', async () => {
    const info = readInfo(saveTemp(await renderPlanPdf(makeLatinPlan(), { pageSize: 'LETTER' })));
    expect(info['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('draws emoji with the emoji font, joined sequences as one, and keeps the text around them', async () => {
    const file = saveTemp(await renderPlanPdf(makeEmojiPlan()), 'emoji');
    const text = extractText(file);
    expect(squash(text)).toContain(squash('Launch 🚀 the team 👩‍💻 site'));
    expect(squash(text)).toContain(squash('Write 📝 the launch post'));
    expect(squash(text)).toContain(squash('Sam Emoji 😀'));
    expect(text).not.toContain('\uFFFD');
    expect(readInfo(file).Title).toBe('Launch 🚀 the team 👩‍💻 site');
    expect(listFonts(file).every((f) => f.embedded)).toBe(true);
  });
});

describe('renderPortfolioPdf', () => {
  it('has a cover listing every plan, then every plan, with page numbers over the whole', async () => {
    const plans = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan()];
    const file = saveTemp(await renderPortfolioPdf(plans, { title: 'Career plans' }), 'portfolio');
    expect(checkStructure(file)).toMatch(/No syntax or stream encoding errors/);
    const cover = squash(extractText(file, 1));
    for (const p of plans) expect(cover).toContain(squash(p.plan.title.replace(/[^\p{L}\p{N} ]/gu, '').split(' ')[0]!));
    const pages = Number(readInfo(file).Pages);
    expect(squash(extractText(file, pages))).toContain(squash(`Page ${pages} of ${pages}`));
    const all = squash(extractText(file));
    for (const g of multilingual.goals) expect(all).toContain(squash(g.title));
    expect(readInfo(file).Title).toBe('Career plans');
    const again = await renderPortfolioPdf(plans.map((p) => structuredClone(p)), { title: 'Career plans' });
    expect(again.equals(readFileSync(file))).toBe(true);
  });
});
