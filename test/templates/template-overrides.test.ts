import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanfolio } from '../helpers/run-cli.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { useSharedBuild } from '../helpers/shared-builds.js';
import { findStagingDir } from '../../src/runtime/template-layers.js';

// A project with templates of its own (one partial and a stylesheet of added
// rules), built the way a plans repository that installs Planfolio builds:
// from its own folder, whose templates/ overrides Planfolio's.
const FIXTURE = path.resolve('test/fixtures/template-overrides');
const BUILT_IN = path.resolve('templates');
const BUILD = ['build', '--no-pdf', '--no-search', '--no-history'];

// Temporary folders, and the staging folders of the projects built (the fixture's too).
const made: string[] = [findStagingDir(path.join(FIXTURE, 'templates'))];
const tempFolder = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
/** A copy of the fixture project with more template files written into it. */
const copyFixture = (files: Record<string, string>) => {
  const project = tempFolder('planfolio-overrides-');
  cpSync(FIXTURE, project, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, 'templates', name)), { recursive: true });
    writeFileSync(path.join(project, 'templates', name), text);
  }
  made.push(findStagingDir(path.join(project, 'templates')));
  return project;
};
const read = (file: string) => readFileSync(file, 'utf8');
const pages = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => path.join(root, file));
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);

let out: string;
let planPage: string;

beforeAll(async () => {
  out = path.join(tempFolder('planfolio-overrides-out-'), '_site');
  // The builds whose pages are checked run in this process (run-here.ts); the failing one runs as the command.
  const build = await runPlanfolioHere([...BUILD, '--out', out], {}, FIXTURE);
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
  planPage = read(path.join(out, 'plans', 'lena-fischer', 'index.html'));
});

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a project that overrides one partial and adds a stylesheet', () => {
  it("shows the project's partial in place of Planfolio's", () => {
    expect(planPage).toContain(
      '<blockquote class="vision-quote">\n    <p>Build the data models my whole company trusts.</p>\n    <footer>Lena Fischer · 3 years (to Feb 2029)</footer>\n  </blockquote>',
    );
    expect(planPage).not.toContain('vision__statement');
  });

  it("keeps Planfolio's other sections", () => {
    expect(planPage).toContain('<h2 id="goals-heading">Goals');
    expect(planPage).toContain('<h2 id="skills-heading">');
    expect(planPage).toContain('Own the finance data model');
  });

  it('links custom.css after site.css on every page and copies it', () => {
    const all = pages(out);
    expect(all.length).toBe(9);
    for (const page of all) expect(stylesheets(read(page)).slice(-2), page).toEqual(['/assets/site.css', '/assets/custom.css']);
    expect(read(path.join(out, 'assets', 'custom.css'))).toBe(read(path.join(FIXTURE, 'templates', 'assets', 'custom.css')));
    expect(read(path.join(out, 'assets', 'site.css'))).toBe(read(path.join(BUILT_IN, 'assets', 'site.css')));
  });

  it('links no custom.css, and ships none, for a project without one', async () => {
    const samples = (await useSharedBuild('samples')).out;
    expect(existsSync(path.join(samples, 'assets', 'custom.css'))).toBe(false);
    expect(read(path.join(samples, 'index.html'))).not.toContain('custom.css');
  });
});

describe('overriding the layout and adding a page', () => {
  it("wraps every page in the project's layout, and builds the project's own page with it", async () => {
    const project = copyFixture({
      '_includes/layouts/base.njk':
        '<!doctype html>\n<html lang="{{ t(\'site.lang\') }}">\n<head><meta charset="utf-8"><title>{{ site.title }}</title></head>\n' +
        '<body class="our-layout"><main id="main">{{ content | safe }}</main></body>\n</html>\n',
      'about.njk': '---\nlayout: base.njk\npermalink: /about/\n---\n<h1>About these plans</h1>\n',
    });
    const built = path.join(project, '_site');
    const build = await runPlanfolioHere([...BUILD, '--out', built], {}, project);
    expect(build.stderr).toBe('');
    const plan = read(path.join(built, 'plans', 'lena-fischer', 'index.html'));
    expect(plan).toMatch(/^<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Career plans<\/title><\/head>\n<body class="our-layout"><main id="main">/);
    expect(plan).toContain('<blockquote class="vision-quote">');
    expect(read(path.join(built, 'about', 'index.html'))).toBe(
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Career plans</title></head>\n' +
        '<body class="our-layout"><main id="main"><h1>About these plans</h1>\n</main></body>\n</html>\n',
    );
  });
});

describe('a broken template of the project', () => {
  it('fails the build naming its file, line and column, without a stack trace, and writes nothing', () => {
    const good = read(path.join(FIXTURE, 'templates', '_includes', 'sections', 'vision.njk'));
    const project = copyFixture({ '_includes/sections/vision.njk': good.replace('{{ p.vision.statement }}', '{{ p.vision.statement( }}') });
    const build = runPlanfolio([...BUILD, '--out', path.join(project, '_site')], {}, project);
    expect(build.stderr).toBe(
      'planfolio build: templates/_includes/sections/vision.njk:5:31 the template failed: unexpected token: }}; ' +
        "correct it at this place, or delete the file to go back to Planfolio's own\n",
    );
    expect(build.code).toBe(1);
    expect(existsSync(path.join(project, '_site'))).toBe(false);
  });
});
