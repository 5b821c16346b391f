import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { makePortfolio } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

/**
 * Runs `planfolio new` in a fresh project folder (today pinned to 2026-11-25),
 * in this process: the first test and the missing owner run it as a command,
 * for what the command prints and its exit codes.
 */
async function runNew(args: string[], cwd = makePortfolio({ 'plans/.keep': '' })) {
  const result = await runPlanfolioHere(['new', ...args], {}, cwd);
  return { ...result, cwd };
}

describe('planfolio new', () => {
  it('writes a valid draft plan for the owner, dated today, and says where it went', async () => {
    const cwd = makePortfolio({ 'plans/.keep': '' });
    const { code, stdout, stderr } = runPlanfolio(['new', 'Ana García', '--title', 'Lead the data team'], {}, cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Wrote plans/ana-garcia/2026-lead-the-data-team.md: a draft plan for Ana García. Fill it in, then set "status: active" to publish it.\n');

    const portfolio = await loadPortfolio({ plansDir: path.join(cwd, 'plans'), includeDrafts: true, today: '2026-11-25', cwd });
    expect(portfolio.problems).toEqual([]);
    const [plan] = portfolio.plans;
    expect(plan!.plan).toMatchObject({ title: 'Lead the data team', owner: 'Ana García', status: 'draft', created: '2026-11-25', nextReview: '2027-02-25' });
    expect(plan!.plan.goals[0]!.due).toBe('2027-11');
  });

  it('points editors at plan.schema.json from the plan\'s own folder', async () => {
    const { cwd } = await runNew(['Sam Lee']);
    const text = readFileSync(path.join(cwd, 'plans/sam-lee/2026-career-plan.md'), 'utf8');
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../../plan.schema.json');
  });

  it('never overwrites a plan: a taken name gets the next free number', async () => {
    const cwd = makePortfolio({ 'plans/sam-lee/2026-career-plan.md': 'my own words\n' });
    expect((await runNew(['Sam Lee'], cwd)).stdout).toContain('Wrote plans/sam-lee/2026-career-plan-2.md');
    expect((await runNew(['Sam Lee'], cwd)).stdout).toContain('Wrote plans/sam-lee/2026-career-plan-3.md');
    expect(readFileSync(path.join(cwd, 'plans/sam-lee/2026-career-plan.md'), 'utf8')).toBe('my own words\n');
  });

  it('keeps Unicode names whole in the plan and readable in the path', async () => {
    const cwd = makePortfolio({ 'plans/.keep': '' });
    for (const owner of ['Дмитрий Соколов', '佐藤 花子', 'Nguyễn Thị Hương', "Seán O'Brien: \"Jr\""]) {
      expect((await runNew([owner, '--title', 'Próximo paso'], cwd)).code, owner).toBe(0);
    }
    expect(readdirSync(path.join(cwd, 'plans')).sort()).toEqual(['.keep', 'nguyen-thi-huong', 'sean-o-brien-jr', 'дмитрий-соколов', '佐藤-花子']);
    const portfolio = await loadPortfolio({ plansDir: path.join(cwd, 'plans'), includeDrafts: true, today: '2026-11-25', cwd });
    expect(portfolio.problems).toEqual([]);
    expect(portfolio.plans.map((p) => p.plan.owner).sort()).toEqual(['Nguyễn Thị Hương', "Seán O'Brien: \"Jr\"", 'Дмитрий Соколов', '佐藤 花子']);
    expect(portfolio.plans.every((p) => p.plan.title === 'Próximo paso' && p.relativePath.endsWith('/2026-proximo-paso.md'))).toBe(true);
  });

  it('writes into another plans folder with --plans, and respects PLANFOLIO_TODAY', async () => {
    const cwd = makePortfolio({ 'team/.keep': '' });
    const result = await runPlanfolioHere(['new', 'Kim Minjun', '--plans', 'team'], { PLANFOLIO_TODAY: '2030-01-31' }, cwd);
    expect(result.stdout).toContain('Wrote team/kim-minjun/2030-career-plan.md');
    const text = readFileSync(path.join(cwd, 'team/kim-minjun/2030-career-plan.md'), 'utf8');
    expect(text).toContain('created: 2030-01-31\nnextReview: 2030-04-30\n');
  });

  it('asks for the owner when none is given', () => {
    const { code, stderr } = runPlanfolio(['new'], {}, makePortfolio({ 'plans/.keep': '' }));
    expect(code).toBe(2);
    expect(stderr).toContain('name whose plan it is, in quotes: planfolio new "Ana García"');
  });

  it('gives a plan that planfolio check passes', async () => {
    const cwd = makePortfolio({});
    mkdirSync(path.join(cwd, 'plans'));
    writeFileSync(path.join(cwd, 'plans/.keep'), '');
    await runNew(['Ana García'], cwd);
    expect((await runPlanfolioHere(['check'], {}, cwd)).stdout).toMatch(/^1 plan valid in plans \(1 draft, left out of published builds\)/);
  });
});

describe('the placeholders of a new plan', () => {
  it('are written as "- item" lists, so a comma in a placeholder never splits it', async () => {
    const { cwd } = await runNew(['Sam Lee']);
    const text = readFileSync(path.join(cwd, 'plans/sam-lee/2026-career-plan.md'), 'utf8');
    // An empty review log ("reviews: []") has no items to split.
    expect(text.split('\n').filter((line) => /:\s*\[(?!\])/.test(line))).toEqual([]);
    const portfolio = await loadPortfolio({ plansDir: path.join(cwd, 'plans'), includeDrafts: true, today: '2026-11-25', cwd });
    const plan = portfolio.plans[0]!.plan;
    expect([plan.strengths, plan.weaknesses, plan.goals[0]!.skills, plan.goals[0]!.steps[0]!.resources]).toEqual([
      ['A strength to build on'],
      ['Something to work on'],
      ['A skill to grow'],
      ['What it needs, such as time, money or a mentor'],
    ]);
    expect(plan.reviews).toEqual([]);
    expect(text).toContain('# The review log: add one entry each time you review the plan');
  });
});
