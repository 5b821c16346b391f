import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function run(argv: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (chunk) => (stdout += chunk));
  err.on('data', (chunk) => (stderr += chunk));
  const code = await runCli(argv, { out, err });
  return { code, stdout, stderr };
}

describe('planfolio check', () => {
  it('passes the sample plans with a one-line summary', async () => {
    const { code, stdout, stderr } = await run(['check']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\d+ plans valid in plans \(1 draft, left out of published builds\); checked in \d+ ms\.\n$/);
  });

  it('prints every problem, a summary, and exits 1', async () => {
    const dir = makePortfolio({
      'bad.md': writePlan({ extra: 'status: actve\nstrenghts: [Calm]\n' }),
      'good.md': writePlan(),
      'empty.md': '',
    });
    const { code, stdout, stderr } = await run(['check', '--plans', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3).map((l) => l.replace(/^.*?planfolio-test-[^/]+\//, ''))).toEqual([
      'bad.md:8:9 status: "actve" is not allowed; use one of draft, active, achieved, archived (did you mean "active"?)',
      'bad.md:9:1 strenghts: unknown key; did you mean "strengths"?',
      'empty.md:1:1 the file is empty; start it with a "---" line, the plan fields, and a closing "---" line',
    ]);
    expect(lines.slice(3)).toEqual(['', '3 problems in 2 files; 1 plan valid.']);
  });

  it('notes files that are not plans without failing', async () => {
    const dir = makePortfolio({ 'good.md': writePlan(), 'photo.png': new Uint8Array([1, 2, 3]) });
    const { code, stderr } = await run(['check', '--plans', dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: .*photo\.png: not a \.md file, ignored\n$/);
  });

  it.each([
    [['check', '--plan', 'x'], 2, "planfolio check: Unknown option '--plan'"],
    [['check', 'extra'], 2, "planfolio check: Unexpected argument 'extra'"],
    [['frobnicate'], 2, 'planfolio frobnicate: unknown command "frobnicate"'],
    [['check', '--plans', 'no/such'], 1, 'planfolio check: no/such: no such folder'],
  ])('explains a mistake in the call %j without a stack trace', async (argv, exitCode, start) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(exitCode);
    expect(stderr.startsWith(start)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: planfolio check [--plans DIR]');
  });
});
