import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { locatePlanCache } from '../../src/load/plan-cache.js';
import { locatePdfCache } from '../../src/pdf/pdf-cache.js';
import { runExitSaves } from '../../src/runtime/save-on-exit.js';

/**
 * A fresh temporary folder whose name starts with `prefix`, removed after the test with the
 * plan and PDF caches a command kept for it or for a plans folder in it.
 */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  removeAfterTest(dir);
  return dir;
}

/** Removes a folder with its caches when the test finishes (throws outside a test, as onTestFinished does). */
export function removeAfterTest(dir: string): void {
  // Tied to the test, not to a hook of this module: in files that share modules (isolate: false) it runs once.
  onTestFinished(async () => {
    // A plans folder loaded in this process (runCli, loadPortfolio) leaves its cache to be written as the command
    // ends; written first, or a later command of the worker would write it after the folder is gone.
    await runExitSaves();
    removeWithCaches(dir);
  });
}

/**
 * Removes a folder with the plan and PDF caches of it, of its plans/ (even once deleted) and of every folder below it (a clone's
 * plans/, site/content/plans...): caches are keyed by the plans folder's path, so no later run reads those.
 */
export function removeWithCaches(dir: string): void {
  const keys = [dir, path.join(dir, 'plans'), ...listFolders(dir)];
  for (const gone of [dir, ...keys.flatMap((plans) => [locatePlanCache(plans), locatePdfCache(plans)])]) rmSync(gone, { recursive: true, force: true });
}

/** Every folder below a folder (links to folders are not followed), none when it is gone. */
function listFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

/**
 * Writes files (path below the folder -> text) into a fresh temporary folder,
 * removed after the test with the plan and PDF caches a command kept for it.
 */
export function makePortfolio(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempDir('planfolio-test-');
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/** A small valid plan; `extra` lines are added to the front matter, `goals` replaces the goals. */
export function writePlan(options: { title?: string; owner?: string; extra?: string; goals?: string; body?: string } = {}): string {
  const goals =
    options.goals ??
    `goals:
  - title: Run the weekly planning meeting
    outcome: I run it for a quarter without help
    due: 2026-09-30
    steps:
      - action: Shadow the current lead
        due: 2026-03-31
        done: 2026-03-20
        evaluation: { worth: yes }
      - action: Run two meetings with feedback
        due: 2026-06-30
`;
  return `---
title: ${options.title ?? 'Grow into a team lead'}
owner: ${options.owner ?? 'Sam Lee'}
created: 2026-01-12
vision:
  statement: Lead a small product team.
  horizon: 3 years
${options.extra ?? ''}${goals}---
${options.body ?? 'Some notes.\n'}`;
}
