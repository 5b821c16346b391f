import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';

// Every legal way of writing YAML must give a valid plan: quoted and
// unquoted dates, flow and block styles, anchors, folded and literal text,
// comments, Windows line endings and a byte order mark.
const dir = 'test/fixtures/good';

describe('good plan files in every legal YAML form', async () => {
  const portfolio = await loadPortfolio({ plansDir: dir, today: '2026-11-25' });
  const byFile = new Map(portfolio.plans.map((p) => [p.relativePath, p.plan]));

  it('all load with no problem', () => {
    expect(portfolio.problems.map(formatProblem)).toEqual([]);
    expect([...byFile.keys()].sort()).toEqual(readdirSync(dir).sort());
  });

  it.each([
    ['quoted-and-unquoted-dates.md', (p: any) => [p.created, p.reviewed, p.nextReview, p.goals[0].start, p.vision.horizon.date], ['2026-01-12', '2026-03-01', '2026-09-30', '2026-02', '2031-06']],
    ['flow-style.md', (p: any) => [p.tags, p.goals[0].steps[0].evaluation.worth], [['a', 'b'], 'yes']],
    ['anchors-and-aliases.md', (p: any) => [p.goals[1].outcome, p.goals[1].due, p.goals[1].steps[0].action], ['Confirmed in writing', '2026-12-31', 'Ask my manager']],
    ['folded-and-literal.md', (p: any) => [p.title, p.vision.statement, p.backupPlan, p.goals[0].steps[0].action], ['A title folded over two lines', 'Line one of the vision.\nLine two of the vision.', 'Folded text that continues.', 'Folded action']],
    ['comments-everywhere.md', (p: any) => [p.title, p.created, p.vision.horizon.text], ['Comments', '2026-01-12', '18 months']],
    ['crlf.md', (p: any) => [p.title, p.owner], ['Windows line endings', 'Crlf Owner']],
    ['bom.md', (p: any) => [p.title], ['Byte order mark']],
    ['crlf-bom-anchors.md', (p: any) => [p.goals[0].steps[1].resources, p.vision.statement, p.goals[0].measure.target], [['Two evenings a week', 'Feedback from Jo'], 'Give talks that people remember and share.', 3]],
    ['unicode-everything.md', (p: any) => [p.owner, p.goals[0].id], ['Nguyễn Thị Hương', 'muc-tieu']],
    ['custom-data.md', (p: any) => [p.custom], [{ cohort: '2026-spring', anything: { nested: [1, 2, { deep: true }] } }]],
  ])('%s reads as written', (file, pick, expected) => {
    expect(pick(byFile.get(file))).toEqual(expected);
  });
});
