// The browser tests find Chromium as people have it installed, and say how
// to get it when it is missing (they fail, never skip).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/browser.js';
import { makeTempDir } from '../helpers/portfolio.js';

/** A folder holding empty executables of the given names, removed after the test. */
function makeBin(names: string[]): string {
  const dir = makeTempDir('planfolio-bin-');
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    writeFileSync(path.join(dir, name), '');
    chmodSync(path.join(dir, name), 0o755);
  }
  return dir;
}

describe('finding Chromium for the browser tests', () => {
  it.each([['chromium'], ['chromium-browser'], ['google-chrome']])('finds %s on PATH', (name) => {
    const dir = makeBin([name]);
    expect(findChromium({ PATH: [makeBin([]), dir].join(path.delimiter) })).toBe(path.join(dir, name));
  });

  it('prefers PLANFOLIO_CHROMIUM', () => {
    const dir = makeBin(['chromium', 'my-chrome']);
    expect(findChromium({ PATH: dir, PLANFOLIO_CHROMIUM: path.join(dir, 'my-chrome') })).toBe(path.join(dir, 'my-chrome'));
  });

  it('says how to install it when it is missing', () => {
    expect(() => findChromium({ PATH: makeBin([]) })).toThrow(
      'the browser tests need Chromium, and none was found on PATH (chromium, chromium-browser, google-chrome). ' +
        'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set PLANFOLIO_CHROMIUM to its path.',
    );
    expect(() => findChromium({ PLANFOLIO_CHROMIUM: '/no/such/chrome' })).toThrow('PLANFOLIO_CHROMIUM=/no/such/chrome: no such file');
  });
});
