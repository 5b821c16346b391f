import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { findStagingDir, stageTemplates } from '../../src/runtime/template-layers.js';
import { renderPages } from '../../src/site/render-pages.js';
import { makeSiteData, type SiteData } from '../../src/site/site-data.js';
import { TemplateProblemError } from '../../src/site/template-errors.js';

// Where a failing template is said to be, rendered for real (Eleventy and
// Nunjucks, pinned) from a project's templates/ over Planfolio's: the line
// and column are counted in the project's own file, whether Nunjucks failed
// parsing it (it counts from 1) or running it (from 0), and whether Eleventy
// read it without its front matter (pages and layouts) or Nunjucks read it
// whole (partials). A failure Nunjucks gives no place points at the name it
// quotes.
const OVERRIDE = "correct it at this place, or delete the file to go back to Planfolio's own";
const OWN = 'correct the template at this place';

let root: string;
let project: string;
let data: SiteData;
let count = 0;
let unregister: () => Promise<void>;

beforeAll(async () => {
  // Eleventy imports eleventy.config.ts itself, outside Vitest, as `planfolio` does under tsx.
  unregister = register();
  root = mkdtempSync(path.join(tmpdir(), 'planfolio-template-errors-'));
  project = path.join(root, 'templates');
  const portfolio = await loadPortfolio({ plansDir: 'test/fixtures/template-overrides/plans' });
  data = makeSiteData(portfolio, { pdf: false });
});

afterAll(async () => {
  await unregister();
  // Eleventy may still be copying the assets of the last render that failed.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const dir of [findStagingDir(project), root]) rmSync(dir, { recursive: true, force: true });
});

/** Renders `template` (default: the plan page alone) with these project templates; returns the problem, with its file relative to templates/. */
async function failureOf(files: Record<string, string>, template: string | undefined = 'plan.njk'): Promise<Problem> {
  rmSync(project, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    writeFileSync(path.join(project, name), text);
  }
  const staged = await stageTemplates({ builtIn: path.resolve('templates'), project });
  const failure = await renderPages(data, path.join(root, `out-${++count}`), { template, templates: staged, again: true }).then(() => undefined, (error: unknown) => error);
  if (!(failure instanceof TemplateProblemError)) throw new Error(`expected a TemplateProblemError, got ${String(failure)}`);
  return { ...failure.problem, file: path.relative(project, path.resolve(failure.problem.file)) };
}

describe('a failing partial of the project', () => {
  it('a parse error: the line and column Nunjucks gives', async () => {
    expect(await failureOf({ '_includes/sections/vision.njk': '<section id="vision">\n  {{ p.vision.statement( }}\n</section>\n' })).toEqual({
      file: '_includes/sections/vision.njk', line: 2, column: 26, message: `the template failed: unexpected token: }}; ${OVERRIDE}`,
    });
  });

  it('an error while running, on its third line and on its first', async () => {
    const message = `the template failed: Unable to call \`nope\`, which is undefined or falsey; ${OVERRIDE}`;
    expect(await failureOf({ '_includes/sections/vision.njk': '<p>\n\n  {{ nope() }}</p>\n' })).toEqual({ file: '_includes/sections/vision.njk', line: 3, column: 10, message });
    expect(await failureOf({ '_includes/sections/vision.njk': 'x {{ nope() }}\n' })).toEqual({ file: '_includes/sections/vision.njk', line: 1, column: 10, message });
  });

  it('a partial or filter that does not exist: where the file names it', async () => {
    expect(await failureOf({ '_includes/sections/vision.njk': '<p>\n  {% include "sections/nothing.njk" %}</p>\n' })).toEqual({
      file: '_includes/sections/vision.njk', line: 2, column: 15, message: `the template failed: template not found: sections/nothing.njk; ${OVERRIDE}`,
    });
    expect(await failureOf({ '_includes/sections/vision.njk': '<p>\n\n{{ p.owner | shout }}</p>\n' })).toEqual({
      file: '_includes/sections/vision.njk', line: 3, column: 14, message: `the template failed: filter not found: shout; ${OVERRIDE}`,
    });
  });
});

describe('a failing layout or page of the project', () => {
  it('counts a layout from the top of its file, front matter included', async () => {
    const layout = '---\nlang: en\n---\n<!doctype html>\n<main>{{ content | safe }}</main>\n{{ footer() }}\n';
    expect(await failureOf({ '_includes/layouts/base.njk': layout })).toEqual({
      file: '_includes/layouts/base.njk', line: 6, column: 10, message: `the template failed: Unable to call \`footer\`, which is undefined or falsey; ${OVERRIDE}`,
    });
  });

  it("counts a page of the project's own from the top of its file, front matter included", async () => {
    expect(await failureOf({ 'about.njk': '---\nlayout: base.njk\npermalink: /about/\n---\n<h1>About these plans</h1>\n\n<p>{{ nothing() }}</p>\n' }, 'about.njk')).toEqual({
      file: 'about.njk', line: 7, column: 14, message: `the template failed: Unable to call \`nothing\`, which is undefined or falsey; ${OWN}`,
    });
  });

  it("points at front matter that is not YAML, and at a layout that does not exist, in a page of the project's own", async () => {
    expect(await failureOf({ 'about.njk': '---\npermalink: /about/\ntags: [one\n---\n<h1>About</h1>\n' }, 'about.njk')).toEqual({
      file: 'about.njk', line: 4, column: 1, message: `the template failed: front matter: unexpected end of the stream within a flow collection; ${OWN}`,
    });
    const missing = await failureOf({ 'about.njk': '---\nlayout: wide.njk\n---\n<h1>About</h1>\n' }, 'about.njk');
    expect(missing).toEqual({ file: 'about.njk', line: 2, column: 9, message: expect.stringContaining('a layout that does not exist: ') });
    expect(missing.message).toMatch(/templates\/_includes\/layouts\/wide\.njk \(via `layout: wide\.njk`\); correct the template at this place$/);
  });
});
