// The skills radar in a plan's PDF: drawn above the skills list for three
// skills or more, its spokes labelled with the skills' names, while the list
// under it keeps the numbers as text.
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { extractText, readWordBoxes, run, saveTemp } from './poppler.js';

const SKILLS = [
  { name: 'Stakeholder management', level: 2, target: 4 },
  { name: 'SQL', level: 4, target: 4 },
  { name: 'Coaching', level: 1, target: 3 },
];
const CAPTION = 'Each skill on a spoke from 0 at the centre to 5';

async function renderWithSkills(skills: typeof SKILLS): Promise<string> {
  const plan = makeLoadedPlan(
    {
      title: 'A plan with skills',
      owner: 'Sam Skills',
      created: '2026-01-01',
      vision: { statement: 'Grow.' },
      skills,
      goals: [{ title: 'Lead a project', outcome: 'Delivered', due: '2027-01-31', steps: [{ action: 'Ask for one' }] }],
    },
    'sam/skills.md',
  );
  return saveTemp(await renderPlanPdf(plan), 'radar');
}

/** How often `word` is in `text`. */
const count = (text: string, word: string) => text.split(word).length - 1;

describe('the skills radar in a PDF', () => {
  it('labels each spoke with its skill above the list, which still names each skill with its numbers', async () => {
    const file = await renderWithSkills(SKILLS);
    const text = extractText(file).replace(/\s+/g, ' ');
    const skills = text.slice(text.indexOf('Skills 3 skills'), text.indexOf('Goals'));
    expect(skills).toContain(CAPTION);
    // Once on its spoke, once in the list.
    for (const { name } of SKILLS) expect(count(skills, name), name).toBe(2);
    expect(skills).toMatch(/Stakeholder management .*— 2\/5 4\/5 SQL — 4\/5 4\/5 Coaching — 1\/5 3\/5/);

    // The first spoke points up, the second down to the right, the third down to the left, all above the list.
    const words = readWordBoxes(file);
    const first = (text: string) => words.find((w) => w.text === text)!;
    const [stakeholder, sql, coaching, header] = [first('Stakeholder'), first('SQL'), first('Coaching'), first('SKILL')];
    expect(stakeholder.yMax).toBeLessThan(sql.yMin);
    expect(stakeholder.yMax).toBeLessThan(coaching.yMin);
    expect(sql.xMin).toBeGreaterThan(stakeholder.xMax);
    expect(coaching.xMax).toBeLessThan(stakeholder.xMin);
    expect(Math.max(sql.yMax, coaching.yMax)).toBeLessThan(header.yMin);
  });

  it('fills the level and outlines the target, the level seen through', async () => {
    const file = await renderWithSkills(SKILLS);
    // The level's opacity is an extended graphics state: only the radar sets one.
    const content = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(content).toMatch(/\/ca 0\.55/);
  });

  it('is left out for fewer than three skills, as on the site', async () => {
    const file = await renderWithSkills(SKILLS.slice(0, 2));
    const text = extractText(file).replace(/\s+/g, ' ');
    expect(text).not.toContain(CAPTION);
    expect(count(text, 'Stakeholder management')).toBe(1);
    const content = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(content).not.toMatch(/\/ca /);
  });
});
