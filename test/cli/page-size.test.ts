import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

/** The page size poppler's pdfinfo reads from a PDF, such as "612 x 792 pts (letter)". */
function readPageSize(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /^Page size:\s+(.+)$/m.exec(info)![1]!;
}

const LETTER = '612 x 792 pts (letter)';
const A4 = '595.28 x 841.89 pts (A4)';

// The build runs as a command; planfolio pdf and check run in this process (pdfkit loads once),
// since what is tested is the paper the configuration gives (test/cli/pdf.test.ts runs the command).
describe('pdf.pageSize in planfolio.config.json', () => {
  it('sets the paper of every PDF of a build', () => {
    const cwd = makePortfolio({ 'plans/ana.md': writePlan(), 'planfolio.config.json': '{ "pdf": { "pageSize": "Letter" } }\n' });
    const { code, stderr } = runPlanfolio(['build', '--no-search', '--no-history'], {}, cwd);
    expect(stderr.replace(/^PDF .*\n/gm, '')).toBe('');
    expect(code).toBe(0);
    expect(readPageSize(path.join(cwd, '_site/pdf/portfolio.pdf'))).toBe(LETTER);
    const [planPdf] = execFileSync('ls', [path.join(cwd, '_site/pdf')], { encoding: 'utf8' }).split('\n').filter((n) => n !== 'portfolio.pdf');
    expect(readPageSize(path.join(cwd, '_site/pdf', planPdf!))).toBe(LETTER);
  });

  it('sets the paper of planfolio pdf, and --page-size overrides it', async () => {
    const cwd = makePortfolio({ 'plans/ana.md': writePlan(), 'planfolio.config.json': '{ "pdf": { "pageSize": "Letter" } }\n' });
    expect((await runPlanfolioHere(['pdf', 'plans/ana.md', '-o', 'configured.pdf'], {}, cwd)).code).toBe(0);
    expect(readPageSize(path.join(cwd, 'configured.pdf'))).toBe(LETTER);
    expect((await runPlanfolioHere(['pdf', 'plans/ana.md', '-o', 'given.pdf', '--page-size', 'a4'], {}, cwd)).code).toBe(0);
    expect(readPageSize(path.join(cwd, 'given.pdf'))).toBe(A4);
  });

  it('is A4 by default, and anything but A4 or Letter is a configuration problem', async () => {
    const cwd = makePortfolio({ 'plans/ana.md': writePlan() });
    expect((await runPlanfolioHere(['pdf', 'plans/ana.md', '-o', 'default.pdf'], {}, cwd)).code).toBe(0);
    expect(readPageSize(path.join(cwd, 'default.pdf'))).toBe(A4);

    const wrong = makePortfolio({ 'plans/ana.md': writePlan(), 'planfolio.config.json': '{ "pdf": { "pageSize": "A5" } }\n' });
    const { code, stderr } = await runPlanfolioHere(['check'], {}, wrong);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^planfolio\.config\.json:1:\d+ pdf\.pageSize: "A5" is not allowed; use one of A4, Letter/m);
  });
});
