// Old versions of plan files, all through ONE `git cat-file --batch` process:
// blob ids go in on stdin, framed contents come back on stdout in the same order.
import { runGit, startGit } from './run-git.js';
import type { GitRepository } from './read-git-history.js';

/** One requested blob: its bytes, or undefined when git could not give it. */
interface BlobContent {
  oid: string;
  bytes: Buffer | undefined;
}

/**
 * Streams the contents of `oids`, in order. Each blob is handed over as soon
 * as it is complete, so a caller that validates as it goes never holds every
 * version of every plan in memory at once. Blobs git could not give (a broken
 * or partial repository) come back with no bytes rather than an error.
 */
export async function* readBlobs(top: string, oids: string[]): AsyncGenerator<BlobContent> {
  if (oids.length === 0) return;
  // --buffer: git writes in large blocks instead of flushing after every object.
  const child = startGit(['cat-file', '--batch', '--buffer'], top);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.on('error', () => undefined);
  child.stdin.on('error', () => undefined);
  child.stderr.resume();
  child.stdin.end(`${oids.join('\n')}\n`);

  let next = 0;
  // A frame cut by a chunk boundary waits in `rest`; only that frame is ever
  // copied, never the chunk around it.
  let rest: Buffer[] = [];
  let restLength = 0;
  let frameLength: number | undefined; // of the frame in `rest`, once its header is in
  const take = (frame: Frame) => {
    // Output follows input order; a mismatch means the stream is not what we think.
    if (frame.oid !== oids[next]) throw new Error(`git cat-file answered ${frame.oid} for ${oids[next]}`);
    next += 1;
    return { oid: frame.oid, bytes: frame.bytes };
  };
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let data = chunk;
      if (restLength > 0) {
        frameLength ??= readFrame(Buffer.concat([...rest, chunk.subarray(0, HEADER_MAX)]), 0)?.end;
        if (frameLength === undefined || frameLength > restLength + chunk.length) {
          rest.push(chunk);
          restLength += chunk.length;
          continue;
        }
        const used = frameLength - restLength;
        yield take(readFrame(Buffer.concat([...rest, chunk.subarray(0, used)]), 0)!);
        [rest, restLength, frameLength, data] = [[], 0, undefined, chunk.subarray(used)];
      }
      let offset = 0;
      for (let frame = readFrame(data, 0); frame && frame.end <= data.length; frame = readFrame(data, offset)) {
        offset = frame.end;
        yield take(frame);
      }
      if (offset < data.length) [rest, restLength] = [[Buffer.from(data.subarray(offset))], data.length - offset];
    }
  } catch {
    // Whatever was not read is reported as unavailable below.
  } finally {
    if (child.exitCode === null) child.kill();
    await exited;
  }
  for (; next < oids.length; next++) yield { oid: oids[next]!, bytes: undefined };
}

/** A header line is an object id, a type and a size: well under this many bytes. */
const HEADER_MAX = 256;

interface Frame extends BlobContent {
  /** Where the next frame starts; past the buffer's end while the frame is incomplete. */
  end: number;
}

/** Reads the `<oid> <type> <size>\n<bytes>\n` (or `<oid> missing\n`) frame at offset, once its header line is in. */
function readFrame(buffer: Buffer, offset: number): Frame | undefined {
  const newline = buffer.indexOf(10, offset);
  if (newline < 0) return undefined;
  const [oid = '', type = '', size = ''] = buffer.toString('latin1', offset, newline).split(' ');
  const start = newline + 1;
  // `missing` and `ambiguous` have no content after the header line.
  if (size === '' || type === 'missing' || type === 'ambiguous') return { oid, bytes: undefined, end: start };
  const end = start + Number(size);
  // Anything but a blob (a submodule's commit, say) is not a plan.
  return { oid, bytes: type === 'blob' ? buffer.subarray(start, end) : undefined, end: end + 1 };
}

/**
 * In a partial (blobless) clone, such as Netlify's, old versions are not on
 * disk and `cat-file` would fetch them one round trip at a time. This asks
 * `rev-list` which of them are missing (without fetching) and fetches those
 * in one request, as git itself does for its own batch prefetches. When that
 * fails, reading falls back to git's one-by-one fetching.
 */
export async function prefetchMissingBlobs(repository: GitRepository, oids: string[]): Promise<void> {
  if (!repository.partial || oids.length === 0) return;
  const pathspec = repository.prefix ? `:(literal)${repository.prefix}` : '.';
  const listed = await runGit(['rev-list', '--objects', '--missing=print', '--first-parent', 'HEAD', '--', pathspec], repository.top);
  if (listed.code !== 0) return;
  const wanted = new Set(oids);
  const missing = listed.stdout
    .toString('latin1')
    .split('\n')
    .filter((line) => line.startsWith('?') && wanted.has(line.slice(1)))
    .map((line) => line.slice(1));
  if (missing.length === 0) return;

  const remotes = await runGit(['config', '--get-regexp', '^remote\\..*\\.promisor$'], repository.top);
  const remote = /^remote\.(.+)\.promisor true$/m.exec(remotes.stdout.toString('utf8'))?.[1] ?? 'origin';
  await runGit(
    ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no',
      '--filter=blob:none', '--stdin', remote],
    repository.top,
    `${missing.join('\n')}\n`,
  );
}
