// A word longer than any column (a pasted URL, a tag, a name without spaces)
// wraps inside the page wherever it stands, in any script.
import { describe, expect, it } from 'vitest';
import { margins } from '../../src/pdf/layout/theme.js';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { extractText, readWordBoxes, saveTemp, squash } from './poppler.js';

const word = (seed: string) => `${seed}${'x'.repeat(200 - seed.length - 3)}END`;

const places = [
  { place: 'title', input: { title: word('title') } },
  { place: 'owner', input: { owner: word('owner') } },
  { place: 'role', input: { role: word('role') } },
  { place: 'tag', input: { tags: [word('tag')] } },
  { place: 'mentor', input: { mentor: word('mentor') } },
  { place: 'vision', input: { vision: { statement: word('vision') } } },
  { place: 'goal title', input: { goals: [{ title: word('goal'), outcome: 'Done', due: '2026-12', steps: [{ action: 'Step' }] }] } },
  { place: 'step', input: { goals: [{ title: 'Goal', outcome: 'Done', due: '2026-12', steps: [{ action: word('step'), resources: [word('resource')] }] }] } },
  { place: 'strength', input: { strengths: [word('strength')] } },
  { place: 'notes', body: `${word('notes')}\n\n| A | B |\n| - | - |\n| ${word('cell')} | short |\n` },
  { place: 'Arabic word', input: { owner: 'ب'.repeat(200) } },
];

describe('a 200-character unbroken word', () => {
  it.each(places)('in the $place wraps inside the page', async ({ input, body }) => {
    const plan = makeLoadedPlan(
      { title: 'Long words', owner: 'Lee', created: '2026-01-01', vision: {}, goals: [{ title: 'G', outcome: 'O', due: '2026-12', steps: [{ action: 'S' }] }], ...input },
      'lee/long.md',
      body ?? '',
    );
    const file = saveTemp(await renderPlanPdf(plan), 'long-word');
    const boxes = readWordBoxes(file);
    for (const box of boxes) {
      expect(box.xMin, `"${box.text.slice(0, 20)}…" on page ${box.page}`).toBeGreaterThanOrEqual(margins.left - 1);
      expect(box.xMax, `"${box.text.slice(0, 20)}…" on page ${box.page}`).toBeLessThanOrEqual(box.pageWidth - margins.right + 1);
    }
    const text = squash(extractText(file));
    for (const value of Object.values({ ...input, body }).flatMap((v) => JSON.stringify(v ?? '').match(/\w+x{20,}END/g) ?? [])) expect(text).toContain(value);
  });
});
