// Text never runs into the footer or off the page, however long a field is.
import { describe, expect, it } from 'vitest';
import { margins } from '../../src/pdf/layout/theme.js';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { checkStructure, extractText, readWordBoxes, saveTemp, squash } from './poppler.js';

const long = (label: string, words: number) =>
  `${label} ${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')} ENDOF${label}`;

describe('page breaks', () => {
  it('flows fields longer than a page without cutting or overlapping anything', async () => {
    const plan = makeLoadedPlan(
      {
        title: 'Very long fields',
        owner: 'Lee Long',
        created: '2026-01-01',
        vision: { statement: long('VISION', 400) },
        skills: [{ name: 'Writing', level: 1, target: 3, note: long('SKILLNOTE', 900) }],
        barriers: [{ barrier: long('BARRIER', 700), mitigation: long('MITIGATION', 700) }],
        backupPlan: long('BACKUP', 500),
        goals: [
          {
            title: 'A goal',
            outcome: long('OUTCOME', 300),
            due: '2027-01',
            steps: [{ action: long('ACTION', 1200), resources: ['Time'] }, { action: 'A short step after it' }],
          },
        ],
        opportunities: [{ title: 'An opening', note: long('OPPORTUNITY', 900), decision: 'considering' }],
      },
      'lee/long.md',
      `# Notes\n\n${long('BODY', 1500)}\n`,
    );
    const file = saveTemp(await renderPlanPdf(plan), 'long-fields');
    checkStructure(file);
    const text = squash(extractText(file));
    for (const label of ['VISION', 'SKILLNOTE', 'BARRIER', 'MITIGATION', 'BACKUP', 'OUTCOME', 'ACTION', 'OPPORTUNITY', 'BODY']) {
      expect(text).toContain(`ENDOF${label}`);
    }
    expect(text).toContain('Ashortstepafterit');
    const boxes = readWordBoxes(file);
    expect(boxes.length).toBeGreaterThan(1000);
    for (const box of boxes) {
      const contentEnd = box.pageHeight - margins.bottom + 1;
      const footerStart = box.pageHeight - margins.bottom + 15;
      // Every word is either in the text column or in the footer line, never between or below.
      const ok = box.yMax <= contentEnd || (box.yMin >= footerStart && box.yMax <= box.pageHeight - 20);
      expect(ok, `"${box.text}" on page ${box.page} at ${box.yMin}-${box.yMax}`).toBe(true);
    }
  });
});
