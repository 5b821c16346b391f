// The shaped words kept across builds (src/pdf/layout/shaping-cache.ts). A
// build is a fresh process: here each "build" imports the PDF code afresh
// (vi.resetModules), so its in-memory words are empty and only the cache
// folder carries words from one to the next.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FontKey } from '../../src/pdf/layout/fonts.js';
import type { ShapedWord } from '../../src/pdf/layout/shape-text.js';
import { makeLoadedPlan, makeMultilingualPlan, multilingual } from './fixtures.js';

/** Latin, CJK and the scripts shaped for measuring (Arabic and Hebrew right to left, Thai marks). */
function makeMixedPlan() {
  const plan = makeMultilingualPlan();
  plan.plan.goals[1]!.steps[0]!.action = 'محمد علي: خطوة أولى، שלום עולם، เรียนการวิเคราะห์ข้อมูล';
  return plan;
}

/**
 * Two plans sharing glyphs fontkit makes by shaping (fi, fl, an Arabic mark) in different words:
 * the first warms the cache, the second is a Korean plan in the other
 * scripts of the sample plans (Vietnamese, Greek, Cyrillic, Chinese,
 * Japanese) with Arabic besides.
 */
function makeWarmingPlan() {
  const plan = makeMixedPlan();
  plan.plan.goals[0]!.steps[0]!.action = 'First flow of the office: سَلام';
  return plan;
}
function makeKoreanPlan() {
  const steps = ['김민준 팀장과 첫 회의 잡기', '천천히, 하지만 꾸준히. Fluent profile, finished', ...multilingual.goals.slice(0, 5).map((g) => g.title), 'كَلام عربي'];
  return makeLoadedPlan(
    {
      title: 'First job: a profile in flux',
      owner: '김민준',
      created: '2026-03-02',
      vision: { statement: '모든 사람을 위한 웹 페이지, efficient and fluent.' },
      goals: [{ title: '한국 지사와 협업 프로젝트 시작', outcome: 'Fifteen reviews filed', due: '2026-12', steps: steps.map((action) => ({ action })) }],
    },
    'kim/plan.md',
    '## 메모\n\n천천히, 하지만 꾸준히. Slowly, but steadily: fine-grained flow.\n',
  );
}

/** The PDF code as a fresh build loads it, its cache in `dir`. */
async function startBuild(dir: string) {
  vi.resetModules();
  const cache = await import('../../src/pdf/layout/shaping-cache.js');
  cache.setShapingCacheDir(dir);
  const { renderPlanPdf } = await import('../../src/pdf/index.js');
  const { shapeWords } = await import('../../src/pdf/layout/shape-text.js');
  const { loadFont } = await import('../../src/pdf/layout/fonts.js');
  return { ...cache, renderPlanPdf, shapeWords, loadFont };
}

/** Watches fontkit's layouts from now on: its one font class lays out every font. */
function watchLayout(build: Awaited<ReturnType<typeof startBuild>>) {
  return vi.spyOn(Object.getPrototypeOf(build.loadFont('latin-regular')) as { layout: () => unknown }, 'layout');
}

/** A fresh build in `dir` that shapes one word in Noto Sans and saves it; with the name of the file saved. */
async function saveWord(dir: string, word: string) {
  const build = await startBuild(dir);
  build.shapeWords('latin-regular', word);
  build.saveShapingCache();
  return { build, name: readdirSync(dir)[0]! };
}

/** The font of each cache file in `dir` (named `<font key>-<stamp hash>.json`). */
function listFonts(dir: string): string[] {
  return readdirSync(dir).map((name) => name.replace(/-[0-9a-f]{12}\.json$/, '')).sort();
}

/** The one cache file of a font in `dir`. */
function readCacheFile(dir: string, key: FontKey) {
  const [name, ...more] = readdirSync(dir).filter((n) => n.replace(/-[0-9a-f]{12}\.json$/, '') === key);
  expect(more).toEqual([]);
  return JSON.parse(readFileSync(path.join(dir, name!), 'utf8')) as { stamp: string; ltr: Record<string, number[][]>; rtl: Record<string, number[][]> };
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
    const layout = watchLayout(build);
    cold = await build.renderPlanPdf(makeMixedPlan());
    expect(layout).toHaveBeenCalled();
    build.saveShapingCache();
    layout.mockRestore();
  });

  it('keeps a file per font the PDF used, and none for the others', () => {
    expect(listFonts(dir)).toEqual([
      'arabic-regular',
      'hebrew-regular',
      'jp-bold',
      'jp-regular',
      'kr-bold',
      'kr-regular',
      'latin-italic',
      'latin-regular',
      'latin-semibold',
      'sc-bold',
      'sc-regular',
      'thai-regular',
    ]);
  });

  it('draws the same PDF, byte for byte, from a warm cache, without shaping a word with fontkit', async () => {
    const build = await startBuild(dir);
    const layout = watchLayout(build);
    const warm = await build.renderPlanPdf(makeMixedPlan());
    expect(layout).not.toHaveBeenCalled();
    layout.mockRestore();
    expect(warm.equals(cold)).toBe(true);
  });

  it('holds for every saved word exactly what fontkit shapes afresh', async () => {
    const saved = await startBuild(dir);
    const keys = listFonts(dir) as FontKey[];
    const words = keys.flatMap((key) => {
      const file = readCacheFile(dir, key);
      return (['ltr', 'rtl'] as const).flatMap((way) => Object.keys(file[way]).map((text) => ({ key, text, rtl: way === 'rtl' })));
    });
    expect(words.filter((w) => w.rtl).length).toBeGreaterThan(0);
    const fromCache = words.map((w) => describeWord(saved.findSavedWord(w.key, w.text, w.rtl)));
    const fresh = await startBuild(makeFolder());
    expect(fromCache).toEqual(words.map((w) => describeWord(fresh.shapeWords(w.key, w.text, w.rtl)[0])));
  });

  it('draws a Korean plan the same, byte for byte, from a cold, a partly warm and a warm cache', async () => {
    const cold = await (await startBuild(makeFolder())).renderPlanPdf(makeKoreanPlan());
    // The warming plan's words come from the cache, so its glyphs are first met when its font subsets are written.
    const shared = makeFolder();
    const warming = await startBuild(shared);
    await warming.renderPlanPdf(makeWarmingPlan());
    warming.saveShapingCache();
    const partly = await startBuild(shared);
    await partly.renderPlanPdf(makeWarmingPlan());
    const partlyWarm = await partly.renderPlanPdf(makeKoreanPlan());
    partly.saveShapingCache();
    const warm = await (await startBuild(shared)).renderPlanPdf(makeKoreanPlan());
    expect([partlyWarm.equals(cold), warm.equals(cold)]).toEqual([true, true]);
  });

  it('passes over a damaged file and keeps files of other stamps beside its own until unused for a week', async () => {
    const other = makeFolder();
    const { name: own } = await saveWord(other, 'Done');
    writeFileSync(path.join(other, own), '{"stamp":');
    const foreign = (hash: string) => path.join(other, `latin-regular-${hash}.json`);
    writeFileSync(foreign('aaaaaaaaaaaa'), JSON.stringify({ stamp: 'other code', ltr: { Done: [[1, 2, 3, 4, 5, 71]] }, rtl: {} }));
    writeFileSync(foreign('bbbbbbbbbbbb'), '{}');
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(foreign('bbbbbbbbbbbb'), weekAgo, weekAgo);

    const again = await startBuild(other);
    const plan = makeLoadedPlan({ title: 'Plan', owner: 'Ana', created: '2026-01-01', vision: {}, goals: [{ title: 'Goal', outcome: 'Done', due: '2026-12', steps: [{ action: 'Start' }] }] }, 'ana/plan.md');
    expect((await again.renderPlanPdf(plan)).length).toBeGreaterThan(0);
    again.saveShapingCache();
    expect(readdirSync(other).filter((n) => n.startsWith('latin-regular-')).sort()).toEqual([own, 'latin-regular-aaaaaaaaaaaa.json'].sort());
    const saved = JSON.parse(readFileSync(path.join(other, own!), 'utf8')) as { stamp: string; ltr: Record<string, number[][]> };
    expect(saved.stamp).toMatch(/^@expo-google-fonts\/noto-sans@\S+ NotoSans_400Regular\.ttf \d+ fontkit@\S+ [0-9a-f]{16}$/);
    expect(saved.ltr.Done?.[0]?.[0]).toBeGreaterThan(1);
  });

  it('merges what another thread saved in the meantime instead of overwriting it', async () => {
    const shared = makeFolder();
    const first = await startBuild(shared);
    first.shapeWords('latin-regular', 'alpha');
    const second = await startBuild(shared);
    second.shapeWords('latin-regular', 'beta');
    first.saveShapingCache();
    second.saveShapingCache();
    expect(Object.keys(readCacheFile(shared, 'latin-regular').ltr).sort()).toEqual(['alpha', 'beta']);
    expect(listFonts(shared)).toEqual(['latin-regular']);
  });

  it('saves under a lock: waits while another save holds it, and takes over one left by a saver that died', async () => {
    const shared = makeFolder();
    const { build, name } = await saveWord(shared, 'one');
    const lock = path.join(shared, `${name}.lock`);

    writeFileSync(lock, '');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    build.shapeWords('latin-regular', 'two');
    build.saveShapingCache();
    expect(Object.keys(readCacheFile(shared, 'latin-regular').ltr).sort()).toEqual(['one', 'two']);
    expect(readdirSync(shared)).toEqual([name]);

    writeFileSync(lock, '');
    // Another saver lets go of the lock 0.3 s from now (saving blocks this thread, so it is another process).
    const other = spawn('sh', ['-c', `sleep 0.3 && rm "${lock}"`]);
    const started = Date.now();
    build.shapeWords('latin-regular', 'three');
    build.saveShapingCache();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Object.keys(readCacheFile(shared, 'latin-regular').ltr).sort()).toEqual(['one', 'three', 'two']);
    await new Promise((done) => other.on('exit', done));
    expect(readdirSync(shared)).toEqual([name]);
  });
});
