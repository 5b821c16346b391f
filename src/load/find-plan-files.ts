import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError } from '../errors/errors.js';

/** What walking the plans folder found. */
export interface FoundFiles {
  /** The `.md` files, below the plans folder with `/` separators. */
  files: string[];
  /** Files that could not be used, with a message for each (relative path, message). */
  refused: { relativePath: string; message: string }[];
  /** Things worth mentioning that are not errors. */
  notes: string[];
}

/**
 * Lists every `*.md` file below `plansDir`, sorted. Links that resolve inside
 * the folder are followed; links out of it are refused, so a plan folder can
 * never make a build read (and publish) a file from elsewhere on the machine.
 * The walk is synchronous: a thousand folders of one plan each are read in a
 * fraction of the time a thousand awaited calls take.
 */
export function findPlanFiles(plansDir: string, displayDir: string): FoundFiles {
  const root = realpathSync.native(plansDir);
  const found: FoundFiles = { files: [], refused: [], notes: [] };
  const seenDirs = new Set<string>();

  function walk(dir: string, relative: string): void {
    const real = realpathSync.native(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = readFolder(dir, relative);
    if (!entries) return;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Hidden entries (`.git` among them) and installed packages are never plans.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const absolutePath = path.join(dir, entry.name);
      const relativePath = relative ? `${relative}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = realpathOrUndefined(absolutePath);
        if (!target || !isInside(root, target)) {
          if (/\.md$/i.test(entry.name) || !target) {
            found.refused.push({ relativePath, message: messages.symlinkOutside(target ?? 'a missing file') });
          }
          continue;
        }
        const stats = lstatSync(target);
        isDir = stats.isDirectory();
        isFile = stats.isFile();
      }
      if (isDir) walk(absolutePath, relativePath);
      else if (isFile && /\.md$/i.test(entry.name)) found.files.push(relativePath);
      else if (isFile) found.notes.push(messages.ignoredFile(path.posix.join(displayDir, relativePath)));
    }
  }

  /**
   * A folder's entries, or undefined when it cannot be listed: a sub-folder
   * is then one problem and the walk goes on; the plans folder itself stops
   * the command with one line.
   */
  function readFolder(dir: string, relative: string) {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      if (!relative) throw new PlanfolioError(messages.unreadablePlansFolder(displayDir, reason));
      found.refused.push({ relativePath: relative, message: messages.unreadableFolder(reason) });
      return undefined;
    }
  }

  walk(plansDir, '');
  return found;
}

/**
 * Where a path really leads when that is outside the plans folder (its real
 * path `root`), else undefined. Watch mode asks this of every file it is told
 * about, so a link made after the first walk is refused as the walk refuses it.
 */
export function findOutsideTarget(root: string, file: string): string | undefined {
  const target = realpathOrUndefined(file);
  return target && !isInside(root, target) ? target : undefined;
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}
