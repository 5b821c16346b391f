// vitest globalSetup of the `types` project: starts `tsc --noEmit` when the
// run begins, beside the test files rather than before them, at a low
// priority so it takes the time the cores would otherwise idle while tests
// wait on browsers, servers and child processes. type-check.test.ts, which
// runs last, reads what tsc said. A run without that file never starts tsc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file where the run's type check writes `{ code, output }` once tsc has exited. */
    typeCheckResult: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Runs tsc at a low priority and writes `{ code, output }` to `result` once it has exited. */
function startTypeCheck(result: string): ChildProcess {
  rmSync(result, { force: true });
  const child = spawn(process.execPath, [TSC, '--noEmit', '--pretty', 'false'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    // Behind every test process in the same session; a machine with nothing idle still runs it, only later.
    setPriority(child.pid!, 10);
  } catch {
    // A system that refuses a lower priority runs tsc at the usual one.
  }
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  child.once('close', (code, signal) => {
    if (signal) return;
    writeFileSync(`${result}.partial`, JSON.stringify({ code, output }));
    renameSync(`${result}.partial`, result);
  });
  return child;
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-types-'));
  const result = path.join(dir, 'type-check.json');
  project.provide('typeCheckResult', result);
  let child = startTypeCheck(result);
  // In watch mode a rerun checks the files as they are then, not as they were when Vitest started.
  project.onTestsRerun(() => {
    child.kill();
    child = startTypeCheck(result);
  });
  return () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
}
