import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { messages } from '../errors/catalogue.js';
import { sortProblems, type Problem } from '../errors/problem.js';
import { deriveFacts } from '../facts/derive-facts.js';
import { planSchema } from '../schema/plan.js';
import { slugify } from '../schema/slugify.js';
import { explainIssues, explainNotMapping, explainYamlFailure } from './locate-problems.js';
import { splitFrontMatter, type RawProblem } from './parse-front-matter.js';
import { decodeSource } from './read-source.js';
import { isAliasBomb } from './read-yaml.js';
import type { PlanFacts } from '../facts/types.js';
import type { CachedPlan, FoundPlan } from './plan-cache.js';
import type { LoadedPlan } from './types.js';

/** Where a plan file is, in the three ways views and messages need. */
export interface PlanLocation {
  /** As shown to people (`plans/ana.md`). */
  file: string;
  absolutePath: string;
  /** Below the plans folder, `/`-separated. */
  relativePath: string;
}

/** One file's outcome: its plan, or the problems that kept it from being one. */
export type PlanFileResult = { ok: true; plan: LoadedPlan } | { ok: false; problems: Problem[] };

/**
 * Turns one file's bytes into a validated plan with its facts. This is the
 * single place plan files are parsed; watch mode calls it per changed file,
 * and history per version of a plan.
 */
export function loadPlan(bytes: Uint8Array, location: PlanLocation, today: string): PlanFileResult {
  const fail = (problems: RawProblem[]): PlanFileResult => ({
    ok: false,
    problems: sortProblems(problems.map((p) => ({ file: location.file, ...p }))),
  });
  const source = decodeSource(bytes);
  if (!source.ok) return fail([{ line: 1, column: 1, message: source.message }]);
  const split = splitFrontMatter(source.text);
  if (!split.ok) return fail(split.problems);
  // Front matter as js-yaml read it is validated; only when something is wrong
  // is it parsed again with the `yaml` package, to place each problem.
  const { yaml, read, body, bodyLine } = split.value;
  if (!read.ok) return fail(explainYamlFailure(yaml, read.error));
  const mapping = typeof read.data === 'object' && read.data !== null && !Array.isArray(read.data);
  if (!mapping) return fail(explainNotMapping(yaml, read.data));
  if (isAliasBomb(read.data, yaml)) return fail([{ line: 2, column: 1, message: messages.aliasBomb() }]);
  const validated = planSchema.safeParse(read.data, { reportInput: true });
  if (!validated.success) return fail(explainIssues(yaml, validated.error.issues));

  return { ok: true, plan: placePlan(location, { plan: validated.data, body, bodyLine }, today) };
}

/** A plan where its file is: its page address from the path, and its facts (as kept, when they were). */
function placePlan(location: PlanLocation, parsed: CachedPlan, today: string, facts?: () => PlanFacts): LoadedPlan {
  const slug = makePlanSlug(location.relativePath);
  return attachFacts({ ...location, slug, url: makePlanUrl(slug), ...parsed }, today, facts);
}

/**
 * The page slug of a plan from its path below the plans folder:
 * `ana/2026-lead.md` gives `ana/2026-lead`. Each folder and the file name are
 * slugified on their own, so a slug can never climb out with `..`.
 */
export function makePlanSlug(relativePath: string): string {
  return relativePath.replace(/\.md$/i, '').split('/').map((part) => slugify(part) || 'plan').join('/');
}

/** The site URL of a plan page. */
export function makePlanUrl(slug: string): string {
  return `/plans/${slug}/`;
}

/**
 * A loaded plan with its facts, worked out once, the first time anything
 * reads them: `planfolio check` never does, and deriving them for 1,000
 * plans costs it about a tenth of its time.
 */
export function attachFacts(loaded: Omit<LoadedPlan, 'facts'>, today: string, kept?: () => PlanFacts): LoadedPlan {
  const state: FactsState = { derived: false };
  const get = () => {
    if (!state.facts) [state.facts, state.derived] = kept ? [kept(), false] : [deriveFacts(loaded.plan, today, loaded.body), true];
    return state.facts;
  };
  states.set(loaded, state);
  return Object.defineProperty(loaded, 'facts', { get, enumerable: true, configurable: true }) as LoadedPlan;
}

/** Whether a plan's facts were worked out, and whether by this run or taken from the plan cache. */
interface FactsState {
  facts?: PlanFacts;
  derived: boolean;
}
const states = new WeakMap<object, FactsState>();

/** A plan's facts when this run derived them (the plan cache keeps them for the next); undefined when nothing read them yet, or they were kept. */
export function findDerivedFacts(loaded: LoadedPlan): PlanFacts | undefined {
  const state = states.get(loaded);
  return state?.derived ? state.facts : undefined;
}

/** One file read: its outcome, and its size and time as read (to spot later saves). */
export interface ReadPlanFile {
  result: PlanFileResult;
  stamp: string | undefined;
  /** The key of the bytes read, with a plan cache. */
  key?: string;
}

/**
 * Reads one plan file from disk and loads it. Reads are synchronous: for many
 * small files they beat a thousand promises queued on libuv's four threads.
 * (A second thread for large folders was tried: on two cores it was no
 * faster, as both threads then compete with V8's own compiler and collector.)
 * With a plan cache, bytes that gave a valid plan before give it again
 * without being parsed.
 */
export function readPlanFile(location: PlanLocation, today: string, cache?: { find(bytes: Uint8Array, today: string): FoundPlan }): ReadPlanFile {
  let stamp: string | undefined;
  try {
    // One open file for the stamp and the bytes: a stat by path as well
    // cost a check of 1,000 plans about 20 ms here.
    const fd = openSync(location.absolutePath, 'r');
    try {
      const info = fstatSync(fd);
      if (info.isFile()) stamp = `${info.size}:${info.mtimeMs}`;
      const bytes = readFileSync(fd);
      const found = cache?.find(bytes, today);
      if (!found?.cached) return { result: loadPlan(bytes, location, today), stamp, key: found?.key };
      const facts = found.facts;
      const kept = facts === undefined ? undefined : () => JSON.parse(facts) as PlanFacts;
      return { result: { ok: true, plan: placePlan(location, found.cached, today, kept) }, stamp, key: found.key };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException)?.code ?? String(error);
    const problem = { file: location.file, line: 1, column: 1, message: messages.unreadable(reason) };
    return { result: { ok: false, problems: [problem] }, stamp };
  }
}
