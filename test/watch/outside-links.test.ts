import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { PlanStore } from '../../src/load/plan-store.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

// Watch mode reads the files a watcher names; a link made after it started
// that leads out of the plans folder is refused there as at the first walk.
const refusal = (file: string, target: string) =>
  `${file}:1:1 is a link to ${target}, outside the plans folder; it was not read (copy the file in instead)`;

describe('links made while dev runs', () => {
  it.each([
    ['a link to a file outside', (dir: string, outside: string) => {
      symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'linked.md'));
      return ['linked.md', path.join(outside, 'secret.md')];
    }],
    ['a link to a file outside, in a folder made after the start', (dir: string, outside: string) => {
      mkdirSync(path.join(dir, 'later'));
      symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'later/secret.md'));
      return ['later/secret.md', path.join(outside, 'secret.md')];
    }],
  ])('%s is refused when saved, and when the folder is walked again', async (_name, link) => {
    const outside = makePortfolio({ 'secret.md': writePlan({ title: 'Salary negotiation notes' }) });
    const dir = makePortfolio({ 'real.md': writePlan() });
    const store = new PlanStore({ plansDir: dir, today: '2026-11-25', cwd: dir, includeDrafts: true });
    await store.reloadAll();
    const [relativePath, target] = link(dir, outside);

    for (const portfolio of [store.update([relativePath!]), await store.reloadAll()]) {
      expect(JSON.stringify(portfolio.plans)).not.toContain('Salary negotiation notes');
      expect(portfolio.plans.map((p) => p.relativePath)).toEqual(['real.md']);
      expect(portfolio.problems.map(formatProblem)).toEqual([refusal(relativePath!, target!)]);
    }
  });

  it('passes over a file below a folder linked from outside, when saved and when walked, as the walk always has', async () => {
    const outside = makePortfolio({ 'secret.md': writePlan({ title: 'Salary negotiation notes' }) });
    const dir = makePortfolio({ 'real.md': writePlan() });
    const store = new PlanStore({ plansDir: dir, today: '2026-11-25', cwd: dir });
    await store.reloadAll();
    symlinkSync(outside, path.join(dir, 'elsewhere'));
    for (const portfolio of [store.update(['elsewhere/secret.md']), await store.reloadAll()]) {
      expect(JSON.stringify(portfolio.plans)).not.toContain('Salary negotiation notes');
      expect([portfolio.plans.map((p) => p.relativePath), portfolio.problems]).toEqual([['real.md'], []]);
    }
  });

  it('reads a link made after the start that stays inside the plans folder', async () => {
    const dir = makePortfolio({ 'real.md': writePlan(), 'drafts/inner.md': writePlan({ title: 'Inner' }) });
    const store = new PlanStore({ plansDir: dir, today: '2026-11-25', cwd: dir });
    await store.reloadAll();
    symlinkSync(path.join(dir, 'drafts/inner.md'), path.join(dir, 'inner-link.md'));
    const portfolio = store.update(['inner-link.md']);
    expect([portfolio.plans.map((p) => p.relativePath), portfolio.problems]).toEqual([['drafts/inner.md', 'inner-link.md', 'real.md'], []]);
  });

  it('drops the refusal when the link is replaced by a file of its own', async () => {
    const outside = makePortfolio({ 'secret.md': writePlan({ title: 'Salary negotiation notes' }) });
    const dir = makePortfolio({ 'real.md': writePlan() });
    const store = new PlanStore({ plansDir: dir, today: '2026-11-25', cwd: dir });
    await store.reloadAll();
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'linked.md'));
    expect(store.update(['linked.md']).problems).toHaveLength(1);
    const { rmSync, writeFileSync } = await import('node:fs');
    rmSync(path.join(dir, 'linked.md'));
    writeFileSync(path.join(dir, 'linked.md'), writePlan({ title: 'Mine' }));
    const portfolio = store.update(['linked.md']);
    expect([portfolio.plans.map((p) => p.plan.title), portfolio.problems]).toEqual([['Mine', 'Grow into a team lead'], []]);
  });
});
