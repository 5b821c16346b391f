import type { DevBuild } from './dev-build.js';
import type { Changes } from './rebuild-queue.js';

/** How long after a save its file is looked at again, in case the watcher dropped a later event. */
const SETTLE_AFTER_MS = [150, 1000];

/**
 * File watchers coalesce bursts of events and can drop the last one of a
 * burst, which would lose the final save. So after each change, each file
 * is looked at again a little later, and rebuilt if it differs from what was
 * last read.
 */
export function makeSettleCheck(build: DevBuild, push: (change: Partial<Changes>) => void) {
  const timers = new Map<string, NodeJS.Timeout[]>();
  const check = (relativePaths: Iterable<string>) => {
    for (const relativePath of relativePaths) {
      for (const timer of timers.get(relativePath) ?? []) clearTimeout(timer);
      timers.set(
        relativePath,
        SETTLE_AFTER_MS.map((ms) =>
          setTimeout(() => {
            if (build.store.isStale(relativePath)) push({ plans: new Set([relativePath]) });
          }, ms),
        ),
      );
    }
  };
  check.cancel = () => {
    for (const list of timers.values()) for (const timer of list) clearTimeout(timer);
    timers.clear();
  };
  return check;
}
