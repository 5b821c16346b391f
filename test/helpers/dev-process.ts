import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/planfolio.js');

/** A running `planfolio dev`, with everything it printed so far. */
export interface DevProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Waits (up to `ms`, default a minute) until the output has printed a line matching `pattern` after position `from`. */
  waitForOutput: (pattern: RegExp, from?: number, ms?: number) => Promise<void>;
  stop: () => Promise<number | null>;
}

/** Polls `check` until it returns true, or fails after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts `planfolio dev` on a free port, waiting until it serves and, unless
 * `firstPageOnly`, until it has built every page and PDF (or found problems).
 */
export async function startDev(args: string[], options: { firstPageOnly?: boolean } = {}): Promise<DevProcess> {
  const child = spawn(process.execPath, [BIN, 'dev', '--port', '0', ...args], {
    env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  // A wait that fails says what dev printed, so a failure seen once under load can be read afterwards.
  const waitForOutput = (pattern: RegExp, from = 0, ms = 60_000) =>
    waitFor(() => pattern.test(text.slice(from)) || child.exitCode !== null, ms, `output ${pattern}`).then(
      () => {
        if (!pattern.test(text.slice(from))) throw new Error(`dev exited (${child.exitCode}) before ${pattern}:\n${text}`);
      },
      (error: Error) => {
        throw new Error(`${error.message}; dev printed since:\n${text.slice(from)}`);
      },
    );
  await waitForOutput(/Serving (http:\/\/\S+)/);
  const url = /Serving (http:\/\/\S+?)\/? /.exec(text)![1]!;
  if (!options.firstPageOnly) await waitForOutput(/^(Built every page.*|.*still serving the last good build\.)$/m);
  return {
    child,
    url,
    output: () => text,
    waitForOutput,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }),
  };
}
