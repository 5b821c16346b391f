// A build or dev session replaces its output folder whole, so it must only
// ever take a folder Planfolio made (or an empty one), compare real paths,
// and never let two builds write one folder. Every case runs against real
// folders in a scratch repository: a `.git`, a linked plans folder, an
// unrelated `docs/`, a file.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, refuseUnsafeOutput } from '../../src/site/output-folder.js';
import { makeTempDir, removeWithCaches } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { hashTree } from '../helpers/tree.js';

const QUICK = ['--no-pdf', '--no-search', '--no-history'];
const TEMPLATES = path.resolve('templates');
let repo: string;

/** A scratch repository: plans/, a link to it, docs/ and a file of the user's, and a .git. */
function makeRepository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'planfolio-out-'));
  spawnSync('git', ['init', '-q'], { cwd: root });
  mkdirSync(path.join(root, 'plans'));
  cpSync('plans/kim-minjun.md', path.join(root, 'plans/kim-minjun.md'));
  symlinkSync('plans', path.join(root, 'plans-link'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs/guide.md'), '# Our guide\n');
  writeFileSync(path.join(root, 'notes.txt'), 'mine\n');
  return root;
}

/** A pid no process has any more. */
function findFinishedPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

beforeAll(() => {
  repo = makeRepository();
});

// With the caches of its plans folder, which the builds below keep (no later run reads them).
afterAll(() => removeWithCaches(repo));

// The builds that only test which folders are taken and kept run in this process (runPlanfolioHere);
// refusals a user reads, and builds that race or hold locks as processes, run as commands.

const refusals: { case: string; args: string[]; why: string | (() => string) }[] = [
  { case: 'an unrelated docs/ folder', args: ['--out', 'docs'], why: `it holds files Planfolio did not make (no ${OUTPUT_MARKER} file in it)` },
  { case: 'a file', args: ['--out', 'notes.txt'], why: 'it is a file, not a folder' },
  { case: 'the .git folder', args: ['--out', '.git'], why: "it is inside the repository's .git folder" },
  { case: 'a folder inside .git', args: ['--out', '.git/site'], why: "it is inside the repository's .git folder" },
  { case: 'the plans themselves', args: ['--out', 'plans'], why: 'it overlaps the plans folder plans' },
  { case: 'the plans through a link to them', args: ['--plans', 'plans-link', '--out', 'plans'], why: 'it overlaps the plans folder plans' },
  { case: 'a link to the plans', args: ['--out', 'plans-link'], why: 'it overlaps the plans folder plans' },
  { case: 'a folder above the plans', args: ['--out', '..'], why: 'it overlaps the plans folder plans' },
  { case: 'the templates', args: ['--out', TEMPLATES], why: () => `it overlaps the templates folder ${path.relative(repo, TEMPLATES)}` },
  { case: 'the file system root', args: ['--out', '/'], why: 'it is the root of the file system' },
];

describe('an output folder Planfolio did not make', () => {
  it.each(refusals)('is refused and left as it was: $case', ({ args, why }) => {
    const before = hashTree(repo);
    const out = args[args.indexOf('--out') + 1]!;
    const plans = args.includes('--plans') ? args[args.indexOf('--plans') + 1]! : 'plans';
    const reason = typeof why === 'string' ? why : why();
    // The check itself, as build and dev call it, from inside the repository.
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      expect(() => refuseUnsafeOutput(out, plans)).toThrow(`--out ${out}: not used, because ${reason}; build into a folder of its own, such as _site`);
    } finally {
      process.chdir(cwd);
    }
    expect(hashTree(repo)).toEqual(before);
  });

  it.each(['build', 'dev'])('is refused by %s with one line and exit code 1, before anything is written', (command) => {
    const before = hashTree(repo);
    const result = runPlanfolio([command, ...(command === 'build' ? QUICK : ['--no-pdf', '--port', '0']), '--out', 'docs'], {}, repo);
    expect(result.stderr).toBe(
      `planfolio ${command}: --out docs: not used, because it holds files Planfolio did not make (no ${OUTPUT_MARKER} file in it); build into a folder of its own, such as _site\n`,
    );
    expect(result.code).toBe(1);
    expect(hashTree(repo)).toEqual(before);
  });

  it('is refused when it is the repository itself, named through a link', () => {
    const link = path.join(makeTempDir('planfolio-link-'), 'here');
    symlinkSync(repo, link);
    const plans = makeTempDir('planfolio-plans-');
    cpSync('plans/kim-minjun.md', path.join(plans, 'kim-minjun.md'));
    const result = runPlanfolio(['build', ...QUICK, '--plans', plans, '--out', link], {}, repo);
    expect(result.stderr).toMatch(/because it would replace the repository /);
    expect(readFileSync(path.join(repo, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('leaves alone folders beside the output that only look like a build\'s leftovers', async () => {
    const pid = findFinishedPid();
    for (const name of [`_site.building-${pid}`, `_site.old-${pid}`]) {
      mkdirSync(path.join(repo, name), { recursive: true });
      writeFileSync(path.join(repo, name, 'keep.txt'), 'mine\n');
    }
    const result = await runPlanfolioHere(['build', ...QUICK, '--out', '_site'], {}, repo);
    expect(result.code).toBe(0);
    for (const name of [`_site.building-${pid}`, `_site.old-${pid}`]) {
      expect(readFileSync(path.join(repo, name, 'keep.txt'), 'utf8')).toBe('mine\n');
    }
  });
});

describe('an output folder Planfolio may take', () => {
  it('is an empty folder, or one it made and marked, which the next build replaces', async () => {
    const out = path.join(repo, 'empty-site');
    mkdirSync(out);
    expect((await runPlanfolioHere(['build', ...QUICK, '--out', 'empty-site'], {}, repo)).code).toBe(0);
    expect(existsSync(path.join(out, OUTPUT_MARKER))).toBe(true);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    writeFileSync(path.join(out, 'stale.html'), 'from an earlier build');
    expect((await runPlanfolioHere(['build', ...QUICK, '--out', 'empty-site'], {}, repo)).code).toBe(0);
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(readdirSync(repo).filter((name) => name.startsWith('empty-site'))).toEqual(['empty-site']);
  });
});

describe('two builds into one folder', () => {
  it('never break each other: one writes, the other says so and changes nothing', async () => {
    const args = (out: string) => [path.resolve('bin/planfolio.js'), 'build', ...QUICK, '--out', out];
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, args('together'), { cwd: repo, env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25' } });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.once('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(), run(), run()]);
    const succeeded = results.filter((r) => r.code === 0);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    for (const failed of results.filter((r) => r.code !== 0)) {
      expect(failed.stderr).toMatch(/^planfolio build: together is being written by another Planfolio build \(process \d+\); wait for it to finish, or delete together\.lock if no build is running\n$/);
    }
    expect(existsSync(path.join(repo, 'together', 'index.html'))).toBe(true);
    expect(readdirSync(repo).filter((name) => name.startsWith('together'))).toEqual(['together']);
  });

  it('takes over the lock of a build that was killed', async () => {
    writeFileSync(path.join(repo, 'taken.lock'), `${findFinishedPid()}\n`);
    const result = await runPlanfolioHere(['build', ...QUICK, '--out', 'taken'], {}, repo);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(repo, 'taken.lock'))).toBe(false);
  });

  it('refuses while a running process holds the lock', () => {
    writeFileSync(path.join(repo, 'held.lock'), `${process.pid}\n`);
    const result = runPlanfolio(['build', ...QUICK, '--out', 'held'], {}, repo);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `planfolio build: held is being written by another Planfolio build (process ${process.pid}); wait for it to finish, or delete held.lock if no build is running\n`,
    );
    expect(existsSync(path.join(repo, 'held'))).toBe(false);
  });
});
