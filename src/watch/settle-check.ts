import { haveTemplatesChanged } from '../runtime/template-layers.js';
import type { DevBuild } from './dev-build.js';
import type { Changes } from './rebuild-queue.js';

/** How long after a save its file is looked at again, in case the watcher dropped a later event. */
const SETTLE_AFTER_MS = [150, 1000];

/** The timers' key for the templates (no plan's relative path starts with a NUL). */
const TEMPLATES = '\0templates';

/**
 * File watchers coalesce bursts of events and can drop the last one of a
 * burst, which would lose the final save (chokidar drops a second change of
 * a file within 50 ms: a formatter rewriting a file just saved). So after
 * each change, each plan is looked at again a little later, and rebuilt if
 * it differs from what was last read; after a template change, the
 * templates are, against what was last staged (`check.templates()`).
 */
export function makeSettleCheck(build: DevBuild, push: (change: Partial<Changes>) => void) {
  const timers = new Map<string, NodeJS.Timeout[]>();
  /** Looks again at `key` after each settle delay; a newer change to it starts the delays over. */
  const schedule = (key: string, look: () => void) => {
    for (const timer of timers.get(key) ?? []) clearTimeout(timer);
    timers.set(key, SETTLE_AFTER_MS.map((ms) => setTimeout(look, ms)));
  };
  const check = (relativePaths: Iterable<string>) => {
    for (const relativePath of relativePaths) {
      schedule(relativePath, () => {
        if (build.store.isStale(relativePath)) push({ plans: new Set([relativePath]) });
      });
    }
  };
  check.templates = () =>
    schedule(TEMPLATES, () => {
      // Never throws: a template folder gone meanwhile is the next event's business.
      haveTemplatesChanged().then((changed) => changed && push({ templates: true }), () => undefined);
    });
  check.cancel = () => {
    for (const list of timers.values()) for (const timer of list) clearTimeout(timer);
    timers.clear();
  };
  return check;
}
