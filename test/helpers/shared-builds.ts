// Builds that several test files read, made once per test run: the first
// file to ask for one builds it, the others wait for it and read the same
// folder. A run that asks for none builds none, so running one unrelated
// file costs no build. vitest's globalSetup (shared-builds-setup.ts) gives
// every file the same run folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { BIN, PINNED_ENV } from './run-cli.js';
import { hashTree } from './tree.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder this test run keeps its shared builds in. */
    sharedBuildsDir: string;
  }
}

/**
 * Each shared build's `planfolio` arguments (its `--out` is added). Read its
 * output; never write into it.
 */
export const SHARED_BUILDS = {
  /**
   * The sample plans, with every stage, timed: the browser, export and reproducibility tests read it.
   * Every PDF drawn, none copied from what earlier runs kept: the PDF tests read how this code draws.
   */
  samples: ['build', '--plans', 'plans', '--timings', '--no-pdf-cache'],
  /** The plan full of markup and template code, pages only. */
  injection: ['build', '--no-pdf', '--plans', 'test/fixtures/injection/plans'],
} as const;

export type SharedBuildName = keyof typeof SHARED_BUILDS;

/** What one shared build made and said. */
export interface SharedBuild {
  /** The built site; the folder around it holds nothing else. */
  out: string;
  code: number | null;
  stdout: string;
  stderr: string;
  /** The plans and templates (relative path -> hash) before and after the build. */
  sources: { before: Record<string, string>; after: Record<string, string> };
}

const hashSources = () => ({ plans: hashTree('plans'), templates: hashTree('templates') });

/** Runs the build in a child process, as a user does, and writes what it said beside it, all at once. */
async function runSharedBuild(name: SharedBuildName, out: string, result: string): Promise<void> {
  const before = hashSources();
  const child = spawn(process.execPath, [BIN, ...SHARED_BUILDS[name], '--out', out], { env: { ...process.env, ...PINNED_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const sources = { before, after: hashSources() };
  writeFileSync(`${result}.partial`, JSON.stringify({ out, code, stdout, stderr, sources }));
  renameSync(`${result}.partial`, result);
}

/** Waits for a file to appear in `dir`, woken by the folder's change events; a slow poll covers a missed one. */
export function waitForFile(dir: string, file: string, ms: number, what = file): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      watcher.close();
      clearInterval(poll);
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const check = () => existsSync(path.join(dir, file)) && done();
    const watcher = watch(dir, check);
    const poll = setInterval(check, 1000);
    const timer = setTimeout(() => done(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    check();
  });
}

/**
 * The shared build `name` of this test run: built now when no file has asked
 * for it yet, else awaited. Throws with the build's output when it failed.
 */
export async function useSharedBuild(name: SharedBuildName): Promise<SharedBuild> {
  const dir = inject('sharedBuildsDir');
  const result = path.join(dir, `${name}.json`);
  let claimed = true;
  try {
    mkdirSync(path.join(dir, name));
  } catch {
    claimed = false;
  }
  if (claimed) await runSharedBuild(name, path.join(dir, name, '_site'), result);
  else await waitForFile(dir, `${name}.json`, 115_000, `the shared build ${name}.json`);
  const build = JSON.parse(readFileSync(result, 'utf8')) as SharedBuild;
  if (build.code !== 0) throw new Error(`the shared build ${name} (planfolio ${SHARED_BUILDS[name].join(' ')}) failed:\n${build.stderr}`);
  return build;
}
