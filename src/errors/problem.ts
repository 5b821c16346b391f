/** One thing wrong with one file, at one place in it. */
export interface Problem {
  /** The file as shown to people (`plans/ana.md`). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The field path (`goals[0].steps`), absent for problems with the file itself. */
  path?: string;
  /** What is wrong and what would be right. */
  message: string;
}

/** Writes a Zod-style path as people read it: `goals[0].steps[1].action`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The one line a problem prints as: `plans/ana.md:12:5 goals[0].stpes: unknown key; ...`. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}

/** Orders problems by file, then line, then column, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
