// Planfolio as a dependency of a separate plans repository: the packed
// tarball is installed into a fresh git repository, `planfolio init` sets it
// up, and its build is served. No network: npm installs from its cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../helpers/serve.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25', npm_config_update_notifier: 'false' } });
}

/** The package, packed once for both tests: its tarball and the files in it. */
let packed: { repo: string; tarball: string; files: string[] };

beforeAll(() => {
  const repo = mkdtempSync(path.join(tmpdir(), 'planfolio-install-'));
  made.push(repo);
  // `npm pack` compiles dist/ first (the prepare script).
  const output = run('npm', ['pack', '--json', '--pack-destination', repo], ROOT);
  // The prepare script's own line comes before npm's JSON.
  const [report] = JSON.parse(output.slice(output.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
  packed = { repo, tarball: report!.filename, files: report!.files.map((file) => file.path) };
}, 120_000);

/**
 * The lockfile of a plans repository that depends on the tarball, with
 * Planfolio's own locked dependencies and their registry addresses: npm then
 * installs every one from its cache. (Without a lockfile npm must ask the
 * registry which versions exist, which the cache of `npm ci` cannot answer.)
 */
function makeLockfile(tarball: string): object {
  const own = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const packages: Record<string, object> = {
    '': { name: 'career-plans', dependencies: { planfolio: tarball } },
    'node_modules/planfolio': { version: manifest.version, resolved: tarball, license: manifest.license, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines },
  };
  for (const [where, entry] of Object.entries(own.packages)) {
    if (!where || entry.dev) continue;
    const { dev: _dev, devOptional: _devOptional, ...rest } = entry;
    const name = (entry.name as string | undefined) ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[where] = { resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${String(entry.version)}.tgz`, ...rest };
  }
  return { name: 'career-plans', lockfileVersion: 3, requires: true, packages };
}

describe('Planfolio installed as a dependency', () => {
  it('packs what it needs to run and nothing of its tests, fixtures or bench', () => {
    const { files } = packed;
    for (const needed of ['bin/planfolio.js', 'bin/compile.js', 'dist/main.js', 'dist/eleventy.config.js', 'dist/dev-client.js', 'templates/plan.njk', 'templates/assets/site.css', 'plan.schema.json', 'netlify.toml', 'README.md', 'LICENSE', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /^(src|test|bench|plans)\//.test(file) || file.endsWith('.ts'))).toEqual([]);
  });

  it('installs from the packed tarball into a new repository, where init, build, serve and pdf work', { timeout: 180_000 }, async () => {
    const started = performance.now();
    const { repo, tarball } = packed;
    run('git', ['init', '-q'], repo);
    const dependency = `file:${tarball}`;
    writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'career-plans', private: true, dependencies: { planfolio: dependency } }, null, 2)}\n`);
    writeFileSync(path.join(repo, 'package-lock.json'), JSON.stringify(makeLockfile(dependency), null, 2));
    run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], repo);
    expect(existsSync(path.join(repo, 'node_modules/planfolio/src'))).toBe(false);

    const init = run('npx', ['--no-install', 'planfolio', 'init'], repo);
    expect(init).toContain('wrote  plans/alex-morgan.md');
    const plan = readFileSync(path.join(repo, 'plans/alex-morgan.md'), 'utf8');
    // Editors find the schema in the installed package.
    expect(plan.split('\n')[1]).toBe('# yaml-language-server: $schema=../node_modules/planfolio/plan.schema.json');

    const build = run('npm', ['run', 'build', '--', '--no-pdf', '--no-search'], repo);
    expect(build).toMatch(/Built 1 plan into _site\/ \(\d+ pages\)/);
    // The history cache is the plans repository's, not inside the package.
    expect(existsSync(path.join(repo, 'node_modules/.cache/planfolio/history.json'))).toBe(true);

    const site = await serveStatic(path.join(repo, '_site'));
    try {
      const home = await fetch(`${site.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('/plans/alex-morgan/');
      const page = await fetch(`${site.url}/plans/alex-morgan/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('From support engineer to product manager');
    } finally {
      await site.close();
    }

    run('npx', ['--no-install', 'planfolio', 'pdf', 'plans/alex-morgan.md', '-o', 'alex.pdf'], repo);
    expect(run('pdfinfo', ['alex.pdf'], repo)).toMatch(/^Pages:\s+[1-9]/m);
    console.log(`install, init, build, serve and pdf (after packing) took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
