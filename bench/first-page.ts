// Time to first page: from starting a dev server to the moment it answers
// `GET /` with a page. Used for `planfolio dev` and, as the baseline, for
// plain Eleventy's own `--serve`, on the same plan files.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether `GET url` answers 200 with an HTML page (a dev server may answer 404 until it has built). */
function answersWithPage(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(response.statusCode === 200 && /text\/html/.test(response.headers['content-type'] ?? '') && body.length > 0));
      response.on('error', () => resolve(false));
    });
    request.setTimeout(2000, () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/**
 * Asks for `url` every 10 ms until a page comes back. `exited` returns the
 * server's output once it has exited (then waiting stops with that output).
 */
export async function waitForPage(url: string, exited: () => string | undefined, since: number, timeoutMs = 120_000): Promise<void> {
  for (;;) {
    const log = exited();
    if (log !== undefined) throw new Error(`the server exited before serving a page:\n${log.slice(-2000)}`);
    if (performance.now() - since > timeoutMs) throw new Error(`no page at ${url} after ${timeoutMs / 1000} s`);
    if (await answersWithPage(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface FirstPageOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** The page asked for (default `/`). */
  path?: string;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
}

/**
 * Starts `node args` (a dev server told to use `options.port`), asks for
 * its page every 10 ms until a page comes back, then stops the server. Returns
 * the milliseconds from start to that page.
 */
export async function timeFirstPage(args: string[], options: FirstPageOptions): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  try {
    await waitForPage(`http://127.0.0.1:${options.port}${options.path ?? '/'}`, () => (child.exitCode === null ? undefined : log), started, options.timeoutMs);
    return performance.now() - started;
  } finally {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
}
