// Runs a planfolio command inside the test file's own process, as
// src/cli/main.ts runs it in its own: for files that make many builds to test
// what a build does with its plans and folders. Eleventy, the templates and
// the rest load once per file instead of once per build (a child process
// spends about 1.5 s of CPU on that before it reads a plan). What the command
// prints and returns is what a user sees; tests of the command line itself
// (starting the process, exit codes as a shell sees them) use run-cli.ts.
import { register } from 'tsx/esm/api';
import { vi } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runExitSaves } from '../../src/runtime/save-on-exit.js';
import { PINNED_ENV } from './run-cli.js';

let registered = false;

/**
 * Runs `planfolio <args>` here, with `today` and the build time pinned, `env`
 * set and `cwd` as the working folder for its duration; one at a time.
 */
export async function runPlanfolioHere(args: string[], env: Record<string, string> = {}, cwd?: string) {
  if (!registered) {
    // Eleventy imports eleventy.config.ts itself, outside Vitest, as `planfolio` does under tsx.
    // Left registered: an isolated test file's process ends with the file.
    register();
    registered = true;
  }
  const vars = { ...PINNED_ENV, ...env };
  const saved = Object.keys(vars).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, vars);
  const home = process.cwd();
  if (cwd) process.chdir(cwd);
  // Everything written while it runs, by the command or what it uses (PDF progress, Eleventy).
  let stdout = '';
  let stderr = '';
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(args);
    await runExitSaves();
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    process.chdir(home);
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
