import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { useSharedBuild } from '../helpers/shared-builds.js';
import { hashTree } from '../helpers/tree.js';

describe('reproducible builds', () => {
  it('gives byte-identical output folders for the same plans, PLANFOLIO_TODAY and SOURCE_DATE_EPOCH', async () => {
    // The run's shared build of the sample plans (timed, which changes nothing it writes), and one more made here.
    const out = path.join(makeTempDir('planfolio-repro-'), '_site');
    // Every PDF drawn, not copied from what the shared build kept: the drawing is what must be reproducible.
    const build = runPlanfolio(['build', '--plans', 'plans', '--out', out, '--no-pdf-cache']);
    expect(build.stderr.replace(/^(\[11ty\]|PDF \d+\/\d+).*\n?/gm, '')).toBe('');
    expect(build.code).toBe(0);
    const [first, second] = [(await useSharedBuild('samples')).out, out].map(hashTree);
    expect(Object.keys(first!).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(5);
    expect(second).toEqual(first);
  }, 180_000);
});
