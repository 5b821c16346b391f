// The portfolio most people have: five plans, one of them in Chinese (so the
// PDFs need a CJK font). Planfolio's full build and `planfolio dev` are timed
// against plain Eleventy building and serving the same files, pair by pair.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findFreePort, timeFirstPage } from './first-page.js';
import { median, repeat } from './measure.js';
import { ELEVENTY_CLI, makePlainEleventyProject, runPlainEleventy } from './plain-eleventy.js';
import { forgetKeptPdfs, ROOT, runBuild, type Context } from './stages.js';
import type { PortfolioRepo } from './portfolio-repo.js';

/** Four of the sample plans and one written in Chinese, kept in bench/small-portfolio/. */
const FILES = [
  path.join(ROOT, 'plans', 'ana-garcia', '2026-data-lead.md'),
  path.join(ROOT, 'plans', 'dmitry-sokolov.md'),
  path.join(ROOT, 'plans', 'eleni-papadopoulou.md'),
  path.join(ROOT, 'plans', 'nguyen-thi-huong.md'),
  path.join(ROOT, 'bench', 'small-portfolio', 'wang-fang.md'),
];

/** What the small-portfolio stage found. */
export interface SmallFigures {
  plans: number;
  buildMs: number;
  eleventyBuildMs: number;
  /** Median of Planfolio/Eleventy build wall times, pair by pair. */
  buildRatio: number;
  /** The same plans built again right after, with the PDFs the first build kept. */
  againMs: number;
  /** Median of again/Eleventy build wall times, pair by pair. */
  againRatio: number;
  devFirstPageMs: number;
  eleventyFirstPageMs: number;
  /** Median of Planfolio/Eleventy first-page times, pair by pair. */
  devRatio: number;
  pairs: number;
}

/** A git repository holding the five plans in one commit, as a person's own repository would. */
function makeSmallRepo(parent: string): PortfolioRepo {
  const dir = mkdtempSync(path.join(parent, 'planfolio-bench-small-'));
  const plansDir = path.join(dir, 'plans');
  mkdirSync(plansDir);
  for (const file of FILES) copyFileSync(file, path.join(plansDir, path.basename(file)));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Bench Mark', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', 'add', '.');
  git('-c', 'user.name=Bench Mark', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Plans');
  return { dir, plansDir, count: FILES.length, commits: 1, files: FILES.map((f) => `plans/${path.basename(f)}`) };
}

export async function stageSmall(ctx: Context, runs = 3): Promise<void> {
  const repo = makeSmallRepo(ctx.tmp);
  const project = makePlainEleventyProject(repo.plansDir, ctx.tmp);
  const bin = path.join(ROOT, 'bin', 'planfolio.js');
  const { results } = await repeat(
    async (run) => {
      // A fresh output folder each time: a full build, and a dev server that has nothing to serve until it has built.
      const out = `_site-${run}`;
      // A first build draws every PDF; the next, of the same plans, copies the PDFs it kept.
      forgetKeptPdfs(repo);
      const own = await runBuild(ctx, repo, out);
      const again = await runBuild(ctx, repo, `${out}-again`);
      const plain = await runPlainEleventy(project, ctx.env);
      rmSync(path.join(project.dir, '_site'), { recursive: true, force: true });
      const devPort = await findFreePort();
      const dev = await timeFirstPage([bin, 'dev', '--plans', 'plans', '--out', `_dev-${run}`, '--port', String(devPort)], { cwd: repo.dir, env: ctx.env, port: devPort });
      const servePort = await findFreePort();
      const serve = await timeFirstPage([ELEVENTY_CLI, '--serve', `--port=${servePort}`, '--input=.', `--output=_serve-${run}`, '--quiet'], {
        cwd: project.dir,
        env: ctx.env,
        port: servePort,
        // Plain Eleventy makes no home page: the first plan's page is its first page.
        path: '/plans/dmitry-sokolov/',
      });
      // Plain Eleventy reads .html files as templates: no earlier output may stay in its input.
      for (const dir of [path.join(project.dir, `_serve-${run}`), ...[out, `${out}-again`, `_dev-${run}`].map((d) => path.join(repo.dir, d))]) rmSync(dir, { recursive: true, force: true });
      return { own: own.wallMs, again: again.wallMs, plain: plain.wallMs, dev, serve };
    },
    { runs, budget: ctx.budget },
  );
  if (results.length === 0) return;
  ctx.results.small = {
    plans: repo.count,
    buildMs: median(results.map((r) => r.own)),
    eleventyBuildMs: median(results.map((r) => r.plain)),
    buildRatio: median(results.map((r) => r.own / r.plain)),
    againMs: median(results.map((r) => r.again)),
    againRatio: median(results.map((r) => r.again / r.plain)),
    devFirstPageMs: median(results.map((r) => r.dev)),
    eleventyFirstPageMs: median(results.map((r) => r.serve)),
    devRatio: median(results.map((r) => r.dev / r.serve)),
    pairs: results.length,
  };
}
