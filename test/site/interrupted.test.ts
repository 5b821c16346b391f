import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, recoverInterruptedBuild } from '../../src/site/output-folder.js';
import { makePortfolio } from '../helpers/portfolio.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { hashTree } from '../helpers/tree.js';

const BIN = path.resolve('bin/planfolio.js');

/** Starts a build and kills it outright after `ms`, as a power cut or a cancelled CI job would. */
function killBuildAfter(ms: number, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', ...args], {
      env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25', SOURCE_DATE_EPOCH: '1767225600' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an interrupted build', () => {
  it('leaves either the old or the new complete output, whenever it is killed', async () => {
    // Removed after the test with the plan cache of its plans/ (each run left 3 MB in the temporary folder).
    const root = makePortfolio({});
    const plans = path.join(root, 'plans');
    cpSync('plans', plans, { recursive: true });
    const out = path.join(root, '_site');
    const args = ['--no-pdf', '--plans', plans, '--out', out];
    // The complete builds run in this process (run-here.ts); only the killed ones need a process of their own.
    expect((await runPlanfolioHere(['build', ...args])).code).toBe(0);
    const old = hashTree(out);

    const file = path.join(plans, 'kim-minjun.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: The new title'));
    const reference = path.join(root, 'reference');
    expect((await runPlanfolioHere(['build', '--no-pdf', '--plans', plans, '--out', reference])).code).toBe(0);
    const fresh = hashTree(reference);

    for (const ms of [150, 400, 700, 1000, 1400, 2000]) {
      await killBuildAfter(ms, args);
      // What a host would publish right now, before any later build tidies up:
      const published = existsSync(out) ? hashTree(out) : undefined;
      const parked = readdirSync(root).find((name) => name.startsWith('_site.old-'));
      const complete = published ?? (parked ? hashTree(path.join(root, parked)) : undefined);
      expect([old, fresh], `killed after ${ms} ms`).toContainEqual(complete);
      // The next build puts a parked output back and clears half-written folders.
      await recoverInterruptedBuild(out);
      // A killed build's lock stays until the next build takes it over.
      const left = readdirSync(root).filter((name) => name.startsWith('_site.') && name !== '_site.lock');
      expect(left, `after ${ms} ms`).toEqual([]);
      expect([old, fresh]).toContainEqual(hashTree(out));
    }
  }, 120_000);

  it('puts a parked output back when the swap was cut between its two renames', async () => {
    const root = makePortfolio({});
    const [parked, staging] = [`_site.old-${findFinishedPid()}`, `_site.building-${findFinishedPid()}`];
    makeMarkedFolder(path.join(root, parked), { 'index.html': 'old' });
    makeMarkedFolder(path.join(root, staging), {});
    await recoverInterruptedBuild(path.join(root, '_site'));
    expect(readdirSync(root)).toEqual(['_site']);
    expect(readFileSync(path.join(root, '_site', 'index.html'), 'utf8')).toBe('old');
  });

  it('removes a parked copy when the output is already in place', async () => {
    const root = makePortfolio({});
    mkdirSync(path.join(root, '_site'));
    makeMarkedFolder(path.join(root, `_site.old-${findFinishedPid()}`), {});
    await recoverInterruptedBuild(path.join(root, '_site'));
    expect(readdirSync(root)).toEqual(['_site']);
  });
});

/** A pid no process has any more, as a killed build's. */
function findFinishedPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** A folder as a build leaves it: Planfolio's marker and some files. */
function makeMarkedFolder(dir: string, files: Record<string, string>): void {
  mkdirSync(dir);
  writeFileSync(path.join(dir, OUTPUT_MARKER), '');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}
