// The shaped words kept across builds (src/pdf/layout/shaping-cache.ts). A
// build is a fresh process: here each "build" imports the PDF code afresh
// (vi.resetModules), so its in-memory words are empty and only the cache
// folder carries words from one to the next.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FontKey } from '../../src/pdf/layout/fonts.js';
import type { ShapedWord } from '../../src/pdf/layout/shape-text.js';
import { makeLoadedPlan, makeMultilingualPlan } from './fixtures.js';

/** Latin, CJK and the scripts shaped for measuring (Arabic and Hebrew right to left, Thai marks). */
function makeMixedPlan() {
  const plan = makeMultilingualPlan();
  plan.plan.goals[1]!.steps[0]!.action = 'محمد علي: خطوة أولى، שלום עולם، เรียนการวิเคราะห์ข้อมูล';
  return plan;
}

/** The PDF code as a fresh build loads it, its cache in `dir`. */
async function startBuild(dir: string) {
  vi.resetModules();
  const cache = await import('../../src/pdf/layout/shaping-cache.js');
  cache.setShapingCacheDir(dir);
  const { renderPlanPdf } = await import('../../src/pdf/index.js');
  const { shapeWords } = await import('../../src/pdf/layout/shape-text.js');
  const { loadFont } = await import('../../src/pdf/layout/fonts.js');
  // fontkit's one font class: every layout of every font goes through its prototype.
  const layout = vi.spyOn(Object.getPrototypeOf(loadFont('latin-regular')) as { layout: () => unknown }, 'layout');
  return { ...cache, renderPlanPdf, shapeWords, layout };
}

/** A word as plain data, its actual text included. */
function describeWord(word: ShapedWord | undefined) {
  return word && { glyphs: [...word], actualText: word.actualText };
}

const folders: string[] = [];
function makeFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-shaping-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  vi.restoreAllMocks();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('shaping cache', () => {
  let dir: string;
  let cold: Buffer;

  beforeAll(async () => {
    dir = makeFolder();
    const build = await startBuild(dir);
    cold = await build.renderPlanPdf(makeMixedPlan());
    expect(build.layout).toHaveBeenCalled();
    build.saveShapingCache();
    build.layout.mockRestore();
  });

  it('keeps a file per font the PDF used, and none for the others', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'arabic-regular.json',
      'hebrew-regular.json',
      'jp-bold.json',
      'jp-regular.json',
      'kr-bold.json',
      'kr-regular.json',
      'latin-italic.json',
      'latin-regular.json',
      'latin-semibold.json',
      'sc-bold.json',
      'sc-regular.json',
      'thai-regular.json',
    ]);
  });

  it('draws the same PDF, byte for byte, from a warm cache, without shaping a word with fontkit', async () => {
    const build = await startBuild(dir);
    const warm = await build.renderPlanPdf(makeMixedPlan());
    expect(build.layout).not.toHaveBeenCalled();
    build.layout.mockRestore();
    expect(warm.equals(cold)).toBe(true);
  });

  it('holds for every saved word exactly what fontkit shapes afresh', async () => {
    const saved = await startBuild(dir);
    saved.layout.mockRestore();
    const keys = readdirSync(dir).map((name) => name.replace(/\.json$/, '') as FontKey);
    const words = keys.flatMap((key) => {
      const file = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as Record<'ltr' | 'rtl', object>;
      return (['ltr', 'rtl'] as const).flatMap((way) => Object.keys(file[way]).map((text) => ({ key, text, rtl: way === 'rtl' })));
    });
    expect(words.filter((w) => w.rtl).length).toBeGreaterThan(0);
    const fromCache = words.map((w) => describeWord(saved.findSavedWord(w.key, w.text, w.rtl)));
    const fresh = await startBuild(makeFolder());
    fresh.layout.mockRestore();
    expect(fromCache).toEqual(words.map((w) => describeWord(fresh.shapeWords(w.key, w.text, w.rtl)[0])));
  });

  it('passes over a damaged file or one made for another font version, and replaces it when saving', async () => {
    const other = makeFolder();
    writeFileSync(path.join(other, 'latin-semibold.json'), '{"stamp":');
    writeFileSync(path.join(other, 'latin-regular.json'), JSON.stringify({ stamp: 'another font', ltr: { Done: [[1, 2, 3, 4, 5, 71]] }, rtl: {} }));
    const build = await startBuild(other);
    build.layout.mockRestore();
    const plan = makeLoadedPlan({ title: 'Plan', owner: 'Ana', created: '2026-01-01', vision: {}, goals: [{ title: 'Goal', outcome: 'Done', due: '2026-12', steps: [{ action: 'Start' }] }] }, 'ana/plan.md');
    expect((await build.renderPlanPdf(plan)).length).toBeGreaterThan(0);
    build.saveShapingCache();
    const regular = JSON.parse(readFileSync(path.join(other, 'latin-regular.json'), 'utf8')) as { stamp: string; ltr: Record<string, number[][]> };
    expect(regular.stamp).toMatch(/^@expo-google-fonts\/noto-sans@\S+ NotoSans_400Regular\.ttf \d+ fontkit@\S+ [0-9a-f]{16}$/);
    expect(regular.ltr.Done?.[0]?.[0]).toBeGreaterThan(1);
    expect(Object.keys(JSON.parse(readFileSync(path.join(other, 'latin-semibold.json'), 'utf8')) as object)).toEqual(['stamp', 'ltr', 'rtl']);
  });

  it('merges what another thread saved in the meantime instead of overwriting it', async () => {
    const shared = makeFolder();
    const first = await startBuild(shared);
    first.shapeWords('latin-regular', 'alpha');
    const second = await startBuild(shared);
    second.shapeWords('latin-regular', 'beta');
    first.saveShapingCache();
    second.saveShapingCache();
    const file = JSON.parse(readFileSync(path.join(shared, 'latin-regular.json'), 'utf8')) as { ltr: object };
    expect(Object.keys(file.ltr).sort()).toEqual(['alpha', 'beta']);
    expect(readdirSync(shared)).toEqual(['latin-regular.json']);
  });
});
