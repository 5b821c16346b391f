// vitest globalSetup: one folder per test run for the builds several test
// files share (see shared-builds.ts), removed when the run ends. Every
// project that lists this setup gets the same folder, so a build is made once
// per run whichever project's file asks first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './shared-builds.js';

/** The run's folder and how many projects still use it, kept on the main process's global object. */
interface SharedFolder {
  dir: string;
  users: number;
}
const holder = globalThis as { planfolioSharedBuilds?: SharedFolder };

export default function setup(project: TestProject): () => void {
  const shared = (holder.planfolioSharedBuilds ??= { dir: mkdtempSync(path.join(tmpdir(), 'planfolio-shared-')), users: 0 });
  shared.users += 1;
  project.provide('sharedBuildsDir', shared.dir);
  return () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    rmSync(shared.dir, { recursive: true, force: true });
    delete holder.planfolioSharedBuilds;
  };
}
