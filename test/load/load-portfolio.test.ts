import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio, showPath } from '../../src/load/load-portfolio.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

describe('loadPortfolio', () => {
  it('loads every sample plan in plans/ and leaves the draft out unless asked', async () => {
    const published = await loadPortfolio({ plansDir: 'plans', today: '2026-11-25' });
    const all = await loadPortfolio({ plansDir: 'plans', today: '2026-11-25', includeDrafts: true });
    expect(published.problems).toEqual([]);
    expect(all.plans.length).toBeGreaterThanOrEqual(4);
    expect(all.plans.filter((p) => p.plan.status === 'draft')).toHaveLength(1);
    expect(published.plans).toHaveLength(all.plans.length - 1);
    expect(published.plans.every((p) => p.plan.status !== 'draft')).toBe(true);
  });

  it('makes the slug and URL from the path below the plans folder', async () => {
    const dir = makePortfolio({ 'ana/2026 Lead.md': writePlan(), 'solo.md': writePlan({ title: 'Other' }) });
    const { plans } = await loadPortfolio({ plansDir: dir, today: '2026-11-25' });
    expect(plans.map((p) => [p.relativePath, p.slug, p.url])).toEqual([
      ['ana/2026 Lead.md', 'ana/2026-lead', '/plans/ana/2026-lead/'],
      ['solo.md', 'solo', '/plans/solo/'],
    ]);
  });

  it('derives progress, overdue steps and the next deadline against a pinned today', async () => {
    const dir = makePortfolio({ 'sam.md': writePlan({ extra: 'nextReview: 2026-07-01\n' }) });
    const { plans } = await loadPortfolio({ plansDir: dir, today: '2026-07-15' });
    const facts = plans[0]!.facts;
    expect(facts.today).toBe('2026-07-15');
    expect(facts.progress).toEqual({ done: 1, total: 2, ratio: 0.5 });
    expect(facts.overdue.map((d) => [d.kind, d.title, d.when.days])).toEqual([['step', 'Run two meetings with feedback', -15]]);
    expect(facts.nextDeadline).toMatchObject({ kind: 'goal', when: { date: '2026-09-30', day: '2026-09-30', days: 77, span: { unit: 'month', count: 2 } } });
    expect(facts.review).toMatchObject({ due: true, next: { date: '2026-07-01', days: -14, span: { unit: 'week', count: 2 } } });
    expect(facts.evaluations).toEqual({ yes: 1, partly: 0, no: 0, total: 1 });
    expect(facts.goals[0]).toMatchObject({ id: 'run-the-weekly-planning-meeting', state: 'planned', overdue: false, stepsOverdue: 1 });
    expect(facts.goals[0]!.steps.map((s) => s.state)).toEqual(['done', 'overdue']);
    expect(facts.nextActions.map((a) => a.title)).toEqual(['Run two meetings with feedback']);
    expect(facts.horizon).toMatchObject({ day: '2029-01-12', span: { unit: 'year', count: 2 } });
  });

  it('reads PLANFOLIO_TODAY when no today is given', async () => {
    const dir = makePortfolio({ 'sam.md': writePlan() });
    process.env.PLANFOLIO_TODAY = '2027-01-01';
    try {
      const portfolio = await loadPortfolio({ plansDir: dir });
      expect(portfolio.today).toBe('2027-01-01');
      expect(portfolio.plans[0]!.facts.overdue.map((d) => d.kind)).toEqual(['step', 'goal']);
    } finally {
      delete process.env.PLANFOLIO_TODAY;
    }
  });

  it('reports two files that would give the same page, naming both', async () => {
    const dir = makePortfolio({ 'Ana.md': writePlan(), 'ana.md': writePlan(), 'a-b.md': writePlan(), 'a b.md': writePlan() });
    const { problems } = await loadPortfolio({ plansDir: dir, today: '2026-11-25', cwd: dir });
    expect(problems.map(formatProblem)).toEqual([
      'Ana.md:1:1 gives the same page /plans/ana/ as ana.md; rename one of the two files',
      'a b.md:1:1 gives the same page /plans/a-b/ as a-b.md; rename one of the two files',
      'a-b.md:1:1 gives the same page /plans/a-b/ as a b.md; rename one of the two files',
      'ana.md:1:1 gives the same page /plans/ana/ as Ana.md; rename one of the two files',
    ]);
  });

  it('reports every problem of every file in one run, in file and line order', async () => {
    const dir = makePortfolio({
      'b.md': writePlan({ extra: 'status: actve\n' }),
      'a.md': writePlan({ owner: '', extra: 'stauts: active\n' }),
      'good.md': writePlan(),
    });
    const portfolio = await loadPortfolio({ plansDir: dir, today: '2026-11-25', cwd: dir });
    expect(portfolio.plans.map((p) => p.file)).toEqual(['good.md']);
    expect(portfolio.problems.map(formatProblem)).toEqual([
      'a.md:3:8 owner: has no value; write "owner: <whose plan it is>"',
      'a.md:8:1 stauts: unknown key; did you mean "status"?',
      'b.md:8:9 status: "actve" is not allowed; use one of draft, active, achieved, archived (did you mean "active"?)',
    ]);
  });

  it('refuses links that lead out of the plans folder and notes files that are not plans', async () => {
    const outside = makePortfolio({ 'secret.md': writePlan() });
    const dir = makePortfolio({ 'real.md': writePlan(), 'notes.txt': 'x', 'folder/inner.md': writePlan({ title: 'Inner' }) });
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'linked.md'));
    symlinkSync(path.join(dir, 'folder'), path.join(dir, 'inside-link'));
    const portfolio = await loadPortfolio({ plansDir: dir, today: '2026-11-25', cwd: dir });
    expect(portfolio.problems.map(formatProblem)).toEqual([
      `linked.md:1:1 is a link to ${path.join(outside, 'secret.md')}, outside the plans folder; it was not read (copy the file in instead)`,
    ]);
    expect(portfolio.plans.map((p) => p.relativePath)).toEqual(['folder/inner.md', 'real.md']);
    expect(portfolio.notes).toEqual(['notes.txt: not a .md file, ignored']);
  });

  it('keeps the body and the line it starts on', async () => {
    const dir = makePortfolio({ 'sam.md': writePlan({ body: '# Notes\n\nHello.\n' }).replace(/\n/g, '\r\n') });
    const { plans } = await loadPortfolio({ plansDir: dir, today: '2026-11-25' });
    expect(plans[0]!.body.replace(/\r/g, '')).toBe('# Notes\n\nHello.\n');
    expect(plans[0]!.bodyLine).toBe(20);
  });

  it('says which folder is missing', async () => {
    await expect(loadPortfolio({ plansDir: 'no/such/folder' })).rejects.toThrow(
      'no/such/folder: no such folder; create it or pass --plans with the folder that holds your plans',
    );
  });

  it('shows paths relative to the working folder', () => {
    expect(showPath(path.resolve('plans/a.md'))).toBe('plans/a.md');
  });

  it('reads a file it cannot open as a problem, not a crash', async () => {
    const dir = makePortfolio({ 'locked.md': writePlan() });
    writeFileSync(path.join(dir, 'locked.md'), writePlan(), { mode: 0o000 });
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const portfolio = await loadPortfolio({ plansDir: dir, today: '2026-11-25', cwd: dir });
    // root reads any file; everyone else gets a problem line, never an exception.
    if (process.getuid?.() === 0) expect(portfolio.plans).toHaveLength(1);
    else expect(portfolio.problems.map(formatProblem)).toEqual(['locked.md:1:1 cannot be read (EACCES); check the file\'s permissions']);
  });
});

describe('PlanStore.listChangedSinceRead', () => {
  it('names the files added, saved and removed since the walk, and nothing else', async () => {
    const { PlanStore } = await import('../../src/load/plan-store.js');
    const dir = makePortfolio({ 'ana.md': writePlan(), 'sam.md': writePlan({ owner: 'Sam Lee' }), 'kim.md': writePlan({ owner: 'Kim Park' }) });
    const store = new PlanStore({ plansDir: dir, today: '2026-11-25', cacheDir: false });
    await store.reloadAll();
    expect(store.listChangedSinceRead()).toEqual([]);
    writeFileSync(path.join(dir, 'sam.md'), writePlan({ owner: 'Sam Lee', title: 'Saved meanwhile' }));
    writeFileSync(path.join(dir, 'new.md'), writePlan({ owner: 'New Person' }));
    rmSync(path.join(dir, 'kim.md'));
    expect(store.listChangedSinceRead()!.sort()).toEqual(['kim.md', 'new.md', 'sam.md']);
    rmSync(dir, { recursive: true });
    expect(store.listChangedSinceRead()).toBeUndefined();
  });
});
