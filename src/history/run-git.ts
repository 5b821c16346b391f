// The one place history starts git processes. Every call goes through here so
// the environment is the same everywhere and a missing git is one clear case.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** What a finished git command gave. */
interface GitOutput {
  /** Exit code; -1 when git could not be started. */
  code: number;
  stdout: Buffer;
  stderr: string;
  /** Set when the process could not be started (git not installed: `ENOENT`). */
  startError?: NodeJS.ErrnoException;
}

/** Starts git with piped streams, in `cwd`. */
export function startGit(args: string[], cwd: string): ChildProcessWithoutNullStreams {
  // Never prompt for credentials (a build has no one to answer), never take
  // optional locks (a build must not fight an editor's git), and speak English,
  // so the few messages we look at read the same everywhere (data such as paths
  // and names is UTF-8 whatever the locale).
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', LANGUAGE: 'C' };
  return spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs git to the end and collects its output; never rejects. */
export function runGit(args: string[], cwd: string, input?: string): Promise<GitOutput> {
  return new Promise((resolve) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = startGit(args, cwd);
    } catch (error) {
      // spawn throws synchronously when cwd is not a folder.
      resolve({ code: -1, stdout: Buffer.alloc(0), stderr: '', startError: error as NodeJS.ErrnoException });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let startError: NodeJS.ErrnoException | undefined;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => (startError = error));
    // A process that exits before reading its input breaks the pipe; the exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) =>
      resolve({
        code: startError ? -1 : (code ?? -1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        startError,
      }),
    );
    child.stdin.end(input ?? '');
  });
}

/** The first line of git's complaint, for a note a person reads. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((each) => each.trim() !== '');
  return line?.trim().replace(/^(fatal|error): /, '') ?? '';
}
