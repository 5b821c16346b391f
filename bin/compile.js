// Compiles src/ to plain JavaScript in dist/ (same layout), so the CLI and its
// worker threads start without a TypeScript loader: tsx's hooks cost about
// 0.2 s at every start and more in every worker thread. esbuild only strips
// types, file by file; `npm run typecheck` is what checks them.
// `npm install` runs this (the `prepare` script); bin/planfolio.js runs it
// again whenever a source file is newer than dist/.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Whether dist/ was compiled from exactly the sources as they are now. */
export function isCompiled() {
  try {
    const stamp = readFileSync(STAMP, 'utf8');
    return stamp === JSON.stringify(listSources());
  } catch {
    return false;
  }
}

/** Compiles src/ into a fresh folder and moves it into place as dist/. */
export async function compile() {
  const { build } = await import('esbuild');
  const sources = listSources();
  const staging = `${DIST}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const typescript = sources.map(([name]) => name).filter((name) => name.startsWith('src/') && name.endsWith('.ts'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: typescript,
    outdir: staging,
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  // Plain scripts (the dev server's browser client) are read from beside their modules.
  for (const [name] of sources) {
    if (name.startsWith('src/') && name.endsWith('.js')) cpSync(path.join(ROOT, name), path.join(staging, name.slice(4)));
  }
  // Eleventy's configuration imports the site plugin from src/; compiled, it sits beside it.
  await build({ absWorkingDir: ROOT, entryPoints: ['eleventy.config.ts'], outdir: staging, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  const config = path.join(staging, 'eleventy.config.js');
  writeFileSync(config, readFileSync(config, 'utf8').replaceAll('"./src/', '"./'));
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
