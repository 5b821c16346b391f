// Check and build must agree on addresses: every name that would give two
// plans, people or tags the same page or file is either reported by check
// (and the build stops with the same lines) or made unique, and then the
// build writes every page, each its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePortfolio, makeTempDir, writePlan } from '../helpers/portfolio.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

interface ClashCase {
  name: string;
  files: Record<string, string>;
  /** Commit the plans into git first, so the build writes history pages. */
  git?: boolean;
  /** The problem lines check prints (paths below the plans folder); both commands exit 1. */
  report?: string[];
  /** Otherwise: files of the built site, each with a text it must hold (its own name). */
  pages?: Record<string, string>;
  /** Folders of the built site and how many entries each must hold (no page merged into another). */
  counts?: Record<string, number>;
}

const tags = (list: string) => writePlan({ extra: `tags: ${list}\n` });

const cases: ClashCase[] = [
  {
    name: 'two owners whose plans would share a PDF name',
    files: { 'c.md': writePlan({ owner: 'Ana B' }), 'b-c.md': writePlan({ owner: 'Ana' }) },
    report: [
      'b-c.md:3:8 owner: its PDF would be named ana-b-c.pdf, as the PDF of c.md is; rename one of the two files',
      'c.md:3:8 owner: its PDF would be named ana-b-c.pdf, as the PDF of b-c.md is; rename one of the two files',
    ],
  },
  {
    name: "a plan page at another plan's history page",
    files: { 'x.md': writePlan(), 'x/history.md': writePlan({ title: 'Another' }) },
    git: true,
    report: [
      'x.md:1:1 its history page /plans/x/history/ is also the page of x/history.md; rename one of the two files',
      'x/history.md:1:1 gives the page /plans/x/history/, which is the history page of x.md; rename one of the two files',
    ],
  },
  {
    name: 'two file names of only emoji (both the page /plans/plan/)',
    files: { '🎉.md': writePlan(), '🚀.md': writePlan({ title: 'Another' }) },
    report: [
      '🎉.md:1:1 gives the same page /plans/plan/ as 🚀.md; rename one of the two files',
      '🚀.md:1:1 gives the same page /plans/plan/ as 🎉.md; rename one of the two files',
    ],
  },
  {
    name: 'tags C++, C# and C, each with a page of its own',
    files: { 'a.md': tags('[C++, C#, C]'), 'b.md': tags('[c++]') },
    pages: { 'tags/c-plus-plus/index.html': '</span><bdi>C++</bdi></h1>', 'tags/c-sharp/index.html': '</span><bdi>C#</bdi></h1>', 'tags/c/index.html': '</span><bdi>C</bdi></h1>' },
    counts: { tags: 3 },
  },
  {
    name: 'tags of dots, of a zero-width space, and one named Other',
    files: { 'a.md': tags('["..", "...", "\\u200b", Other]') },
    pages: { 'tags/other/index.html': '</span><bdi>Other</bdi></h1>' },
    counts: { tags: 4 },
  },
  {
    name: 'owners that are only emoji or only symbols',
    files: {
      'a.md': writePlan({ owner: '🎉' }),
      'b.md': writePlan({ owner: '🚀' }),
      'c.md': writePlan({ owner: '"***"' }),
      'd.md': writePlan({ owner: '"+++"' }),
    },
    counts: { people: 4, pdf: 5 },
  },
];

describe('addresses that would clash', () => {
  // Run in this process: what is tested is which addresses check and build give, not the command's start.
  it.each(cases)('$name: check reports it, or the build writes every page apart', async ({ files, git, report, pages, counts }) => {
    const plans = makePortfolio(files);
    if (git) commitAll(plans);
    const out = path.join(makeTempDir('planfolio-clash-'), '_site');
    const check = await runPlanfolioHere(['check', '--plans', plans]);
    // PDFs are drawn where their file names are among what is counted; tags and pages do not name them.
    const build = await runPlanfolioHere(['build', '--no-search', ...(counts?.pdf ? [] : ['--no-pdf']), '--plans', plans, '--out', out]);
    expect(build.stderr).not.toMatch(/\n\s+at |this is a bug/);
    if (report) {
      expect({ code: check.code, lines: problemLines(check.stderr) }).toEqual({ code: 1, lines: report });
      expect({ code: build.code, lines: problemLines(build.stderr) }).toEqual({ code: 1, lines: report });
      return;
    }
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
    expect(build.code, build.stderr).toBe(0);
    for (const [file, text] of Object.entries(pages ?? {})) expect(readFileSync(path.join(out, file), 'utf8'), file).toContain(text);
    for (const [dir, count] of Object.entries(counts ?? {})) {
      const entries = readdirSync(path.join(out, dir)).filter((name) => name !== 'index.html');
      expect(entries, dir).toHaveLength(count);
      // Each page is its own: no two hold the same heading.
      if (dir === 'pdf') continue;
      const headings = entries.map((name) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(path.join(out, dir, name, 'index.html'), 'utf8'))![1]);
      expect(new Set(headings).size, headings.join(' | ')).toBe(count);
      for (const name of entries) expect(Buffer.byteLength(name), name).toBeGreaterThan(0);
    }
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });
});

/** The problem lines of check or build output, with the plans folder cut from each path. */
function problemLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.replace(/^planfolio \w+: /, '').replace(/[^\s]*?planfolio-test-[^/]+\//g, ''))
    .filter((line) => /^\S+\.md:\d+:\d+ /.test(line));
}

function commitAll(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Plans');
}
