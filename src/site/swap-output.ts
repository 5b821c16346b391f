import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

// A build writes into `<out>.building-<pid>` beside the output and swaps it
// in with two renames. Killed at any moment, it leaves either the old output
// complete, or the new one, or (between the renames) the old one parked as
// `<out>.old-<pid>`, which the next build puts back before it starts.

/** Where a build stages its output, beside the real output folder. */
export function makeStagingPath(outDir: string): string {
  return `${outDir}.building-${process.pid}`;
}

/** Replaces `outDir` with `staging`; the old output is removed only once the new one is in place. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

/**
 * Tidies what an interrupted build left: a parked old output goes back in
 * place when there is no output, and half-written staging folders go.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const leftovers = entries.filter((name) => name.startsWith(`${base}.building-`) || name.startsWith(`${base}.old-`));
  for (const name of leftovers.sort()) {
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.old-`) && !existsSync(outDir)) await rename(full, outDir);
    else await rm(full, { recursive: true, force: true });
  }
}
