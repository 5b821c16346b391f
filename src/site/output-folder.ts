import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { PlanfolioError } from '../errors/errors.js';
import { messages } from '../errors/catalogue.js';
import { showPath } from '../load/load-portfolio.js';
import { PROJECT_ROOT, TEMPLATES_DIR } from '../runtime/project-paths.js';

// Planfolio replaces an output folder whole, so it must never take one that
// is not its own. Every folder it writes holds a marker file; a build only
// replaces a marked folder or an empty one, compares real paths (links
// resolved) with the folders it must never touch, holds a lock while it
// writes, and tidies only staging folders that carry its marker.
//
// A build writes into `<out>.building-<pid>` and swaps it in with two
// renames. Killed at any moment, it leaves the old output complete, the new
// one, or (between the renames) the old one parked as `<out>.old-<pid>`,
// which the next build puts back before it starts; killed while it removes
// the old output, it leaves part of it, still marked, which the next build
// removes.

/** The marker file in every folder Planfolio writes a site into. */
export const OUTPUT_MARKER = '.planfolio-output';

const MARKER_TEXT = 'Planfolio made this folder and replaces it whole on every build; keep no files of your own here.\n';

/** A path with every link in its existing part resolved (the rest may not exist yet). */
function resolveReal(target: string): string {
  const absolute = path.resolve(target);
  for (let dir = absolute, rest = ''; ; rest = path.join(path.basename(dir), rest), dir = path.dirname(dir)) {
    if (existsSync(dir)) return path.join(realpathSync(dir), rest);
    if (path.dirname(dir) === dir) return absolute;
  }
}

/** The repository holding a folder: the nearest folder above it with a `.git`. */
function findRepositoryRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const isWithin = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** Whether a folder holds Planfolio's marker. */
function isMarked(dir: string): boolean {
  return existsSync(path.join(dir, OUTPUT_MARKER));
}

/**
 * Refuses an output folder that Planfolio must not replace: one overlapping
 * the plans or templates, the repository, its `.git`, the home folder or the
 * file system root (all compared as real paths), a file, or a folder with
 * files in it that Planfolio did not make.
 */
export function refuseUnsafeOutput(outDir: string, plansDir: string): void {
  const out = resolveReal(outDir);
  const shown = path.isAbsolute(outDir) ? outDir : showPath(path.resolve(outDir));
  const refuse = (why: string) => {
    throw new PlanfolioError(messages.unsafeOutput(shown, why));
  };
  if (path.dirname(out) === out) refuse('it is the root of the file system');
  for (const [name, dir] of [['plans', plansDir], ['templates', TEMPLATES_DIR]] as const) {
    const real = resolveReal(dir);
    if (isWithin(out, real) || isWithin(real, out)) refuse(`it overlaps the ${name} folder ${showPath(real)}`);
  }
  for (const root of new Set([findRepositoryRoot(process.cwd()), findRepositoryRoot(resolveReal(plansDir)), PROJECT_ROOT])) {
    if (!root) continue;
    const real = resolveReal(root);
    if (isWithin(real, out)) refuse(`it would replace the repository ${showPath(real)}`);
    if (isWithin(out, path.join(real, '.git'))) refuse('it is inside the repository\'s .git folder');
  }
  if (isWithin(resolveReal(homedir()), out)) refuse('it would replace your home folder');
  if (!existsSync(out)) return;
  if (!lstatSync(out).isDirectory()) refuse('it is a file, not a folder');
  if (readdirSync(out).length > 0 && !isMarked(out)) refuse(`it holds files Planfolio did not make (no ${OUTPUT_MARKER} file in it)`);
}

/** Writes the marker into a folder Planfolio is about to fill. */
export async function markOutput(dir: string): Promise<void> {
  await writeFile(path.join(dir, OUTPUT_MARKER), MARKER_TEXT);
}

/** Whether a process is still running (a lock or staging folder of a running build is left alone). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock on an output folder (`<out>.lock`, holding the pid) for as
 * long as a build or dev session writes into it. A lock whose process is gone
 * (a killed build) is taken over; a live one is refused with a clear line.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  const lock = `${outDir}.lock`;
  await mkdir(path.dirname(outDir), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (attempt > 0 || (Number.isInteger(pid) && pid > 0 && isRunning(pid))) {
      throw new PlanfolioError(messages.outputLocked(showPath(outDir), pid, showPath(lock)));
    }
    await rm(lock, { force: true });
  }
}

/** Where a build stages its output, beside the real output folder, marked as Planfolio's from the start. */
export async function makeStaging(outDir: string): Promise<string> {
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await markOutput(staging);
  return staging;
}

/** Replaces `outDir` with `staging`; the old output is removed only once the new one is in place. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await removeMarkedFolder(old);
}

/**
 * Removes a folder of Planfolio's, its marker last: a build killed halfway
 * through leaves a folder the next build still knows as its own and tidies
 * (removed in one go, the marker could go first, and the rest stay for ever).
 */
async function removeMarkedFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => name !== OUTPUT_MARKER).map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  await rm(dir, { recursive: true, force: true });
}

/**
 * Tidies what an interrupted build left: a parked old output goes back in
 * place when there is no output, and half-written staging folders go. Only
 * folders that carry Planfolio's marker and whose build is no longer running
 * are touched; anything else with a like name is someone else's.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const leftover = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old)-(\\d+)$`);
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const name of entries.sort()) {
    const match = leftover.exec(name);
    const full = path.join(parent, name);
    if (!match || Number(match[2]) === process.pid || isRunning(Number(match[2])) || !isMarked(full)) continue;
    if (match[1] === 'old' && !existsSync(outDir)) await rename(full, outDir);
    else await rm(full, { recursive: true, force: true });
  }
}
