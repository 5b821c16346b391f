import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/planfolio.js');

/** The day and build time every test run pins, so builds are the same on every machine and day. */
export const PINNED_ENV = { PLANFOLIO_TODAY: '2026-11-25', SOURCE_DATE_EPOCH: '1767225600' };

/** Runs the planfolio command as a user does, in a child process, with `today` pinned; `cwd` is the project folder. */
export function runPlanfolio(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, ...PINNED_ENV, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
