// The type check of `npm test`: tsc runs from the start of the run, beside
// the other files (start-type-check.ts), and this file, run last, reads what
// it said. `npm run typecheck` runs the same check alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { waitForFile } from '../helpers/shared-builds.js';

describe('the TypeScript of src, test, bench and the Eleventy config', () => {
  it('type-checks: tsc --noEmit prints nothing and exits 0', { timeout: 180_000 }, async () => {
    const file = inject('typeCheckResult');
    await waitForFile(path.dirname(file), path.basename(file), 175_000, 'tsc --noEmit to finish');
    const { code, output } = JSON.parse(readFileSync(file, 'utf8')) as { code: number | null; output: string };
    // tsc's own messages, file(LINE,COL): error TSxxxx, are the diff a failure shows.
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});
