// Planfolio's templates come in two layers: its own (TEMPLATES_DIR) and the
// project's templates/ folder, whose files replace Planfolio's file by file
// and may add new ones. Eleventy reads one input folder and finds layouts in
// one folder only, so when a project has templates of its own the two layers
// are merged into a staging folder that Eleventy reads instead; each staged
// file remembers which file it came from, so errors name the project's own.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, rmdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR, TEMPLATES_DIR } from './project-paths.js';

/** Eleventy's includes and layouts folders, inside the templates folder. */
export const INCLUDES_DIR = '_includes';
export const LAYOUTS_DIR = '_includes/layouts';

/** Where the templates come from: Planfolio's own, and the project's folder that overrides them. */
export interface TemplateLayers {
  builtIn: string;
  /** The project's templates/ (it may not exist yet); absent when it is Planfolio's own (the starter repository). */
  project?: string;
}

/** The folder Eleventy reads, and the file each of its files came from. */
export interface StagedTemplates {
  dir: string;
  /** The file a file of `dir` was copied from (itself when nothing was staged); for a file in neither layer, where the project would put it. */
  sourceOf: (file: string) => string;
  /** Whether a project's file takes the place of one of Planfolio's. */
  isOverride: (source: string) => boolean;
}

/** The layers for a project folder: its templates/ overrides Planfolio's unless it is the very same folder. */
export function findTemplateLayers(cwd = process.cwd()): TemplateLayers {
  const project = path.resolve(cwd, 'templates');
  return isSameFolder(project, TEMPLATES_DIR) ? { builtIn: TEMPLATES_DIR } : { builtIn: TEMPLATES_DIR, project };
}

function isSameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Merges the layers into the project's staging folder, copying only files
 * that changed since the last staging (by size and modification time) and
 * removing those gone from both layers, so a rebuild after one save copies
 * one file. Without project templates, Planfolio's own folder is read as it is.
 */
export async function stageTemplates(layers: TemplateLayers = findTemplateLayers()): Promise<StagedTemplates> {
  const identity = { dir: layers.builtIn, sourceOf: (file: string) => file, isOverride: () => false };
  const project = layers.project;
  if (!project || !statSync(project, { throwIfNoEntry: false })?.isDirectory()) return identity;
  const sources = new Map<string, string>();
  const overrides = new Set<string>();
  for (const layer of [layers.builtIn, project]) {
    for (const file of await listFiles(layer)) {
      if (sources.has(file)) overrides.add(path.join(layer, file));
      sources.set(file, path.join(layer, file));
    }
  }
  const dir = findStagingDir(project);
  await Promise.all([...sources].map(([file, source]) => copyIfChanged(source, path.join(dir, file))));
  await removeStrays(dir, sources);
  const staged = new Map([...sources].map(([file, source]) => [path.join(dir, file), source]));
  const sourceOf = (file: string) => {
    const full = path.resolve(file);
    const relative = path.relative(dir, full);
    return staged.get(full) ?? (relative.startsWith('..') || path.isAbsolute(relative) ? file : path.join(project, relative));
  };
  return { dir, sourceOf, isOverride: (source) => overrides.has(source) };
}

/**
 * What the templates on disk are, as one string: every file of both layers
 * with its size and modification time. Two snapshots differ when a file was
 * saved, added or removed between them.
 */
async function snapshotTemplates(layers: TemplateLayers): Promise<string> {
  const roots = [layers.builtIn, ...(layers.project && existsSync(layers.project) ? [layers.project] : [])];
  const lines = await Promise.all(
    roots.map(async (root) => {
      const files = await listFiles(root).catch(() => [] as string[]);
      const stats = await Promise.all(files.map((file) => stat(path.join(root, file)).catch(() => undefined)));
      return files.map((file, i) => `${root}\0${file}\0${stats[i]?.size}\0${stats[i]?.mtimeMs}`);
    }),
  );
  return lines.flat().sort().join('\n');
}

/** The templates as watch mode last remembered them, for `haveTemplatesChanged`. */
let lastStaged: { layers: TemplateLayers; snapshot: string } | undefined;

/**
 * Remembers the templates as they are now. Watch mode calls it right before
 * it stages them, so a save landing meanwhile differs from what it remembers;
 * a build, which never asks again, does not pay for it.
 */
export async function rememberTemplates(layers: TemplateLayers = findTemplateLayers()): Promise<void> {
  lastStaged = { layers, snapshot: await snapshotTemplates(layers) };
}

/**
 * Whether a template was saved, added or removed since `rememberTemplates`;
 * false before it. Watch mode asks it a moment after a template change,
 * because the watcher drops a second save of a file within 50 ms of the first.
 */
export async function haveTemplatesChanged(): Promise<boolean> {
  return lastStaged !== undefined && (await snapshotTemplates(lastStaged.layers)) !== lastStaged.snapshot;
}

/** One staging folder per project templates folder, among Planfolio's caches. */
export function findStagingDir(projectTemplates: string): string {
  const real = existsSync(projectTemplates) ? realpathSync(projectTemplates) : path.resolve(projectTemplates);
  return path.join(CACHE_DIR, `templates-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`);
}

/** Every file below a folder, relative to it; hidden files (editor swap files, .DS_Store) are left out. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // A link counts when it leads to a file (a linked folder is not walked).
  const isFile = (entry: (typeof entries)[number]) =>
    entry.isFile() || (entry.isSymbolicLink() && statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.isFile() === true);
  return entries
    .filter(isFile)
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).some((part) => part.startsWith('.')));
}

async function copyIfChanged(source: string, target: string): Promise<void> {
  const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  // utimes sets a time to the millisecond, so a copy's time is its source's within one.
  if (to && to.size === from.size && Math.abs(to.mtimeMs - from.mtimeMs) < 1) return;
  await mkdir(path.dirname(target), { recursive: true });
  // Copied beside and renamed into place, so a build reading the folder meanwhile sees a whole file.
  const partial = `${target}.${process.pid}.partial`;
  await copyFile(source, partial);
  await utimes(partial, from.atime, from.mtime);
  await rename(partial, target);
}

/** Removes staged files whose source is gone (an override deleted), then emptied folders. */
async function removeStrays(dir: string, sources: Map<string, string>): Promise<void> {
  const staged = await readdir(dir, { recursive: true, withFileTypes: true });
  const folders: string[] = [];
  for (const entry of staged) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(full);
    else if (!sources.has(path.relative(dir, full)) && !entry.name.endsWith('.partial')) await rm(full, { force: true });
  }
  // Deepest first, so a folder emptied of folders goes too; a folder still holding files stays.
  for (const folder of folders.sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}
