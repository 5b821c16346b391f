// The sample plans in plans/ (Spanish, Greek, Cyrillic, Vietnamese, Korean,
// Japanese names) through the real loader: every PDF holds its owner, every
// goal and every step, and is sound.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { renderPlanPdf, renderPortfolioPdf } from '../../src/pdf/index.js';
import { TODAY } from './fixtures.js';
import { checkStructure, extractText, listFonts, saveTemp, squash } from './poppler.js';

const plansDir = path.resolve(import.meta.dirname, '../../plans');

describe('sample plans', async () => {
  const portfolio = await loadPortfolio({ plansDir, includeDrafts: true, today: TODAY });

  it('loads', () => {
    expect(portfolio.plans.length).toBeGreaterThan(0);
  });

  for (const loaded of portfolio.plans) {
    it(`${loaded.file} gives a PDF with every owner, goal and step`, async () => {
      const file = saveTemp(await renderPlanPdf(loaded), 'sample');
      const text = squash(extractText(file));
      expect(text).toContain(squash(loaded.plan.owner));
      expect(text).toContain(squash(loaded.plan.title));
      for (const goal of loaded.plan.goals) {
        expect(text, goal.title).toContain(squash(goal.title));
        for (const step of goal.steps) expect(text, step.action).toContain(squash(step.action));
      }
      checkStructure(file);
      expect(listFonts(file).filter((f) => !f.embedded)).toEqual([]);
    });
  }

  it('gives a portfolio PDF with every plan', async () => {
    const file = saveTemp(await renderPortfolioPdf(portfolio.plans, { title: 'Career plans' }), 'samples');
    checkStructure(file);
    const text = squash(extractText(file));
    for (const loaded of portfolio.plans) expect(text).toContain(squash(loaded.plan.owner));
  });
});
