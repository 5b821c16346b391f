// Compiles src/ to plain JavaScript in dist/, so the CLI starts without a
// TypeScript loader (tsx's hooks and transforms cost about 0.5 s at every
// start) and loads a few bundled files instead of hundreds of modules.
// esbuild only strips types; `npm run typecheck` is what checks them.
// `npm install` and `npm pack` run this (the `prepare` script); bin/planfolio.js
// runs it again whenever a source file is newer than dist/. An installed
// package holds dist/ but no src/: it runs what was compiled when it was packed.
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.stamp.json');
/** Inputs besides src/ whose change makes dist/ stale. */
const EXTRA_INPUTS = ['eleventy.config.ts', 'bin/compile.js'];

/** Every source file and its modification time, sorted by path. */
function listSources() {
  const files = readdirSync(SRC, { recursive: true })
    .map((name) => path.join('src', String(name)))
    .filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'));
  return [...files, ...EXTRA_INPUTS].sort().map((name) => [name.split(path.sep).join('/'), statSync(path.join(ROOT, name)).mtimeMs]);
}

/** Whether dist/ was compiled from exactly the sources as they are now (or, in a package without sources, at all). */
export function isCompiled() {
  if (!existsSync(SRC)) return existsSync(path.join(DIST, 'main.js'));
  try {
    const stamp = readFileSync(STAMP, 'utf8');
    return stamp === JSON.stringify(listSources());
  } catch {
    return false;
  }
}

/**
 * Packages small and pure enough to bundle: loading one file beats resolving
 * and loading their hundreds. (`yaml` is not among them: it is loaded only
 * when a plan has problems to place, see src/load/locate-problems.ts.)
 */
const BUNDLED = new Set(['zod', 'js-yaml', 'fastest-levenshtein']);
/**
 * The programs Planfolio starts: the CLI, Eleventy's configuration and a PDF
 * thread (src/pdf/pdf-pool.ts starts dist/pdf-thread.js beside its chunk).
 */
const ENTRIES = ['src/cli/main.ts', 'eleventy.config.ts', 'src/pdf/pdf-thread.ts'];

/** Leaves every other package to Node, as installed. */
const keepPackagesExternal = {
  name: 'keep-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Bundles src/ into dist/: one file per entry and shared chunks beside them
 * (commands stay lazily loaded), built in a fresh folder and moved into place.
 */
export async function compile() {
  const { build } = await import('esbuild');
  const sources = listSources();
  const staging = `${DIST}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled CommonJS packages may call require() for Node's own modules.
    banner: { js: "import { createRequire as __planfolioRequire } from 'node:module'; const require = __planfolioRequire(import.meta.url);" },
    plugins: [keepPackagesExternal],
    logLevel: 'error',
  });
  // The dev server's browser script is served as it is, not bundled.
  copyFileSync(path.join(SRC, 'watch', 'dev-client.js'), path.join(staging, 'dev-client.js'));
  writeFileSync(path.join(staging, '.stamp.json'), JSON.stringify(sources));
  // Another process may be compiling too: whichever lands last wins, and both are the same code.
  const old = `${DIST}.old-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, old);
  try {
    renameSync(staging, DIST);
  } catch (error) {
    if (!existsSync(DIST)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await compile();
  console.log(`Compiled src/ to dist/ in ${Math.round(performance.now() - started)} ms.`);
}
