// A build copies the PDFs of plans unchanged since the last build from
// node_modules/.cache/planfolio/pdfs instead of drawing them again: what a
// person who builds after each edit of one plan, or with no change at all,
// waits for. The copies are what drawing gives, byte for byte.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePdfCache } from '../../src/pdf/pdf-cache.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

/** Builds the portfolio in `dir`; returns what the PDF stage said and each PDF's bytes. */
function build(dir: string, ...extra: string[]) {
  const { code, stdout, stderr } = runPlanfolio(['build', '--no-history', '--no-search', '--timings', ...extra], {}, dir);
  expect(stderr.replace(/^(\[11ty\]|PDF \d+\/\d+).*\n?/gm, '')).toBe('');
  expect(code).toBe(0);
  const pdfDir = path.join(dir, '_site', 'pdf');
  const pdfs = Object.fromEntries(readdirSync(pdfDir).map((name) => [name, readFileSync(path.join(pdfDir, name))]));
  const stage = stdout.split('\n').filter((line, i, all) => /^ {2}PDFs /.test(line) || /^ {2}PDFs /.test(all[i - 1] ?? ''));
  return { stage: stage.join('\n'), pdfs };
}

describe('PDFs kept between builds', () => {
  it('copies the PDFs of unchanged plans, draws the changed ones, and lets go of removed plans', () => {
    const dir = makePortfolio({
      'plans/sam-lee.md': writePlan(),
      'plans/kim-ra.md': writePlan({ owner: 'Kim Ra', title: 'Lead the data team' }),
      'plans/noor-haddad.md': writePlan({ owner: 'Noor Haddad', title: 'Move into product management' }),
    });
    const first = build(dir);
    expect(first.stage).not.toContain('unchanged');
    expect(Object.keys(first.pdfs).sort()).toEqual(['kim-ra.pdf', 'noor-haddad.pdf', 'portfolio.pdf', 'sam-lee.pdf']);

    const again = build(dir);
    expect(again.stage).toContain('4 unchanged since the last build, copied from node_modules/.cache/planfolio');
    expect(again.pdfs).toEqual(first.pdfs);

    writeFileSync(path.join(dir, 'plans', 'kim-ra.md'), writePlan({ owner: 'Kim Ra', title: 'Lead the platform team' }));
    rmSync(path.join(dir, 'plans', 'noor-haddad.md'));
    const edited = build(dir);
    // Sam's PDF is copied; Kim's and portfolio.pdf, which shows it, are drawn.
    expect(edited.stage).toContain('1 unchanged since the last build');
    expect(Object.keys(edited.pdfs).sort()).toEqual(['kim-ra.pdf', 'portfolio.pdf', 'sam-lee.pdf']);
    expect(edited.pdfs['sam-lee.pdf']).toEqual(first.pdfs['sam-lee.pdf']);
    expect(edited.pdfs['kim-ra.pdf']).not.toEqual(first.pdfs['kim-ra.pdf']);
    expect(edited.pdfs['portfolio.pdf']).not.toEqual(first.pdfs['portfolio.pdf']);
    // What is kept: Sam's and Kim's PDFs and portfolio.pdf, no longer Noor's.
    expect(readdirSync(locatePdfCache(path.join(dir, 'plans')))).toHaveLength(3);
  }, 120_000);
});
