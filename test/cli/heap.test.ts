// The build command tunes V8 for a build and hands the build V8's collector,
// which it runs once the site's data is let go (before the PDFs begin).
// Isolated: the flags it sets stay with this file's own process.
import { describe, expect, it } from 'vitest';
import { keepHeapNearLive } from '../../src/cli/build-command.js';

describe('keepHeapNearLive', () => {
  it('gives a collector that runs a full collection', () => {
    const collect = keepHeapNearLive();
    expect(typeof collect).toBe('function');
    // Garbage made here is gone after it: at most a quarter of what it added to the heap is left.
    collect();
    const before = process.memoryUsage().heapUsed;
    let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) => `line ${i} `.repeat(4));
    const full = process.memoryUsage().heapUsed;
    expect(full - before).toBeGreaterThan(10 * 1024 * 1024);
    garbage = undefined;
    collect();
    expect(garbage).toBeUndefined();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + (full - before) / 4);
  });
});
