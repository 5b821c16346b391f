import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, type PlanFileResult } from '../../src/load/load-plan.js';
import { makePortfolio } from '../helpers/portfolio.js';

// A plan saved on Windows: CRLF line ends and a byte order mark, with what a
// stray carriage return used to break (an anchor and its alias, a folded
// scalar, a flow mapping on the last line of the front matter).
const FIXTURE = 'test/fixtures/good/crlf-bom-anchors.md';
const location = { file: 'plans/windows.md', absolutePath: '/tmp/windows.md', relativePath: 'windows.md' };
const TODAY = '2026-11-25';

function expectPlan(result: PlanFileResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return result.plan;
}

describe('a plan saved on Windows', () => {
  const bytes = readFileSync(FIXTURE);
  const twinText = bytes.subarray(3).toString('utf8').replace(/\r\n/g, '\n');

  it('is stored as Windows wrote it (see .gitattributes)', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
  });

  it('loads exactly as its LF twin without a byte order mark', () => {
    const windows = expectPlan(loadPlan(bytes, location, TODAY));
    const twin = expectPlan(loadPlan(new TextEncoder().encode(twinText), location, TODAY));
    // The body is kept as written, line ends included.
    expect(windows.body).toBe(twin.body.replace(/\n/g, '\r\n'));
    expect({ ...windows, body: twin.body }).toEqual(twin);
  });

  it('reads the alias, the folded text and the flow mapping on the last line', () => {
    const { plan } = expectPlan(loadPlan(bytes, location, TODAY));
    const [goal] = plan.goals;
    expect(plan.vision.statement).toBe('Give talks that people remember and share.');
    expect(goal!.steps.map((step) => step.resources)).toEqual([
      ['Two evenings a week', 'Feedback from Jo'],
      ['Two evenings a week', 'Feedback from Jo'],
    ]);
    expect(goal!.measure).toEqual({ baseline: 0, current: 1, target: 3, unit: 'talks' });
  });

  it('passes planfolio check', () => {
    const dir = makePortfolio({});
    copyFileSync(FIXTURE, path.join(dir, 'windows.md'));
    const run = spawnSync(process.execPath, ['bin/planfolio.js', 'check', '--plans', dir], { encoding: 'utf8' });
    // Not all of stderr: the launcher may print why it could not compile src/ first.
    expect(run.stderr).not.toContain('windows.md');
    expect(run.stdout).toMatch(/^1 plans? valid in /);
    expect(run.status).toBe(0);
  }, 60_000);
});
