// Pagefind alone on a built site: the search index's own CPU, which a full
// build spends beside its pages and PDFs. With the pages alone and the PDFs in
// one thread, it tells the least CPU a full build can use whatever overlaps,
// and so the least wall time on the machine's cores.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeOk, type CommandResult } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Pagefind's own command, from its npm package: it starts the binary and waits for it, so GNU time counts the binary's CPU. */
const PAGEFIND = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/**
 * Indexes `siteDir` with Pagefind's command into a temp folder, timed. Like a
 * build, it indexes only the pages marked `data-pagefind-body` (Pagefind
 * passes over the others when any page has it).
 */
export async function timeSearchAlone(siteDir: string, tmp: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const out = mkdtempSync(path.join(tmp, 'planfolio-bench-search-'));
  try {
    return await timeOk(process.execPath, [PAGEFIND, '--site', siteDir, '--output-path', out], { cwd: ROOT, env });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
