import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The names a Chromium goes by on PATH, in the order they are tried. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The Chromium the browser tests drive: PLANFOLIO_CHROMIUM when set, else the
 * first of the usual names on PATH. Tests never download a browser of their own.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.PLANFOLIO_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`PLANFOLIO_CHROMIUM=${chosen}: no such file; point it at a Chromium or Chrome executable`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      if (existsSync(path.join(dir, name))) return path.join(dir, name);
    }
  }
  throw new Error(
    'the browser tests need Chromium, and none was found on PATH (chromium, chromium-browser, google-chrome). ' +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set PLANFOLIO_CHROMIUM to its path.',
  );
}

/**
 * Starts headless Chromium. When it is missing this throws, so browser tests
 * fail loudly in CI instead of skipping.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
