// The baseline for the site build: plain Eleventy, with no plugin and no
// config, rendering the same plan files as Markdown pages through a one-line
// layout. It is what a person would get by pointing Eleventy at the folder.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeOk, type CommandResult } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Planfolio's own Eleventy, so both sides run the same version. */
export const ELEVENTY_CLI = path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');

export interface PlainEleventyProject {
  dir: string;
  input: string;
  output: string;
}

/**
 * Makes a temp project: `plans/` (a copy of the same .md files), a layout
 * `_includes/base.njk` that is `{{ content | safe }}`, and the directory data
 * file `plans/plans.json` giving every plan that layout.
 */
export function makePlainEleventyProject(plansDir: string, parent = tmpdir()): PlainEleventyProject {
  const dir = mkdtempSync(path.join(parent, 'planfolio-bench-eleventy-'));
  cpSync(plansDir, path.join(dir, 'plans'), { recursive: true });
  mkdirSync(path.join(dir, '_includes'));
  writeFileSync(path.join(dir, '_includes', 'base.njk'), '{{ content | safe }}\n');
  writeFileSync(path.join(dir, 'plans', 'plans.json'), `${JSON.stringify({ layout: 'base.njk' })}\n`);
  return { dir, input: '.', output: '_site' };
}

/** The command line of one plain Eleventy build, run with cwd = the project. */
export function plainEleventyArgs(project: PlainEleventyProject): string[] {
  return [ELEVENTY_CLI, `--input=${project.input}`, `--output=${project.output}`, '--quiet'];
}

/** Builds the project once under /usr/bin/time. */
export function runPlainEleventy(project: PlainEleventyProject, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return timeOk(process.execPath, plainEleventyArgs(project), { cwd: project.dir, env });
}
