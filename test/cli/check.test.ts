import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { makePortfolio, makeTempDir, writePlan } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

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

  it('checks only the files named, as a pre-commit hook passes them', async () => {
    const dir = makePortfolio({
      'bad.md': writePlan({ extra: 'status: actve\n' }),
      'team/good.md': writePlan(),
      'other.md': writePlan({ extra: 'strenghts: [Calm]\n' }),
    });
    const good = await run(['check', '--plans', dir, path.join(dir, 'team/good.md'), path.join(dir, 'notes.txt')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^1 plan valid; checked in \d+ ms\.\n$/);
    expect(good.stderr).toMatch(/^note: .*notes\.txt: not a \.md file, ignored\n$/);

    const bad = await run(['check', '--plans', dir, path.join(dir, 'bad.md'), path.join(dir, 'team/good.md'), path.join(dir, 'gone.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n').map((l) => l.replace(/^.*?planfolio-test-[^/]+\//, ''))).toEqual([
      'bad.md:8:9 status: "actve" is not allowed; use one of draft, active, achieved, archived (did you mean "active"?)',
      "gone.md:1:1 cannot be read (ENOENT); check the file's permissions",
      '',
      '2 problems in 2 files; 1 plan valid.',
      '',
    ]);
  });

  it('checks the configuration too, so a bad one fails check and not the deploy', () => {
    const root = makeTempDir('planfolio-config-');
    writeFileSync(path.join(root, 'planfolio.config.json'), '{\n  "title": "Coaching",\n  "bsae": "/career/"\n}\n');
    cpSync('plans/kim-minjun.md', path.join(root, 'plans/kim-minjun.md'));
    const result = runPlanfolio(['check'], {}, root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('planfolio.config.json:3:3 bsae: unknown key; did you mean "base"?\n\n1 problem in 1 file; 1 plan valid.\n');
  });

  it('notes files that are not plans without failing', async () => {
    const dir = makePortfolio({ 'good.md': writePlan(), 'photo.png': new Uint8Array([1, 2, 3]) });
    const { code, stderr } = await run(['check', '--plans', dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: .*photo\.png: not a \.md file, ignored\n$/);
  });

  it.each([
    [['check', '--plan', 'x'], 2, "planfolio check: Unknown option '--plan'"],
    [['check', '--plans'], 2, "planfolio check: Option '--plans <value>' argument missing"],
    [['frobnicate'], 2, 'planfolio frobnicate: unknown command "frobnicate"'],
    [['check', '--plans', 'no/such'], 1, 'planfolio check: no/such: no such folder'],
    [['dev', '--port', 'abc'], 2, 'planfolio dev: --port abc: use a whole number from 1 to 65535, or 0 to pick a free port\n'],
    [['dev', '--port', '70000'], 2, 'planfolio dev: --port 70000: use a whole number from 1 to 65535, or 0 to pick a free port\n'],
    [['serve', '--port', '8.5'], 2, 'planfolio serve: --port 8.5: use a whole number from 1 to 65535, or 0 to pick a free port\n'],
  ])('explains a mistake in the call %j without a stack trace', async (argv, exitCode, start) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(exitCode);
    expect(stderr.startsWith(start)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says when the port is taken, before it builds anything', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const out = path.join(makeTempDir('planfolio-port-'), 'site');
    const { code, stderr } = await run(['dev', '--port', String(port), '--out', out, '--plans', makePortfolio({ 'good.md': writePlan() })]);
    taken.close();
    expect(stderr).toBe(`planfolio dev: port ${port} is already in use by another program; pass --port with another number, or --port 0 to pick a free one\n`);
    expect(code).toBe(1);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it.each([
    [0, 'plan', '0 plans'],
    [1, 'plan', '1 plan'],
    [2, 'problem', '2 problems'],
    [1000, 'plan', '1,000 plans'],
    [12345, 'page', '12,345 pages'],
  ])('counts %i %s as "%s", in thousands as English readers write them', (count, word, said) => {
    expect(countWords(count, word)).toBe(said);
  });

  it('prints its version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: planfolio check [--plans DIR]');
  });
});
