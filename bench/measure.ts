// Runs commands under GNU time for wall, CPU and peak memory, repeats them
// within a time budget, and takes medians.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One run of one command. */
export interface Sample {
  wallMs: number;
  /** User plus system CPU of the process (all its threads), in ms. */
  cpuMs: number;
  /** Peak resident memory, in KiB (GNU time's %M: the largest of the process and those it waited for). */
  maxRssKb: number;
  /** With `tree`: each program's own peak (VmHWM) in KiB, by name (`node`, `pagefind_extended`, `git`). */
  peaks?: Record<string, number>;
}

export interface CommandResult extends Sample {
  code: number;
  /** Stopped because it ran past `timeoutMs`; the figures then cover the time until it was stopped. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the command (its whole process group) after this long. */
  timeoutMs?: number;
  /** Also record each program's own peak memory, read from /proc while it runs. */
  tree?: boolean;
}

const TIME = '/usr/bin/time';

/** Process groups of the commands running now (each is started detached, in a group of its own). */
const running = new Set<number>();
/** Their temp folders for GNU time's report. */
const reportDirs = new Set<string>();

/** Stops every command still running and removes its temp folder (on Ctrl-C: detached groups do not get the terminal's signal). */
export function stopRunningCommands(): void {
  for (const pid of running) signal(-pid, 'SIGKILL');
  running.clear();
  for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });
  reportDirs.clear();
}

/**
 * Runs `command args` under `/usr/bin/time -f '%e %U %S %M'`. Wall time is
 * taken here with a monotonic clock (GNU time's %e is only 10 ms fine); CPU
 * and peak RSS cover the command's process and its threads, not the
 * processes it starts (git, say).
 */
export async function timeCommand(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-bench-time-'));
  const report = path.join(dir, 'time.txt');
  reportDirs.add(dir);
  try {
    const started = performance.now();
    const child = spawn(TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout stops the command and what it started
    });
    running.add(child.pid!);
    let timedOut = false;
    let force: NodeJS.Timeout | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            // Stop the command, not GNU time, so time still reports what it used until then.
            for (const pid of childrenOf(child.pid!)) signal(pid, 'SIGTERM');
            force = setTimeout(() => signal(-child.pid!, 'SIGKILL'), 5000);
          }, Math.max(0, options.timeoutMs));
    const tree = options.tree ? watchTreePeaks(child.pid!) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode ?? 1));
    }).finally(() => {
      running.delete(child.pid!);
      tree?.stop();
      clearTimeout(timer);
      clearTimeout(force);
    });
    const wallMs = performance.now() - started;
    // A killed command makes GNU time print a line before the figures: read the last line.
    const line = (existsSync(report) ? readFileSync(report, 'utf8') : '').trim().split('\n').at(-1) ?? '';
    const [, user, system, rss] = line.split(' ').map(Number);
    if (![user, system, rss].every((n) => Number.isFinite(n))) {
      if (timedOut) return { code, timedOut, stdout, stderr, wallMs, cpuMs: Number.NaN, maxRssKb: Number.NaN };
      throw new Error(`could not read ${TIME} output: ${line}`);
    }
    return { code, timedOut, stdout, stderr, wallMs, cpuMs: (user! + system!) * 1000, maxRssKb: rss!, ...(tree ? { peaks: tree.peaks } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    reportDirs.delete(dir);
  }
}

/**
 * GNU time's %M is the largest peak of the command and every process it
 * waited for, so a build's figure would be Pagefind's whenever Pagefind is
 * the larger. This reads each descendant's own high-water mark (VmHWM) every
 * 50 ms and keeps the largest per program name; a process living less than
 * that may be missed, and one is read at most 50 ms before it ends.
 */
function watchTreePeaks(root: number): { peaks: Record<string, number>; stop: () => void } {
  const peaks: Record<string, number> = {};
  const read = () => {
    for (const pid of descendantsOf(root)) {
      let status: string;
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch {
        continue; // gone
      }
      const name = /^Name:\s*(.+)$/m.exec(status)?.[1];
      const hwm = Number(/^VmHWM:\s*(\d+) kB$/m.exec(status)?.[1]);
      if (name && name !== 'time' && Number.isFinite(hwm)) peaks[name] = Math.max(peaks[name] ?? 0, hwm);
    }
  };
  const timer = setInterval(read, 50);
  return { peaks, stop: () => (read(), clearInterval(timer)) };
}

function descendantsOf(pid: number): number[] {
  const all: number[] = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = queue.shift()!;
    all.push(next);
    queue.push(...childrenOf(next));
  }
  return all;
}

/** The ids of the processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** Like timeCommand, but a failing command is an error that shows its output (a timed-out one is returned). */
export async function timeOk(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  const result = await timeCommand(command, args, options);
  if (result.code !== 0 && !result.timedOut) {
    const tail = (text: string) => text.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${[command, ...args].join(' ')} exited with ${result.code} in ${options.cwd}\n${tail(result.stdout)}\n${tail(result.stderr)}`);
  }
  return result;
}

/** The median; for an even count, the mean of the middle two. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A percentile by nearest rank (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Medians of each field of several samples. */
export function medianSample(samples: Sample[]): Sample {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    maxRssKb: median(samples.map((s) => s.maxRssKb)),
  };
}

/**
 * The bench's clock: a deadline for the whole run, so it finishes in time on
 * a slow or busy machine by doing fewer repeats (and saying so) rather than
 * running long.
 */
export class Budget {
  private readonly started = performance.now();
  constructor(readonly totalMs: number) {}

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  leftMs(): number {
    return this.totalMs - this.elapsedMs();
  }

  /** Whether `costMs` more work fits while keeping `reserveMs` for what must still run. */
  fits(costMs: number, reserveMs = 0): boolean {
    return costMs <= this.leftMs() - reserveMs;
  }
}

export interface RepeatOptions {
  /** Runs wanted. */
  runs: number;
  budget: Budget;
  /** Time to keep for later stages; read before every repeat, so it can use figures measured meanwhile. */
  reserveMs?: () => number;
  /** Run at least this many, whatever the budget (default 1). */
  minRuns?: number;
  /** Expected time of the first run, to decide whether it fits (later runs use the slowest so far). */
  estimateMs?: number;
}

export interface Repeated<T> {
  results: T[];
  /** Runs wanted but left out to stay within the budget. */
  skipped: number;
}

/**
 * Runs `once` up to `runs` times; stops early when another run, expected to
 * take as long as the slowest so far, would not fit in the budget.
 */
export async function repeat<T>(once: (run: number) => Promise<T>, options: RepeatOptions): Promise<Repeated<T>> {
  const results: T[] = [];
  let slowest = options.estimateMs ?? 0;
  const minRuns = options.minRuns ?? 1;
  for (let run = 0; run < options.runs; run++) {
    if (run >= minRuns && !options.budget.fits(slowest, options.reserveMs?.() ?? 0)) break;
    const started = performance.now();
    results.push(await once(run));
    const took = performance.now() - started;
    slowest = run === 0 ? took : Math.max(slowest, took);
  }
  return { results, skipped: options.runs - results.length };
}
