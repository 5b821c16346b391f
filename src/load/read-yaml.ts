// The one reader that decides what front matter holds: js-yaml, seven to
// eight times faster here than the `yaml` package. That one is kept for what
// js-yaml cannot do, placing a problem at its line and column (locate-problems.ts),
// and is only loaded when a plan has a problem.
import jsYaml from 'js-yaml';

/** What js-yaml made of front matter: its data, or what it threw. */
export type YamlRead = { ok: true; data: unknown } | { ok: false; error: unknown };

/**
 * More values than any real plan holds. A plan is a few hundred; the check
 * adds the length of the front matter, so a long plan written without
 * aliases (at least one character a value) can never reach it.
 */
const MAX_VALUES = 100_000;

/**
 * Reads front matter with js-yaml's core schema, which keeps dates as text
 * (the schema reads them, with no time zone). Never throws: gray-matter calls
 * this as its YAML engine, and an error is kept to be placed and worded later.
 */
export function readYaml(source: string): YamlRead {
  try {
    return { ok: true, data: jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Whether the data is an alias bomb. js-yaml hands an alias over as a second
 * reference to the same object, so a billion laughs is small in memory, but
 * Zod, templates and JSON would walk it in full: count the values as such a
 * walk would visit them (a shared one each time it is reached, a cycle over
 * and over) and stop as soon as the count passes the limit.
 */
export function isAliasBomb(data: unknown, source: string): boolean {
  // No `*`, no alias: every value is then written out, and the limit is out of reach.
  if (!source.includes('*')) return false;
  const limit = MAX_VALUES + source.length;
  // A stack, not recursion: down a cycle, recursion would run out of stack before the count stopped it.
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (++visited > limit) return true;
    if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stack.push(item);
  }
  return false;
}
