// A build that draws PDFs beside its pages runs without V8's optimising
// compiler up to QUICK_BUILD_PLANS plans (see build-command.ts): the line
// falls on the count of plan files, and a folder that cannot be read is
// never counted small.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSmall, QUICK_BUILD_PLANS } from '../../src/cli/build-command.js';
import { makeTempDir } from '../helpers/portfolio.js';

/** A plans folder of `count` plan files, two to a person's folder, beside a note that is not a plan. */
function makePlansFolder(count: number): string {
  const plans = path.join(makeTempDir('planfolio-quick-'), 'plans');
  for (let i = 0; i < count; i++) {
    const dir = path.join(plans, `person-${Math.floor(i / 2)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `plan-${i}.md`), '---\n---\n');
  }
  mkdirSync(plans, { recursive: true });
  writeFileSync(path.join(plans, 'README.txt'), 'not a plan');
  return plans;
}

describe('a small build', () => {
  it.each([
    [1, true],
    [QUICK_BUILD_PLANS, true],
    [QUICK_BUILD_PLANS + 1, false],
  ])('with %i plan files is small: %s', (count, small) => {
    expect(isSmall(makePlansFolder(count))).toBe(small);
  });

  it('is never a folder that cannot be read', () => {
    expect(isSmall(path.join(makeTempDir('planfolio-quick-'), 'no-such-plans'))).toBe(false);
  });
});
