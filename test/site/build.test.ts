import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINNED_ENV, runPlanfolio } from '../helpers/run-cli.js';
import { useSharedBuild } from '../helpers/shared-builds.js';
import { hashTree } from '../helpers/tree.js';
import { removeWithCaches, writePlan } from '../helpers/portfolio.js';

/** The folders this file made, some in beforeAll, removed in afterAll with the caches of their plans. */
const made: string[] = [];
const fresh = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `planfolio-${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => made.splice(0).forEach((dir) => removeWithCaches(dir)));

/** A copy of the sample plans to build from, so tests can break one. */
function copySamples(): string {
  const dir = path.join(fresh('plans'), 'plans');
  cpSync('plans', dir, { recursive: true });
  return dir;
}

/**
 * A copy of the sample plans, built with their drafts through `npm run build --`, as a plans repository
 * runs it: the npm test reads it, the drafts test too, and the broken-plan test breaks it.
 */
let kept: { plans: string; out: string; code: number | null };

beforeAll(() => {
  const plans = copySamples();
  const out = path.join(fresh('keep'), '_site');
  const npm = spawnSync('npm', ['run', '--silent', 'build', '--', '--no-pdf', '--drafts', '--plans', plans, '--out', out], { encoding: 'utf8', env: { ...process.env, ...PINNED_ENV } });
  kept = { plans, out, code: npm.status };
});

describe('planfolio build', () => {
  it('builds a page per published plan, leaves drafts out, and writes nothing into plans/ or templates/', async () => {
    // The run's shared build of the sample plans (planfolio build --timings).
    const { out, stdout, stderr, sources } = await useSharedBuild('samples');
    expect(stderr.replace(/^(\[11ty\]|PDF \d+\/\d+).*\n?/gm, '')).toBe('');
    expect(stdout).toMatch(/^Built 6 plans into .*_site\/ \(\d+ pages, 7 PDFs\) in \d+\.\d s\.\nTimings:\n/);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    for (const slug of ['ana-garcia/2024-analyst', 'ana-garcia/2026-data-lead', 'dmitry-sokolov', 'eleni-papadopoulou', 'kim-minjun', 'nguyen-thi-huong']) {
      expect(existsSync(path.join(out, 'plans', slug, 'index.html')), slug).toBe(true);
    }
    expect(existsSync(path.join(out, 'plans', 'sato-hanako'))).toBe(false);

    // Reviews: the portfolio's "reviews due" leads to them, most overdue first; the deadlines page lists them too.
    const titles = (html: string, section: string) =>
      [...new RegExp(`<section id="${section}"[\\s\\S]*?</section>`).exec(html)![0].matchAll(/deadline__title"(?: dir="auto")?>\s*(?:<span[^>]*>[^<]*<\/span>\s*)?<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1]!.replace(/<\/?bdi>/g, ''));
    const reviews = readFileSync(path.join(out, 'reviews', 'index.html'), 'utf8');
    expect(titles(reviews, 'due')).toEqual(['From physics teacher to UX researcher', 'Handing over the cardiology ward and teaching the next nurses']);
    expect(titles(reviews, 'upcoming')).toHaveLength(3);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/<a href="\/reviews\/">reviews due<\/a>/);
    const deadlines = readFileSync(path.join(out, 'deadlines', 'index.html'), 'utf8');
    expect(titles(deadlines, 'overdue')).toContain('Review “From physics teacher to UX researcher”');
    expect(sources.after).toEqual(sources.before);
    expect(readdirSync(path.dirname(out))).toEqual(['_site']);
  });

  it('includes drafts when asked', () => {
    expect(kept.code).toBe(0);
    expect(existsSync(path.join(kept.out, 'plans', 'sato-hanako', 'index.html'))).toBe(true);
  });

  it('fails on a broken plan with the same lines as check, and leaves the earlier output byte for byte', () => {
    const { plans, out } = kept;
    expect(kept.code).toBe(0);
    const before = hashTree(out);

    writeFileSync(path.join(plans, 'broken.md'), writePlan({ extra: 'status: actve\nstrenghts: [Calm]\n' }));
    const build = runPlanfolio(['build', '--no-pdf', '--plans', plans, '--out', out]);
    const check = runPlanfolio(['check', '--plans', plans]);
    expect(build.code).toBe(1);
    const problemLines = (text: string) => text.split('\n').filter((line) => /broken\.md:\d+:\d+ /.test(line)).map((l) => l.replace(/^planfolio \w+: /, ''));
    expect(problemLines(build.stderr)).toHaveLength(2);
    expect(problemLines(build.stderr)).toEqual(problemLines(check.stderr));
    expect(build.stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(path.dirname(out))).toEqual(['_site']);
  });

  it('writes nothing outside the output folder, whatever paths a plan names', async () => {
    // The run's shared build of test/fixtures/injection (planfolio build --no-pdf), which test/browser/site.test.ts opens.
    const { out } = await useSharedBuild('injection');
    expect(readdirSync(path.dirname(out))).toEqual(['_site']);
    for (const file of Object.keys(hashTree(out))) expect(file.startsWith('..'), file).toBe(false);
    expect(Object.keys(hashTree(out)).filter((f) => f.includes('etc'))).toEqual(['tags/etc/index.html']);
  });

  it('refuses an output folder inside the plans folder', () => {
    const plans = copySamples();
    const { code, stderr } = runPlanfolio(['build', '--no-pdf', '--plans', plans, '--out', path.join(plans, 'site')]);
    expect(code).toBe(1);
    expect(stderr).toContain('overlaps the plans folder');
    expect(existsSync(path.join(plans, 'site'))).toBe(false);
  });

  it('tells how long each stage took, with the CPU per PDF, when asked, and names the final PDF paths', async () => {
    // The run's shared build of the sample plans is the one timed (planfolio build --timings).
    const { out, stdout, stderr } = await useSharedBuild('samples');
    // Progress names where the PDFs end up, not the staging folder they are written in.
    // The portfolio comes last: it draws every plan again, after their own PDFs.
    expect(stderr).toContain(`PDF 7/7: ${path.relative(process.cwd(), out)}/pdf/portfolio.pdf (`);
    expect(stderr).not.toContain('.building-');
    const lines = stdout.slice(stdout.indexOf('Timings:\n') + 'Timings:\n'.length).trimEnd().split('\n');
    const stages = lines.filter((line) => !line.startsWith('    '));
    const names = stages.map((line) => line.trim().split(/ {2,}/)[0]);
    // The search index is made by Pagefind's processes while the PDFs are drawn, so it is listed before or after them.
    expect(names.filter((name) => name !== 'search index')).toEqual(['load and validate', 'history', 'pages', 'exports', 'PDFs', 'swap into place']);
    expect(names).toContain('search index');
    for (const line of stages) expect(line).toMatch(/ \d+\.\d\d s wall, +\d+\.\d\d s CPU/);
    // Six published plans and the portfolio.
    expect(stages[names.indexOf('PDFs')]).toMatch(/, \d+\.\d ms CPU each of 7$/);
  });

  it('passes options through npm run build --', () => {
    expect(kept.code).toBe(0);
    expect(existsSync(path.join(kept.out, 'plans', 'kim-minjun', 'index.html'))).toBe(true);
  });
});
