import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePortfolio } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('planfolio init', () => {
  it('writes what a plans repository needs, with an example plan that passes check', () => {
    const cwd = makePortfolio({ 'package.json': '{ "name": "team-plans", "dependencies": { "planfolio": "file:planfolio.tgz" } }\n' });
    const { code, stdout, stderr } = runPlanfolio(['init'], {}, cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('added  package.json           scripts build, dev, check, serve, new\n');
    for (const file of ['plans/alex-morgan.md', 'planfolio.config.json', 'netlify.toml', '.gitignore', 'README.md']) {
      expect(stdout).toMatch(new RegExp(`^wrote  ${file.replace('.', '\\.')}`, 'm'));
      expect(existsSync(path.join(cwd, file))).toBe(true);
    }
    const manifest = JSON.parse(read(cwd, 'package.json'));
    expect(manifest.dependencies).toEqual({ planfolio: 'file:planfolio.tgz' });
    expect(manifest.scripts).toEqual({ build: 'planfolio build', dev: 'planfolio dev', check: 'planfolio check', serve: 'planfolio serve', new: 'planfolio new' });
    expect(read(cwd, '.gitignore')).toContain('node_modules/\n_site/\n');
    expect(read(cwd, 'README.md')).toContain('## Career plans with Planfolio');
    expect(read(cwd, 'netlify.toml')).toBe(readFileSync('netlify.toml', 'utf8'));

    const check = runPlanfolio(['check'], {}, cwd);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('1 plan valid');
  });

  it('never replaces a file, says which were kept, and only adds what package.json and .gitignore lack', () => {
    const cwd = makePortfolio({
      'package.json': '{ "name": "mine", "scripts": { "build": "my-build", "check": "planfolio check" } }\n',
      'plans/me.md': 'my own plan\n',
      'planfolio.config.yaml': 'title: Mine\n',
      'netlify.toml': '# mine\n',
      '.gitignore': 'node_modules/\nsecrets/',
      'README.md': '# Mine\n',
    });
    const { code, stdout } = runPlanfolio(['init'], {}, cwd);
    expect(code).toBe(0);
    expect(stdout).toContain('added  package.json           scripts dev, serve, new; kept your "build"\n');
    expect(stdout).toContain('kept   plans/                 it has plans already\n');
    expect(stdout).toContain('kept   planfolio.config.yaml  already there\n');
    expect(stdout).toContain('kept   netlify.toml           already there\n');
    expect(stdout).toContain('added  .gitignore             _site/ .cache/');
    expect(stdout).toContain('added  README.md              the section "Career plans with Planfolio"\n');
    expect(JSON.parse(read(cwd, 'package.json')).scripts.build).toBe('my-build');
    expect(read(cwd, 'plans/me.md')).toBe('my own plan\n');
    expect(existsSync(path.join(cwd, 'planfolio.config.json'))).toBe(false);
    expect(read(cwd, 'netlify.toml')).toBe('# mine\n');
    expect(read(cwd, '.gitignore')).toMatch(/^node_modules\/\nsecrets\/\n# Planfolio's builds and caches\n_site\/\n/);
    expect(read(cwd, 'README.md')).toMatch(/^# Mine\n\n## Career plans with Planfolio\n/);

    // A second run finds everything there and changes nothing.
    const again = runPlanfolio(['init'], {}, cwd);
    expect(again.stdout.split('\n').filter((line) => /^(wrote|added)/.test(line))).toEqual([]);
  });

  it('stops with a clear line when package.json is not JSON', () => {
    const cwd = makePortfolio({ 'package.json': '{ nope' });
    const { code, stderr } = runPlanfolio(['init'], {}, cwd);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^planfolio init: package\.json cannot be read as JSON \(.+\); fix it, then run "planfolio init" again\n$/);
  });
});
