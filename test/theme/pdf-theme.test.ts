// Its own file: vitest gives each file fresh modules, so no other test has
// parsed Noto Serif before the first test here looks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf, renderPortfolioPdf } from '../../src/pdf/index.js';
import { listLoadedFonts } from '../../src/pdf/layout/fonts.js';
import type { ThemeSettings } from '../../src/theme/theme-settings.js';
import { makeLatinPlan, makeLoadedPlan, makeMultilingualPlan } from '../pdf/fixtures.js';
import { makePortfolio } from '../helpers/portfolio.js';
import { checkStructure, listFonts, run, saveTemp } from '../pdf/poppler.js';

const BRAND = path.resolve(import.meta.dirname, '../fixtures/theme/brand');

/** A PDF's objects uncompressed, as qpdf writes them for reading. */
function readUncompressed(bytes: Buffer): string {
  const out = saveTemp(Buffer.alloc(0), 'qdf');
  run('qpdf', ['--qdf', '--object-streams=disable', saveTemp(bytes), out]);
  return readFileSync(out, 'latin1');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('PDFs in a theme', () => {
  it('are byte for byte Planfolio\'s own when the theme sets no accent, logo or serif, and parse Noto Serif only for a serif theme', async () => {
    const plan = makeLatinPlan();
    const plain = { font: 'sans' } satisfies ThemeSettings;
    expect(await renderPlanPdf(plan, { theme: plain })).toEqual(await renderPlanPdf(plan));
    expect(await renderPortfolioPdf([plan], { title: 'Plans', theme: plain })).toEqual(await renderPortfolioPdf([plan], { title: 'Plans' }));
    expect(listLoadedFonts().filter((key) => key.startsWith('serif-'))).toEqual([]);
    await renderPlanPdf(plan, { theme: { font: 'serif' } });
    expect(listLoadedFonts().filter((key) => key.startsWith('serif-')).sort()).toEqual(['serif-regular', 'serif-semibold']);
  });

  it('set Latin, Greek and Cyrillic in Noto Serif under a serif theme, and the other scripts in their Noto Sans', async () => {
    const file = saveTemp(await renderPlanPdf(makeMultilingualPlan(), { theme: { font: 'serif' } }), 'serif');
    const fonts = listFonts(file).map((f) => f.name.replace(/^[A-Z]+\+/, ''));
    expect(fonts.filter((f) => f.startsWith('NotoSans-'))).toEqual([]);
    expect(fonts).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSerif-SemiBold', 'NotoSansSC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular']));
    expect(run('pdftotext', ['-enc', 'UTF-8', file, '-'])).toContain('Διδασκαλία σεμιναρίου');
  });

  it.each([
    // qpdf --qdf unpacks Flate streams, so only the JPEG keeps its filter here.
    ['png', 'logo.png', '/Subtype /Image'],
    ['jpeg', 'logo.jpg', '/Filter /DCTDecode'],
  ] as const)('embed a %s logo once as an image, drawn on each plan\'s first page and the cover', async (type, name, marker) => {
    const theme: ThemeSettings = { font: 'sans', logo: { path: path.join(BRAND, name), type } };
    const plans = [makeLatinPlan(), makeLoadedPlan({ title: 'Second plan', owner: 'Sam Lee', created: '2026-01-01', vision: {}, goals: [{ title: 'Goal', outcome: 'Done', due: '2026-12', steps: [{ action: 'Step' }] }] }, 'sam/plan.md')];
    const portfolio = readUncompressed(await renderPortfolioPdf(plans, { title: 'Plans', theme }));
    expect(count(portfolio, '/Subtype /Image')).toBe(1);
    expect(portfolio).toContain(marker);
    // One `Do` of the image on the cover and on each plan's first page.
    expect(count(portfolio, ' Do\n')).toBe(3);
    const own = await renderPlanPdf(plans[0]!, { theme });
    checkStructure(saveTemp(own));
    expect(count(readUncompressed(own), '/Subtype /Image')).toBe(1);
  });

  it('draw an SVG logo as paths, and never read a file it names', async () => {
    // An image in the SVG that names a file on this machine, which a careless reader would embed.
    const own = readFileSync(path.join(BRAND, 'logo.svg'), 'utf8');
    const reaching = own.replace('</svg>', `<image href="${path.join(BRAND, 'logo.png')}" width="8" height="8"/></svg>`);
    const dir = makePortfolio({ 'logo.svg': reaching });
    const content = readUncompressed(await renderPlanPdf(makeLatinPlan(), { theme: { font: 'sans', logo: { path: path.join(dir, 'logo.svg'), type: 'svg' } } }));
    expect(content).toContain('0.9490196078431372 0.7176470588235294 0.0196078431372549 scn');
    expect(content).not.toContain('/Subtype /Image');
  });
});
