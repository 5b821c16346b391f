import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { listFonts, run, saveTemp } from '../pdf/poppler.js';

// test/fixtures/theme: one plan, themed with accent #0b7a5a, brand/logo.svg and serif type.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/theme');
// Print's accent, derived from #0b7a5a (accent-theme.ts), as a PDF fill operator; and the logo's own gold, as svg-to-pdfkit sets it.
const PRINT_ACCENT = '0.035 0.396 0.294 rg';
const LOGO_GOLD = '0.9490196078431372 0.7176470588235294 0.0196078431372549 scn';
const DEFAULT_ACCENT = '0.122 0.227 0.6 rg';

/** A PDF's pages and objects uncompressed, as qpdf writes them for reading. */
function readUncompressed(file: string): string {
  const out = saveTemp(Buffer.alloc(0), 'qdf');
  run('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'latin1');
}

let out: string;
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-theme-')), '_site');
  const build = runPlanfolio(['build', '--plans', 'plans', '--out', out, '--no-search', '--no-history'], {}, FIXTURE);
  if (build.code !== 0) throw new Error(`the themed fixture did not build:\n${build.stderr}`);
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(out)]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('a themed portfolio (accent, logo, serif)', () => {
  it('writes tokens.css in the accent of each scheme and a serif font stack', () => {
    const css = readFileSync(path.join(out, 'assets/tokens.css'), 'utf8');
    expect(css).toContain('  --accent: #0b7a5a;\n');
    expect(css).toContain('    --accent: #11bc8a;\n');
    expect(css).toContain('    --accent: #09654b;\n');
    expect(css).toMatch(/--font: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", /);
  });

  it('copies the logo into the assets and shows it in every page header, as a file', () => {
    expect(readFileSync(path.join(out, 'assets/logo.svg'))).toEqual(readFileSync(path.join(FIXTURE, 'brand/logo.svg')));
    for (const page of ['index.html', 'plans/lena-fischer/index.html', '404.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html, page).toContain('<img class="brand__logo" src="/assets/logo.svg" alt="" height="32">\n      <span class="brand__name">Greenfield career plans</span>');
      expect(html, page).not.toContain('brand__mark');
    }
  });

  it('draws the plan PDF and the portfolio PDF in the accent, with the logo, Latin text in Noto Serif', () => {
    for (const name of ['lena-fischer.pdf', 'portfolio.pdf']) {
      const file = path.join(out, 'pdf', name);
      const content = readUncompressed(file);
      expect(content, name).toContain(PRINT_ACCENT);
      expect(content, name).toContain(LOGO_GOLD);
      expect(content, name).not.toContain(DEFAULT_ACCENT);
      const fonts = listFonts(file).map((f) => f.name.replace(/^[A-Z]+\+/, ''));
      expect(fonts, name).toContain('NotoSerif-Regular');
      expect(fonts.filter((f) => !f.startsWith('NotoSerif-')), name).toEqual([]);
    }
  });

  it('draws planfolio pdf of one plan in the configured theme too', () => {
    const file = path.join(path.dirname(out), 'one.pdf');
    const made = runPlanfolio(['pdf', 'plans/lena-fischer.md', '-o', file], {}, FIXTURE);
    expect(made.stderr).toBe('');
    const content = readUncompressed(file);
    expect(content).toContain(PRINT_ACCENT);
    expect(content).toContain(LOGO_GOLD);
  });

  it('marks the current section in the accent and shows the logo, light and dark, with nothing for axe', async () => {
    const page: Page = await browser.newPage();
    for (const [scheme, accent] of [
      ['light', 'rgb(11, 122, 90)'],
      ['dark', 'rgb(17, 188, 138)'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of ['/', '/plans/lena-fischer/']) {
        await page.goto(`${site.url}${url}`);
        const seen = await page.evaluate(() => {
          const logo = document.querySelector<HTMLImageElement>('.brand__logo')!;
          const link = document.querySelector('.site-nav a[aria-current], .site-nav a.is-section')!;
          return { link: getComputedStyle(link).color, logo: logo.complete ? logo.naturalWidth : 0, height: logo.getBoundingClientRect().height };
        });
        expect(seen, `${scheme} ${url}`).toEqual({ link: accent, logo: 32, height: 32 });
        // axe on the portfolio page: the plan page shares its header, where the theme shows.
        if (url === '/') expect(await findAxeViolations(page), scheme).toEqual([]);
      }
    }
    await page.close();
  });
});
