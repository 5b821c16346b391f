import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, isCompiled } from '../../bin/compile.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

// A real folder with its permissions taken away (chmod 000). Root reads it
// anyway, so when the tests run as root the command runs as the unprivileged
// user "nobody" (uid 65534), for whom the folder is as unreadable as for anyone.
// The compiled command is run as it is: that user may not compile it.
const MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');
const asRoot = process.getuid?.() === 0;

function checkAsUser(cwd: string) {
  const result = spawnSync(process.execPath, [MAIN, 'check', '--plans', 'plans'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25' },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a folder that cannot be read', () => {
  // The unprivileged user cannot compile; compile first, as the owner of the checkout.
  beforeAll(async () => {
    if (!isCompiled()) await compile();
  });

  it.each([
    ['a sub-folder', 'plans/locked', 'plans/locked:1:1 this folder cannot be read (EACCES); check its permissions (chmod u+rx) or move it out of the plans folder'],
    ['a sub-folder of a sub-folder', 'plans/team/locked', 'plans/team/locked:1:1 this folder cannot be read (EACCES); check its permissions (chmod u+rx) or move it out of the plans folder'],
  ])('%s is one line, exit 1, and the other plans are still checked', (_name, locked, line) => {
    const cwd = makePortfolio({ 'plans/good.md': writePlan(), [`${locked}/hidden.md`]: writePlan(), 'plans/team/ok.md': writePlan({ title: 'Other' }) });
    chmodSync(cwd, 0o755);
    chmodSync(path.join(cwd, locked), 0o000);
    try {
      const { code, stdout, stderr } = checkAsUser(cwd);
      expect([code, stdout, stderr]).toEqual([1, '', `${line}\n\n1 problem in 1 file; 2 plans valid.\n`]);
    } finally {
      chmodSync(path.join(cwd, locked), 0o755);
    }
  });

  it('the plans folder itself is one line, exit 1', () => {
    const cwd = makePortfolio({ 'plans/good.md': writePlan() });
    chmodSync(cwd, 0o755);
    chmodSync(path.join(cwd, 'plans'), 0o000);
    try {
      const { code, stdout, stderr } = checkAsUser(cwd);
      expect([code, stdout, stderr]).toEqual([1, '', 'planfolio check: plans: this folder cannot be read (EACCES); check its permissions (chmod u+rx)\n']);
    } finally {
      chmodSync(path.join(cwd, 'plans'), 0o755);
    }
  });
});
