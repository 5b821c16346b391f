import { existsSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePortfolio } from '../../bench/generate-portfolio.js';
import { startDev, type DevProcess } from '../helpers/dev-process.js';
import { removeWithCaches } from '../helpers/portfolio.js';

// Sixty plans: more than one step of pages and of PDFs, and a portfolio PDF of one page per plan.
const COUNT = 60;
let dev: DevProcess;
let root: string;
let out: string;
let files: string[];
let firstAnswer: { status: number; body: string };

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'planfolio-dev-first-'));
  const plans = path.join(root, 'plans');
  out = path.join(root, 'out');
  files = await writePortfolio(plans, COUNT, { seed: 3 });
  // The first file is the one edited last: its page and PDF come first.
  const now = Date.now() / 1000;
  files.forEach((file, i) => utimesSync(file, now - i * 60, now - i * 60));
  dev = await startDev(['--plans', plans, '--out', out], { firstPageOnly: true });
  // The plan edited longest ago is asked for at once: it is built next, and the request waits for it.
  const last = path.relative(plans, files.at(-1)!).replace(/\.md$/, '');
  const response = await fetch(`${dev.url}/plans/${last}/`);
  firstAnswer = { status: response.status, body: await response.text() };
  await dev.waitForOutput(/^Built every page and PDF in \d+\.\d s\.$/m);
}, 180_000);

afterAll(async () => {
  await dev?.stop();
  // Once dev has stopped writing to it, with the caches dev kept for its plans.
  if (root) removeWithCaches(root);
});

describe('planfolio dev on a portfolio it cannot build at once', () => {
  it('serves the home page first and says the rest follows, then says when every page and PDF is built', () => {
    const lines = dev.output().split('\n');
    const checked = lines.findIndex((l) => new RegExp(`^Checked ${COUNT} plans and made the home page in \\d+ ms; the other pages and the PDFs follow\\.$`).test(l));
    const serving = lines.findIndex((l) => l.startsWith('Serving http://127.0.0.1:'));
    const built = lines.findIndex((l) => l.startsWith('Built every page and PDF in '));
    expect(checked).toBeGreaterThanOrEqual(0);
    expect(serving).toBe(checked + 1);
    expect(built).toBeGreaterThan(serving);
  });

  it('answers a plan page asked for before its turn with the page, not a 404', () => {
    expect(firstAnswer.status).toBe(200);
    expect(firstAnswer.body).toContain('<h1');
    expect(firstAnswer.body).not.toContain('Not found');
  });

  it('ends with every plan page, every plan PDF, the lists, the exports and the portfolio PDF on disk', () => {
    const pages = readdirSync(path.join(out, 'plans'), { recursive: true }).filter((f) => String(f).endsWith(`${path.sep}index.html`) && !String(f).includes(`history${path.sep}`));
    expect(pages).toHaveLength(COUNT);
    const pdfs = readdirSync(path.join(out, 'pdf'));
    expect(pdfs.filter((f) => f !== 'portfolio.pdf')).toHaveLength(COUNT);
    expect(pdfs).toContain('portfolio.pdf');
    for (const file of ['index.html', 'deadlines/index.html', 'people/index.html', 'plans.json', 'deadlines.ics']) expect(existsSync(path.join(out, file)), file).toBe(true);
  });
});
