// Builds the sample plans once for the whole suite (PDFs, search index and
// history included), so the tests that only read that site share one build
// instead of making the same one each: inject('samplesSite') gives its folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runPlanfolio } from './run-cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample plans (plans/), built with every stage into this folder. Read it; never write into it. */
    samplesSite: string;
  }
}

export default function setup(project: TestProject): void {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-samples-')), '_site');
  const build = runPlanfolio(['build', '--plans', 'plans', '--out', out]);
  if (build.code !== 0) throw new Error(`the sample plans did not build:\n${build.stderr}`);
  project.provide('samplesSite', out);
}
