// vitest globalSetup: one folder per test run for the builds several test
// files share (see shared-builds.ts), removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './shared-builds.js';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-shared-'));
  project.provide('sharedBuildsDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
