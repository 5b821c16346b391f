// A minimal reproduction, for a report to Eleventy, of why Planfolio renders
// plan pages in runs: one Eleventy build holds every page it renders until
// the build ends, so its memory grows with the size of the whole site rather
// than of a page. Plain Eleventy only (no Planfolio code): N Markdown pages of
// about K KB each through a one-line layout, built by Eleventy's own CLI.
// Each variant is built at each size with Eleventy's CLI. Then, through Eleventy's programmatic API, the heap left after write() has
// resolved (its results dropped, a full collection forced) is weighed with
// the Eleventy instance kept and with it let go: what the instance still
// holds once its build is over is what it held as the build went on.
// Usage: npx tsx bench/eleventy-memory.ts [--pages=1000,2000,4000] [--kb=40]
// Findings and how to read them: bench/NOTES.md.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stopRunningCommands, timeCommand } from './measure.js';
import { ELEVENTY_CLI } from './plain-eleventy.js';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (option('pages') ?? '1000,2000,4000').split(',').map(Number);
const KB = Number(option('kb') ?? 40);

/** What differs between the variants: the directory data of the pages, and whether they have a layout. */
const VARIANTS: { name: string; data: Record<string, unknown> }[] = [
  { name: 'layout', data: { layout: 'base.njk' } },
  { name: 'layout, eleventyExcludeFromCollections', data: { layout: 'base.njk', eleventyExcludeFromCollections: true } },
  { name: 'no layout', data: {} },
];

const WORDS = 'plan goal step mentor review outcome skill course interview portfolio deadline progress career team lead'.split(' ');

/** About `kb` KB of Markdown paragraphs, different for every page so that no two pages share a string. */
function makeBody(page: number, kb: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const words = Array.from({ length: 12 }, (_, w) => WORDS[(page * 7 + i * 3 + w) % WORDS.length]);
    const line = `${words.join(' ')} ${page}-${i}.`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return lines.join('\n');
}

/** A project of `pages` pages: `pages/page-N.md`, `pages/pages.json` (the variant's data), `_includes/base.njk`. */
function makeProject(pages: number, data: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eleventy-memory-'));
  mkdirSync(path.join(dir, 'pages'));
  mkdirSync(path.join(dir, '_includes'));
  writeFileSync(path.join(dir, '_includes', 'base.njk'), '<!doctype html><main>{{ content | safe }}</main>\n');
  writeFileSync(path.join(dir, 'pages', 'pages.json'), JSON.stringify(data));
  for (let page = 0; page < pages; page++) writeFileSync(path.join(dir, 'pages', `page-${page}.md`), `---\ntitle: Page ${page}\n---\n${makeBody(page, KB)}\n`);
  return dir;
}

/** The bytes of every file under a folder. */
function sumBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(path.join(dir, file));
    return sum + (stat.isFile() ? stat.size : 0);
  }, 0);
}

/**
 * Run in a process of its own with --expose-gc: builds the project in the
 * current folder with the programmatic API, drops write()'s results, and
 * prints the heap after a full collection, with the instance kept and then
 * without it.
 */
const AFTER_WRITE = `
const { Eleventy } = await import(${JSON.stringify(pathToFileURL(path.join(path.dirname(ELEVENTY_CLI), 'src', 'Eleventy.js')).href)});
const heap = () => (globalThis.gc(), globalThis.gc(), process.memoryUsage().heapUsed);
const before = heap();
let eleventy = new Eleventy('.', '_site', { quietMode: true });
await eleventy.write();
const kept = heap();
eleventy = undefined;
await new Promise((resolve) => setTimeout(resolve, 100));
const released = heap();
console.log(JSON.stringify({ before, kept, released }));
`;

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

// Builds run detached, in process groups of their own: stopping this script stops them too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopRunningCommands();
    process.exit(130);
  });
}

console.log(`Eleventy ${ELEVENTY_CLI}, Node ${process.version}; pages of about ${KB} KB of Markdown`);
const held: string[] = [];
console.log('| Variant | Pages | HTML written | Peak RSS | Peak over the 1st size | Wall |');
console.log('|---|---|---|---|---|---|');
for (const variant of VARIANTS) {
  let first: { rssKb: number; html: number } | undefined;
  for (const pages of SIZES) {
    const dir = makeProject(pages, variant.data);
    try {
      const args = [ELEVENTY_CLI, '--input=.', '--output=_site', '--quiet'];
      const run = await timeCommand(process.execPath, args, { cwd: dir });
      if (run.code !== 0) throw new Error(`eleventy exited with ${run.code}: ${run.stderr.slice(-500)}`);
      const html = sumBytes(path.join(dir, '_site'));
      first ??= { rssKb: run.maxRssKb, html };
      const grown = pages === SIZES[0] ? '–' : `+${mib((run.maxRssKb - first.rssKb) * 1024)} for +${mib(html - first.html)} of HTML`;
      console.log(`| ${variant.name} | ${pages} | ${mib(html)} | ${mib(run.maxRssKb * 1024)} | ${grown} | ${(run.wallMs / 1000).toFixed(1)} s |`);
      if (pages !== SIZES.at(-1)) continue;
      rmSync(path.join(dir, '_site'), { recursive: true, force: true });
      writeFileSync(path.join(dir, 'after-write.mjs'), AFTER_WRITE);
      const weighed = await timeCommand(process.execPath, ['--expose-gc', 'after-write.mjs'], { cwd: dir });
      if (weighed.code !== 0) throw new Error(`after-write.mjs exited with ${weighed.code}: ${weighed.stderr.slice(-500)}`);
      const heap = JSON.parse(weighed.stdout.trim().split('\n').at(-1)!) as { before: number; kept: number; released: number };
      const source = sumBytes(path.join(dir, 'pages'));
      held.push(
        `| ${variant.name} | ${pages} | ${mib(source)} | ${mib(html)} | ${mib(heap.kept - heap.before)} | ${mib(heap.released - heap.before)} | ${((heap.kept - heap.released) / html).toFixed(1)}x |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

console.log('\nThe heap after write() has resolved and its results are dropped (a full collection before each figure):');
console.log('| Variant | Pages | Markdown read | HTML written | Heap, the instance kept | Heap, the instance let go | Held by the instance, per byte of HTML |');
console.log('|---|---|---|---|---|---|---|');
for (const row of held) console.log(row);
