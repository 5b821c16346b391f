import { describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/history/read-blobs.js';
import { parseGitLog, traceLineages } from '../../src/history/read-git-history.js';
import { makeRepo } from './git-repo.js';

describe('readBlobs', () => {
  it('streams blobs of any size in the order asked, and reports missing ones without failing', async () => {
    const repo = makeRepo();
    const big = `---\ntitle: Big\n---\n${'A long body line with ünïcode.\n'.repeat(12_000)}`;
    repo.commit('Add', '2026-01-12', { 'plans/big.md': big, 'plans/small.md': 'small\n', 'plans/empty.md': '' });
    const oidOf = (file: string) => repo.git('rev-parse', `HEAD:${file}`).trim();
    const oids = [oidOf('plans/small.md'), oidOf('plans/big.md'), '0123456789012345678901234567890123456789', oidOf('plans/empty.md'), oidOf('plans/small.md')];
    const got: [string, string | undefined][] = [];
    for await (const blob of readBlobs(repo.dir, oids)) got.push([blob.oid, blob.bytes?.toString('utf8')]);
    expect(got).toEqual([
      [oids[0], 'small\n'],
      [oids[1], big],
      [oids[2], undefined],
      [oids[3], ''],
      [oids[4], 'small\n'],
    ]);
  });
});

describe('parseGitLog and traceLineages', () => {
  const log = (entries: string[][]) =>
    entries.map(([hash, subject, ...raw]) => `\x1e${hash}\x1fSam\x1f2026-01-0${hash}\x1f${subject}\0\n${raw.join('\0')}\0`).join('');
  const meta = (status: string, oid = 'b'.repeat(40)) => `:100644 100644 ${'a'.repeat(40)} ${oid} ${status}`;

  it('keeps only Markdown plan files below the prefix, and reads renames, copies and type changes', () => {
    const commits = parseGitLog(
      log([
        ['2', 'second', meta('R100'), 'plans/a.md', 'plans/b.md', meta('M'), 'plans/notes.txt', meta('R090'), 'plans/c.txt', 'plans/c.md', `:100644 120000 ${'a'.repeat(40)} ${'c'.repeat(40)} T`, 'plans/d.md'],
        ['1', 'first', `:000000 100644 ${'0'.repeat(40)} ${'d'.repeat(40)} A`, 'plans/a.md', `:000000 100644 ${'0'.repeat(40)} ${'e'.repeat(40)} A`, 'plans/d.md'],
      ]),
      'plans/',
    );
    expect(commits.map((c) => [c.hash, c.subject, c.date, c.changes])).toEqual([
      [
        '2',
        'second',
        '2026-01-02',
        [
          { kind: 'renamed', path: 'b.md', previousPath: 'a.md', oid: 'b'.repeat(40) },
          { kind: 'changed', path: 'c.md', oid: 'b'.repeat(40) },
          { kind: 'deleted', path: 'd.md' },
        ],
      ],
      [
        '1',
        'first',
        '2026-01-01',
        [
          { kind: 'changed', path: 'a.md', oid: 'd'.repeat(40) },
          { kind: 'changed', path: 'd.md', oid: 'e'.repeat(40) },
        ],
      ],
    ]);
  });

  it('follows two files that swap names in one commit', () => {
    const commits = parseGitLog(
      log([
        ['2', 'swap', meta('R100', '2'.repeat(40)), 'plans/a.md', 'plans/b.md', meta('R100', '1'.repeat(40)), 'plans/b.md', 'plans/a.md'],
        ['1', 'add', `:000000 100644 ${'0'.repeat(40)} ${'2'.repeat(40)} A`, 'plans/a.md', `:000000 100644 ${'0'.repeat(40)} ${'1'.repeat(40)} A`, 'plans/b.md'],
      ]),
      'plans/',
    );
    const lineages = traceLineages(commits, new Set());
    expect(lineages.get('a.md')!.map((e) => [e.event, e.path, e.oid![0]])).toEqual([
      ['added', 'b.md', '1'],
      ['renamed', 'a.md', '1'],
    ]);
    expect(lineages.get('b.md')!.map((e) => [e.event, e.path, e.oid![0]])).toEqual([
      ['added', 'a.md', '2'],
      ['renamed', 'b.md', '2'],
    ]);
  });
});
