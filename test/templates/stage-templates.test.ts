import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../src/runtime/project-paths.js';
import { findStagingDir, findTemplateLayers, stageTemplates } from '../../src/runtime/template-layers.js';

// Planfolio's templates and a project's templates/, merged file by file into
// the folder Eleventy reads: the project's file wins, a new one is added,
// and each staged file knows the file it came from.
const root = mkdtempSync(path.join(tmpdir(), 'planfolio-stage-'));
const builtIn = path.join(root, 'planfolio', 'templates');
const project = path.join(root, 'project', 'templates');
afterAll(() => {
  rmSync(findStagingDir(project), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();

write(path.join(builtIn, 'plan.njk'), 'plan');
write(path.join(builtIn, '_includes/sections/vision.njk'), 'vision');
write(path.join(builtIn, '_includes/sections/goals.njk'), 'goals');
write(path.join(builtIn, 'assets/site.css'), 'site');

describe('staging the templates', () => {
  it("merges the project's files over Planfolio's, leaving out hidden files, and maps each back", async () => {
    write(path.join(project, '_includes/sections/vision.njk'), 'our vision');
    write(path.join(project, 'about.njk'), 'about');
    write(path.join(project, 'assets/custom.css'), 'custom');
    write(path.join(project, '_includes/sections/.vision.njk.swp'), 'swap');
    const staged = await stageTemplates({ builtIn, project });
    expect(staged.dir).toBe(findStagingDir(project));
    expect(list(staged.dir)).toEqual(['_includes/sections/goals.njk', '_includes/sections/vision.njk', 'about.njk', 'assets/custom.css', 'assets/site.css', 'plan.njk']);
    expect(readFileSync(path.join(staged.dir, '_includes/sections/vision.njk'), 'utf8')).toBe('our vision');
    expect(staged.sourceOf(path.join(staged.dir, '_includes/sections/vision.njk'))).toBe(path.join(project, '_includes/sections/vision.njk'));
    expect(staged.sourceOf(path.join(staged.dir, '_includes/sections/goals.njk'))).toBe(path.join(builtIn, '_includes/sections/goals.njk'));
    expect(staged.isOverride(path.join(project, '_includes/sections/vision.njk'))).toBe(true);
    expect(staged.isOverride(path.join(project, 'about.njk'))).toBe(false);
    // A file in neither layer is where the project would put it.
    expect(staged.sourceOf(path.join(staged.dir, '_includes/layouts/wide.njk'))).toBe(path.join(project, '_includes/layouts/wide.njk'));
  });

  it('copies again only what changed, and a removed override gives back Planfolio\'s file', async () => {
    const goals = path.join(findStagingDir(project), '_includes/sections/goals.njk');
    const before = statSync(goals).ino;
    write(path.join(project, '_includes/sections/vision.njk'), 'our vision, saved');
    let staged = await stageTemplates({ builtIn, project });
    expect(readFileSync(path.join(staged.dir, '_includes/sections/vision.njk'), 'utf8')).toBe('our vision, saved');
    // The same file, not a new copy of it.
    expect(statSync(goals).ino).toBe(before);

    rmSync(path.join(project, '_includes'), { recursive: true });
    rmSync(path.join(project, 'about.njk'));
    staged = await stageTemplates({ builtIn, project });
    expect(readFileSync(path.join(staged.dir, '_includes/sections/vision.njk'), 'utf8')).toBe('vision');
    expect(existsSync(path.join(staged.dir, 'about.njk'))).toBe(false);
  });

  it('a saved file of the same size is copied again (its time changed)', async () => {
    const file = path.join(project, 'assets/custom.css');
    write(file, 'CUSTOM');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const staged = await stageTemplates({ builtIn, project });
    expect(readFileSync(path.join(staged.dir, 'assets/custom.css'), 'utf8')).toBe('CUSTOM');
  });
});

describe('the layers of a project folder', () => {
  it("has none of its own without templates/, or when its templates/ is Planfolio's own, by any path", async () => {
    const bare = path.join(root, 'bare');
    mkdirSync(bare);
    expect((await stageTemplates(findTemplateLayers(bare))).dir).toBe(TEMPLATES_DIR);
    expect(findTemplateLayers(path.dirname(TEMPLATES_DIR))).toEqual({ builtIn: TEMPLATES_DIR });
    const linked = path.join(root, 'linked');
    mkdirSync(linked);
    symlinkSync(TEMPLATES_DIR, path.join(linked, 'templates'));
    expect(findTemplateLayers(linked)).toEqual({ builtIn: TEMPLATES_DIR });
    expect(findTemplateLayers(bare)).toEqual({ builtIn: TEMPLATES_DIR, project: path.join(bare, 'templates') });
  });
});
