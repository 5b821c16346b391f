import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError } from '../errors/errors.js';
import { sortProblems, type Problem } from '../errors/problem.js';
import { resolveToday } from '../dates/today.js';
import { checkAddresses } from './check-addresses.js';
import { findOutsideTarget, findPlanFiles, type FoundFiles } from './find-plan-files.js';
import { attachFacts, findDerivedFacts, makePlanSlug, makePlanUrl, readPlanFile, type PlanLocation, type ReadPlanFile } from './load-plan.js';
import { hashPlanBytes, locatePlanCache, openPlanCache, writePlanCache, type KeptPlan, type PlanCache } from './plan-cache.js';
import { saveOnExit } from '../runtime/save-on-exit.js';
import type { LoadedPlan, Portfolio } from './types.js';

export interface LoadOptions {
  /** The folder of plan files. */
  plansDir: string;
  /** Keep `draft` plans (watch mode) instead of leaving them out (published build). */
  includeDrafts?: boolean;
  /** The day facts are computed against; default `PLANFOLIO_TODAY` or the build day. */
  today?: string;
  /** The folder file names are shown relative to; default the working folder. */
  cwd?: string;
  /**
   * Where the plans of the last walk are kept for the next (see plan-cache.ts);
   * default node_modules/.cache/planfolio/plans/, false for none.
   */
  cacheDir?: string | false;
}

/** Shows a path relative to the working folder with `/` separators, as editors link it. */
export function showPath(absolutePath: string, cwd = process.cwd()): string {
  return path.relative(cwd, absolutePath).split(path.sep).join('/') || '.';
}

/**
 * Every plan file of a folder, parsed once and kept. A build loads them all;
 * watch mode tells the store which files changed and only those are read
 * again, while every other plan keeps its parsed result.
 */
export class PlanStore {
  readonly plansDir: string;
  private readonly cwd: string;
  private readonly displayDir: string;
  /** Each file's outcome, with its size and time as last read, to spot saves a watcher missed. */
  private readonly files = new Map<string, ReadPlanFile>();
  private found: FoundFiles = { files: [], refused: [], notes: [] };
  private readonly locations = new Map<string, PlanLocation>();
  private today: string;
  /** Reads after the first walk: each file's bytes are keyed for the plan cache, not looked up. */
  private keyed: PlanCache | undefined;
  private withdrawSave: (() => void) | undefined;

  constructor(private readonly options: LoadOptions) {
    this.cwd = options.cwd ?? process.cwd();
    this.plansDir = path.resolve(this.cwd, options.plansDir);
    this.displayDir = showPath(this.plansDir, this.cwd);
    this.today = options.today ?? resolveToday();
  }

  /** Walks the folder again and reads every file: the first load, or after folders moved. */
  async reloadAll(): Promise<Portfolio> {
    if (!isDirectory(this.plansDir)) throw new PlanfolioError(messages.noPlansFolder(this.displayDir));
    this.found = findPlanFiles(this.plansDir, this.displayDir);
    this.files.clear();
    const { cacheDir } = this.options;
    const file = cacheDir === false ? undefined : locatePlanCache(this.plansDir, cacheDir);
    const cache = file ? await openPlanCache(file) : undefined;
    for (const relativePath of this.found.files) this.read(relativePath, cache);
    if (file && cache) {
      // Written as the command ends, with the facts it derived; from now on each read file is only keyed.
      this.keyed = { find: (bytes) => ({ key: hashPlanBytes(bytes) }) };
      this.withdrawSave?.();
      const inFile = cache.keys();
      this.withdrawSave = saveOnExit(() => this.saveCache(file, inFile));
    }
    return this.snapshot();
  }

  /**
   * Reads again only the named files (relative to the plans folder); a file
   * that is gone is dropped, and one that really lies outside the folder (a
   * link made since the walk) is refused as the walk refuses it.
   */
  update(relativePaths: Iterable<string>): Portfolio {
    const root = realpathSync.native(this.plansDir);
    for (const relativePath of relativePaths) {
      this.found.refused = this.found.refused.filter((r) => r.relativePath !== relativePath);
      const { absolutePath } = this.locate(relativePath);
      const outside = findOutsideTarget(root, absolutePath);
      if (/\.md$/i.test(relativePath) && stampOf(absolutePath) && !outside) this.read(relativePath);
      else this.files.delete(relativePath);
      // As in the walk: a link named like a plan is reported; a file below a linked folder is passed over.
      if (outside && isLink(absolutePath) && /\.md$/i.test(relativePath)) {
        this.found.refused.push({ relativePath, message: messages.symlinkOutside(outside) });
      }
    }
    return this.snapshot();
  }

  /** The portfolio as it stands: valid plans, every problem, and notes. */
  snapshot(): Portfolio {
    const today = this.options.today ?? resolveToday();
    if (today !== this.today) this.rederive(today);
    const problems: Problem[] = this.found.refused.map((r) => ({ file: this.locate(r.relativePath).file, line: 1, column: 1, message: r.message }));
    const plans: LoadedPlan[] = [];
    const paths = [...this.files.keys()].sort();
    for (const relativePath of paths) {
      const { result } = this.files.get(relativePath)!;
      if (result.ok) plans.push(result.plan);
      else problems.push(...result.problems);
    }
    const located = paths.map((p) => this.locate(p));
    problems.push(...findDuplicatePages(located), ...checkAddresses(located, plans));
    return {
      plans: this.options.includeDrafts ? plans : plans.filter((p) => p.plan.status !== 'draft'),
      problems: sortProblems(problems),
      notes: this.found.notes,
      today: this.today,
    };
  }

  /**
   * The files added, changed or gone since they were last read, by a walk of
   * the folder and each file's size and time: what a watcher started after
   * the reading could not report. Undefined when the folder cannot be walked.
   */
  listChangedSinceRead(): string[] | undefined {
    if (!isDirectory(this.plansDir)) return undefined;
    const now = findPlanFiles(this.plansDir, this.displayDir).files;
    const onDisk = new Set(now);
    const gone = [...this.files.keys()].filter((relativePath) => !onDisk.has(relativePath));
    return [...now.filter((relativePath) => !this.files.has(relativePath) || this.isStale(relativePath)), ...gone];
  }

  /** Whether a file changed on disk since it was last read (or appeared, or went away). */
  isStale(relativePath: string): boolean {
    return stampOf(this.locate(relativePath).absolutePath) !== this.files.get(relativePath)?.stamp;
  }

  /** Milliseconds since a file was last modified (Infinity when it is gone). */
  ageOf(relativePath: string): number {
    try {
      return Date.now() - statSync(this.locate(relativePath).absolutePath).mtimeMs;
    } catch {
      return Infinity;
    }
  }

  private read(relativePath: string, cache = this.keyed): void {
    const { result, stamp, key } = readPlanFile(this.locate(relativePath), this.today, cache);
    // A file that could not be opened keeps the stamp it was last read with.
    this.files.set(relativePath, { result, stamp: stamp ?? this.files.get(relativePath)?.stamp, key });
  }

  /**
   * Keeps the valid plans as they stand for the next run, unless every one
   * came from the cache as it is on disk, with no facts derived since.
   */
  private async saveCache(file: string, inFile: Set<string>): Promise<void> {
    const kept = new Map<string, KeptPlan>();
    let changed = false;
    for (const { result, key } of this.files.values()) {
      if (!result.ok || !key) continue;
      const facts = findDerivedFacts(result.plan);
      changed ||= facts !== undefined || !inFile.has(key);
      kept.set(key, { key, loaded: result.plan, facts });
    }
    if (changed || kept.size !== inFile.size) await writePlanCache(file, kept.values());
  }

  // A dev server left running past midnight should not keep yesterday's "overdue".
  private rederive(today: string): void {
    this.today = today;
    for (const entry of this.files.values()) {
      if (!entry.result.ok) continue;
      const { file, absolutePath, relativePath, slug, url, plan, body, bodyLine } = entry.result.plan;
      entry.result = { ok: true, plan: attachFacts({ file, absolutePath, relativePath, slug, url, plan, body, bodyLine }, today) };
    }
  }

  // Every file is located on each save in watch mode (the address checks): kept once made.
  private locate(relativePath: string): PlanLocation {
    const known = this.locations.get(relativePath);
    if (known) return known;
    const absolutePath = path.join(this.plansDir, ...relativePath.split('/'));
    const location = { file: showPath(absolutePath, this.cwd), absolutePath, relativePath };
    this.locations.set(relativePath, location);
    return location;
  }
}

function stampOf(file: string): string | undefined {
  try {
    const info = statSync(file);
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Every file whose page address another file also gives, naming the other. */
function findDuplicatePages(files: PlanLocation[]): Problem[] {
  const bySlug = new Map<string, PlanLocation[]>();
  for (const file of files) {
    const slug = makePlanSlug(file.relativePath);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((g) => g !== file).map((g) => g.file).join(' and ');
      problems.push({ file: file.file, line: 1, column: 1, message: messages.duplicatePage(makePlanUrl(slug), others) });
    }
  }
  return problems;
}
