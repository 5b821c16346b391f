// Reading a plan file from disk: its bytes through the one loader, and the
// size and time it had when read, so watch mode can tell a later save.
import { readFileSync, statSync } from 'node:fs';
import { loadPlan, makeUnreadableProblem, type PlanFileResult, type PlanLocation } from './load-plan.js';

/** One file read: its outcome, and its size and time as read (to spot later saves). */
export interface ReadPlanFile {
  result: PlanFileResult;
  stamp: string | undefined;
}

/**
 * Reads one plan file and validates it. Reads are synchronous: for many
 * small files they beat a thousand promises queued on libuv's four threads.
 * (A second thread was tried for large folders: on two cores it was no
 * faster, as both threads then compete with V8's own compiler and collector.)
 */
export function readPlanFile(location: PlanLocation, today: string): ReadPlanFile {
  let stamp: string | undefined;
  try {
    const info = statSync(location.absolutePath);
    if (info.isFile()) stamp = `${info.size}:${info.mtimeMs}`;
    return { result: loadPlan(readFileSync(location.absolutePath), location, today), stamp };
  } catch (error) {
    return { result: { ok: false, problems: [makeUnreadableProblem(location.file, error)] }, stamp };
  }
}
