import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findTemplateLayers } from '../runtime/template-layers.js';
import type { Changes } from './rebuild-queue.js';

export interface WatchOptions {
  plansDir: string;
  /** Planfolio's own templates. */
  templatesDir: string;
  /** The project's templates/ that override them (default: the working folder's, unless that is Planfolio's own). */
  projectTemplatesDir?: string;
  /** Receives every change; must not throw. */
  onChange: (change: Partial<Changes>) => void;
  /** Receives watcher errors (permissions, vanished folders); must not throw. */
  onError: (error: unknown) => void;
}

/**
 * Watches the plans and templates folders (folders, not files, so editors
 * that save by writing a new file and renaming it are followed). When the
 * plans folder itself disappears, it is polled for until it is back, then
 * walked again. The project's templates/ is watched through the folder
 * holding it, so it is followed even when it is made after dev started.
 */
export function watchFiles(options: WatchOptions): { ready: Promise<void>; close: () => Promise<void> } {
  const plansDir = path.resolve(options.plansDir);
  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;
  let closed = false;

  const relative = (file: string) => path.relative(plansDir, file).split(path.sep).join('/');
  const inPlans = (file: string) => file.startsWith(plansDir + path.sep);
  const project = options.projectTemplatesDir ?? findTemplateLayers().project;
  const roots = [plansDir, options.templatesDir, ...(project ? [path.resolve(project)] : [])];
  const holder = project ? path.dirname(path.resolve(project)) : undefined;
  const within = (file: string, root: string) => file === root || file.startsWith(root + path.sep);
  // Of the folder holding the project's templates, only the templates (and any other watched folder) count.
  const isOutsideRoots = (file: string) => holder !== undefined && file.startsWith(holder + path.sep) && !roots.some((root) => within(file, root));
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const start = () => {
    watcher = watch(holder ? [...roots, holder] : roots, {
      ignoreInitial: true,
      ignored: (file) => /(^|[/\\])(\.git|node_modules)([/\\]|$)/.test(file) || /[/\\]\.[^/\\]*$/.test(file) || isOutsideRoots(file),
    });
    watcher.on('all', (event, file) => {
      try {
        if (file === holder) return;
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
      // Walked again once the new watcher is ready: a file written while it starts up
      // is not reported as an event (it is "initial"), so the walk must come after.
      watcher?.once('ready', () => options.onChange({ rescan: true }));
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
