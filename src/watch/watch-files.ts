import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Changes } from './rebuild-queue.js';

export interface WatchOptions {
  plansDir: string;
  templatesDir: string;
  /** Receives every change; must not throw. */
  onChange: (change: Partial<Changes>) => void;
  /** Receives watcher errors (permissions, vanished folders); must not throw. */
  onError: (error: unknown) => void;
}

/**
 * Watches the plans and templates folders (folders, not files, so editors
 * that save by writing a new file and renaming it are followed). When the
 * plans folder itself disappears, it is polled for until it is back, then
 * walked again.
 */
export function watchFiles(options: WatchOptions): { ready: Promise<void>; close: () => Promise<void> } {
  const plansDir = path.resolve(options.plansDir);
  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;
  let closed = false;

  const relative = (file: string) => path.relative(plansDir, file).split(path.sep).join('/');
  const inPlans = (file: string) => file.startsWith(plansDir + path.sep);
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const start = () => {
    watcher = watch([plansDir, options.templatesDir], {
      ignoreInitial: true,
      ignored: (file) => /(^|[/\\])(\.git|node_modules)([/\\]|$)/.test(file) || /[/\\]\.[^/\\]*$/.test(file),
    });
    watcher.on('all', (event, file) => {
      try {
        if (!inPlans(file)) return options.onChange({ templates: true });
        if (event === 'addDir' || event === 'unlinkDir') return options.onChange({ rescan: true });
        if (/\.md$/i.test(file)) options.onChange({ plans: new Set([relative(file)]) });
      } catch (error) {
        options.onError(error);
      }
    });
    watcher.on('unlinkDir', () => {
      if (!existsSync(plansDir)) void waitForPlansFolder();
    });
    watcher.on('error', (error) => options.onError(error));
    watcher.on('ready', () => markReady());
  };
  // Many unlinkDir events arrive when a folder tree goes; only the first starts the wait.
  let waiting = false;
  const waitForPlansFolder = async () => {
    if (waiting) return;
    waiting = true;
    await watcher?.close();
    watcher = undefined;
    poll = setInterval(() => {
      if (closed || !existsSync(plansDir)) return;
      clearInterval(poll);
      poll = undefined;
      waiting = false;
      start();
      options.onChange({ rescan: true });
    }, 250);
  };

  start();
  return {
    ready,
    close: async () => {
      closed = true;
      clearInterval(poll);
      await watcher?.close();
    },
  };
}
