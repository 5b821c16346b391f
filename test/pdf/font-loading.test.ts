// Its own file: vitest gives each file fresh modules, so no other test's CJK
// text has loaded a CJK font before these run.
import { describe, expect, it } from 'vitest';
import { listLoadedFonts, loadFont } from '../../src/pdf/layout/fonts.js';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLatinPlan, makeLoadedPlan } from './fixtures.js';
import { listFonts, saveTemp } from './poppler.js';

describe('font loading', () => {
  it('parses no CJK or other script font for a plan without their text (the emoji font only for emoji)', async () => {
    const plan = makeLoadedPlan(
      {
        title: 'Ελένη and Дмитрий 😀 plan',
        owner: 'Nguyễn Thị Hương',
        created: '2026-01-01',
        vision: {},
        goals: [{ title: 'Goal', outcome: 'Done', due: '2026-12', steps: [{ action: 'Step 🚀' }] }],
      },
      'x/y.md',
    );
    await renderPlanPdf(makeLatinPlan());
    expect(listLoadedFonts().filter((key) => !key.startsWith('latin-'))).toEqual([]);
    await renderPlanPdf(plan);
    expect(listLoadedFonts().filter((key) => !key.startsWith('latin-') && !key.startsWith('emoji-'))).toEqual([]);
  });

  it('parses a CJK font once, when text first needs it, and reuses it', async () => {
    const plan = makeLoadedPlan(
      { title: '数据工程', owner: '王小明', created: '2026-01-01', vision: {}, goals: [{ title: '目标', outcome: '完成', due: '2026-12', steps: [{ action: '学习' }] }] },
      'wang/plan.md',
    );
    const first = await renderPlanPdf(plan);
    expect(listLoadedFonts()).toContain('sc-regular');
    expect(listLoadedFonts()).not.toContain('jp-regular');
    const font = loadFont('sc-regular');
    await renderPlanPdf(plan);
    expect(loadFont('sc-regular')).toBe(font);
    expect(listFonts(saveTemp(first)).some((f) => f.name.endsWith('+NotoSansSC-Regular') && f.embedded)).toBe(true);
  });
});
