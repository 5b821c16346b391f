import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPlan } from '../../src/load/load-plan.js';

// Files that are text, but not in a form a plan is read in: each gets one
// line that says what the file is and how to save it.
const location = { file: 'plans/p.md', absolutePath: '/tmp/p.md', relativePath: 'p.md' };
const linesOf = (bytes: Uint8Array) => {
  const result = loadPlan(bytes, location, '2026-11-25');
  return result.ok ? [] : result.problems.map(formatProblem);
};
const plan = `---\ntitle: Grow into a team lead\nowner: Sam Lee 李\ncreated: 2026-01-12\nvision:\n  horizon: 3 years\ngoals:\n  - title: G\n    outcome: O\n    due: 2026-12\n    steps:\n      - action: S\n---\nBody.\n`;

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'be' ? bytes.swap16() : bytes;
}

describe('files in a form plans are not read in', () => {
  const utf16Line = 'plans/p.md:1:1 the file is UTF-16; save it as UTF-8';
  const macLine = 'plans/p.md:1:1 the file has old Mac line endings (CR only); save it with LF or CRLF line endings';
  it.each([
    ['UTF-16 little-endian with a byte order mark', utf16(plan, 'le', true), utf16Line],
    ['UTF-16 little-endian without one', utf16(plan, 'le', false), utf16Line],
    ['UTF-16 big-endian with a byte order mark', utf16(plan, 'be', true), utf16Line],
    ['UTF-16 big-endian without one', utf16(plan, 'be', false), utf16Line],
    ['UTF-16 of text with no Latin letters, with a byte order mark', utf16('---\n李: 王\n---\n', 'le', true), utf16Line],
    ['CR-only line ends', Buffer.from(plan.replace(/\n/g, '\r')), macLine],
    ['CR-only line ends after a byte order mark', Buffer.from('\ufeff' + plan.replace(/\n/g, '\r')), macLine],
  ])('%s: one line saying how to save it', (_name, bytes, line) => {
    expect(linesOf(bytes)).toEqual([line]);
  });

  it('still reads LF and CRLF files, and a lone CR inside an LF file, as before', () => {
    expect(linesOf(Buffer.from(plan))).toEqual([]);
    expect(linesOf(Buffer.from(plan.replace(/\n/g, '\r\n')))).toEqual([]);
    expect(linesOf(Buffer.from(plan.replace('Body.', 'Body.\rmore')))).toEqual([]);
  });
});

describe('front matter that cannot be read for its depth', () => {
  const deep = 'plans/p.md:2:1 front matter is nested too deeply to read; flatten it';
  it.each([
    ['1 MiB of "["', `---\n${'['.repeat(1024 * 1024)}\n---\n`, [deep]],
    ['1 MiB of "{"', `---\n${'{'.repeat(1024 * 1024)}\n---\n`, [deep]],
    ['1 MiB of "- "', `---\n${'- '.repeat(512 * 1024)}\n---\n`, [deep]],
    ['1 MiB of "[" after a key', `---\ncustom: ${'['.repeat(1024 * 1024)}\n---\n`, [deep]],
  ])('%s prints one line', (_name, text, lines) => {
    expect(linesOf(Buffer.from(text))).toEqual(lines);
  });
});
