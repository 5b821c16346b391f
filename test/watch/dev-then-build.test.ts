// A person previews with `planfolio dev`, stops it, then builds to deploy.
// Dev draws the PDFs as the build does (dated by each plan's last commit,
// portfolio.pdf listing the plans in the site's order), so the build copies
// every PDF dev kept instead of drawing them all again, and what dev showed
// is what the build publishes, byte for byte.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../history/git-repo.js';
import { readInfo } from '../pdf/poppler.js';
import { startDev } from '../helpers/dev-process.js';
import { writePlan } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

/** Each PDF in a folder, by name. */
function readPdfs(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
}

/** A plan made on `created`: the day its PDF is dated by when git does not say. */
const planMadeOn = (created: string, owner: string, title: string) => writePlan({ owner, title }).replace('created: 2026-01-12', `created: ${created}`);

describe('a build after dev', () => {
  it('copies every PDF dev drew, portfolio.pdf included, and publishes the same bytes', async () => {
    const repo = makeRepo();
    // Committed on a day that is no plan's creation day, so a PDF dated by its creation would differ.
    repo.commit('Plans', '2026-10-02', {
      // By path, Ana's older plan comes first; by the site's order (owner, newest first), her newer one.
      'plans/ana-ruiz/2025-analyst.md': planMadeOn('2025-01-10', 'Ana Ruiz', 'Become a senior analyst'),
      'plans/ana-ruiz/2026-lead.md': planMadeOn('2026-01-10', 'Ana Ruiz', 'Lead analytics'),
      'plans/zoe-park.md': planMadeOn('2026-02-03', 'Zoe Park', 'Lead the data team'),
    });
    const plans = path.join(repo.dir, 'plans');
    const dev = await startDev(['--plans', plans, '--out', path.join(repo.dir, '_dev')]);
    await dev.stop();
    expect(dev.output()).toMatch(/^Built every page and PDF in \d+\.\d s\.$/m);
    const shown = readPdfs(path.join(repo.dir, '_dev', 'pdf'));
    expect(Object.keys(shown).sort()).toEqual(['ana-ruiz-2025-analyst.pdf', 'ana-ruiz-2026-lead.pdf', 'portfolio.pdf', 'zoe-park.pdf']);

    // SOURCE_DATE_EPOCH unset: each PDF is dated by its plan's last commit.
    const built = runPlanfolio(['build', '--plans', plans, '--out', path.join(repo.dir, '_site'), '--no-search', '--timings'], { SOURCE_DATE_EPOCH: '' });
    expect(built.stderr.replace(/^(\[11ty\]|PDF \d+\/\d+).*\n?/gm, '')).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^ {2}PDFs .*\n {4}4 unchanged since the last build, copied from node_modules\/\.cache\/planfolio$/m);
    expect(readPdfs(path.join(repo.dir, '_site', 'pdf'))).toEqual(shown);
    // The PDFs name the commit day, not a creation day.
    expect(readInfo(path.join(repo.dir, '_site', 'pdf', 'zoe-park.pdf')).CreationDate).toMatch(/Oct {1,2}2 00:00:00 2026 UTC/);
  }, 120_000);
});
