import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startDev, waitFor, type DevProcess } from '../helpers/dev-process.js';
import { makeTempDir, removeWithCaches, writePlan } from '../helpers/portfolio.js';

let dev: DevProcess;
let browser: Browser;
let root: string;
let plans: string;
let out: string;

const page = (slug: string) => path.join(out, 'plans', slug, 'index.html');
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'planfolio-dev-'));
  plans = path.join(root, 'plans');
  out = path.join(root, 'out');
  cpSync('plans', plans, { recursive: true });
  browser = await launchBrowser();
  dev = await startDev(['--plans', plans, '--out', out]);
}, 120_000);

afterAll(async () => {
  await dev?.stop();
  await browser?.close();
  // Once dev has stopped writing to it, with the caches dev kept for its plans.
  if (root) removeWithCaches(root);
});

describe('planfolio dev', () => {
  it('builds every plan, drafts included, with their PDFs', () => {
    expect(read(page('kim-minjun'))).toContain('<h1');
    expect(existsSync(page('sato-hanako'))).toBe(true);
    expect(existsSync(path.join(out, 'pdf', '김민준-kim-minjun.pdf'))).toBe(true);
  });

  it('rebuilds the page and the PDF of a saved plan', async () => {
    const file = path.join(plans, 'kim-minjun.md');
    const pdf = path.join(out, 'pdf', '김민준-kim-minjun.pdf');
    const before = mtime(pdf);
    writeFileSync(file, read(file).replace(/^title: .*$/m, 'title: Saved and rebuilt'));
    await waitFor(() => read(page('kim-minjun')).includes('Saved and rebuilt'), 20_000, 'page');
    await waitFor(() => mtime(pdf) > before, 20_000, 'pdf');
    await waitFor(() => read(path.join(out, 'index.html')).includes('Saved and rebuilt'), 20_000, 'portfolio page');
  });

  it('shows a broken save in an overlay on every page while serving the last good page, then recovers', async () => {
    const file = path.join(plans, 'kim-minjun.md');
    const good = read(file);
    const tab = await browser.newPage();
    await tab.goto(`${dev.url}/plans/kim-minjun/`);
    const from = dev.output().length;
    writeFileSync(file, good.replace(/^status: active$/m, 'status: actve'));
    await dev.waitForOutput(/kim-minjun\.md:\d+:\d+ status: "actve" is not allowed/, from);

    await tab.waitForSelector('#planfolio-overlay', { timeout: 10_000 });
    expect(await tab.innerText('#planfolio-overlay')).toMatch(/kim-minjun\.md:\d+:\d+\s+status "actve" is not allowed/);
    expect(await tab.innerText('h1')).toBe('Saved and rebuilt');
    const other = await browser.newPage();
    await other.goto(`${dev.url}/`);
    expect(await other.$('#planfolio-overlay')).not.toBeNull();
    expect(await other.innerText('main')).toContain('Saved and rebuilt');

    // Closed, the overlay stays away until the next save that fails.
    await other.click('#planfolio-overlay [data-planfolio-close]');
    expect(await other.$('#planfolio-overlay')).toBeNull();
    await tab.click('#planfolio-overlay [data-planfolio-close]');
    expect(await tab.$('#planfolio-overlay')).toBeNull();
    const again = dev.output().length;
    writeFileSync(file, good.replace(/^status: active$/m, 'status: actve').replace(/^title: .*$/m, 'title: Broken again'));
    await dev.waitForOutput(/status: "actve" is not allowed/, again);
    await tab.waitForSelector('#planfolio-overlay', { timeout: 10_000 });

    writeFileSync(file, good.replace(/^title: .*$/m, 'title: Fixed again'));
    await tab.waitForFunction(() => !document.getElementById('planfolio-overlay') && document.querySelector('h1')?.textContent === 'Fixed again', undefined, { timeout: 15_000 });
    await tab.close();
    await other.close();
  });

  it('follows added, deleted and renamed plan files and folders', async () => {
    writeFileSync(path.join(plans, 'new-person.md'), writePlan({ title: 'A brand new plan', owner: 'New Person' }));
    await waitFor(() => read(page('new-person')).includes('A brand new plan'), 20_000, 'added page');

    renameSync(path.join(plans, 'new-person.md'), path.join(plans, 'renamed.md'));
    await waitFor(() => existsSync(page('renamed')) && !existsSync(page('new-person')), 20_000, 'renamed page');

    rmSync(path.join(plans, 'renamed.md'));
    await waitFor(() => !existsSync(page('renamed')), 20_000, 'deleted page');

    cpSync(path.join(plans, 'ana-garcia'), path.join(plans, 'team'), { recursive: true });
    await waitFor(() => existsSync(page('team/2026-data-lead')), 20_000, 'added folder');
    rmSync(path.join(plans, 'team'), { recursive: true });
    await waitFor(() => !existsSync(page('team/2026-data-lead')), 20_000, 'deleted folder');
  });

  it('keeps running through empty, binary and huge files and a burst of saves', async () => {
    const from = dev.output().length;
    writeFileSync(path.join(plans, 'empty.md'), '');
    writeFileSync(path.join(plans, 'binary.md'), Buffer.from([0, 1, 2, 3, 255]));
    writeFileSync(path.join(plans, 'huge.md'), `---\ntitle: x\n---\n${'x'.repeat(3 * 1024 * 1024)}`);
    await dev.waitForOutput(/huge\.md:1:1 the file is \d+ bytes/, from);
    rmSync(path.join(plans, 'empty.md'));
    rmSync(path.join(plans, 'binary.md'));
    rmSync(path.join(plans, 'huge.md'));

    const file = path.join(plans, 'dmitry-sokolov.md');
    const text = read(file);
    for (let i = 0; i < 100; i++) writeFileSync(file, text.replace(/^title: .*$/m, `title: Burst save ${i}`));
    await waitFor(() => read(page('dmitry-sokolov')).includes('Burst save 99'), 30_000, 'last burst save');
    expect(dev.child.exitCode).toBeNull();
  });

  it('survives the plans folder being deleted and restored', async () => {
    const saved = makeTempDir('planfolio-saved-');
    cpSync(plans, saved, { recursive: true });
    rmSync(plans, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dev.child.exitCode).toBeNull();
    cpSync(saved, plans, { recursive: true });
    writeFileSync(path.join(plans, 'back.md'), writePlan({ title: 'Back again' }));
    await waitFor(() => read(page('back')).includes('Back again'), 20_000, 'page after restore');
  });

  it('stops cleanly on Ctrl-C', async () => {
    const code = await dev.stop();
    expect(code).toBe(0);
    expect(dev.output()).toContain('Stopping.');
  });
});
