import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/history/run-history-batches.js';

/** A promise settled from outside, as a worker's answer is. */
function defer() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => [resolve, reject] = [res, rej]);
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('history batches in flight', () => {
  it('waits for any batch to finish, in whatever order they finish, without starving timers and messages', async () => {
    const inFlight = new InFlight();
    const batches = [defer(), defer(), defer(), defer()];
    for (const batch of batches) inFlight.add(batch.promise);
    // Answered out of order: the third before the second, as two workers do.
    batches[0]!.resolve();
    batches[2]!.resolve();
    await tick();
    expect(inFlight.size).toBe(2);

    let waited = false;
    const waiting = inFlight.waitUntilAtMost(1).then(() => (waited = true));
    // The event loop still turns while waiting (a timer fires), and the wait is not over yet.
    await tick();
    expect(waited).toBe(false);
    batches[3]!.resolve();
    await waiting;
    expect(inFlight.size).toBe(1);
  });

  it('counts a failed batch as finished', async () => {
    const inFlight = new InFlight();
    const batch = defer();
    inFlight.add(batch.promise);
    batch.promise.catch(() => undefined);
    batch.reject(new Error('a worker failed'));
    await inFlight.waitUntilAtMost(0);
    expect(inFlight.size).toBe(0);
  });
});
