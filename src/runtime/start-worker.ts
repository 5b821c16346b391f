import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module beside `fromUrl` (`name` without its
 * extension). Compiled, the module is a `.js` file and starts as is. Run from
 * source under tsx (or vitest) it is a `.ts` file, and Node 20 does not pass
 * a `--import tsx` loader on to workers, so a small bootstrap registers tsx's
 * loader inside the thread first, then imports the module.
 */
export function startWorker(fromUrl: string, name: string, workerData: unknown): Worker {
  const isTypeScript = /\.[cm]?ts$/.test(new URL(fromUrl).pathname);
  const url = new URL(`./${name}.${isTypeScript ? 'ts' : 'js'}`, fromUrl);
  // Rendering and validating make much short-lived garbage; a roomier young
  // generation scavenges less often and costs less CPU (128 MB took a
  // 20,000-version history from 6.5-7.9 s to 6.0-6.7 s next to 48 MB).
  const resourceLimits = { maxYoungGenerationSizeMb: 128 };
  if (!isTypeScript) return new Worker(url, { workerData, resourceLimits });
  const api = pathToFileURL(createRequire(fromUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = [
    `import(${JSON.stringify(api)})`,
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
    `.catch((error) => { console.error(error); process.exit(1); });`,
  ].join('');
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
