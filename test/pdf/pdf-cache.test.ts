import { mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf, writePdfs } from '../../src/pdf/index.js';
import type { WritePdfsOptions } from '../../src/pdf/write-pdfs.js';
import { expectKeptPdfs, locatePdfCache } from '../../src/pdf/pdf-cache.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { makeTempDir as makeTempDirFor } from '../helpers/portfolio.js';
import { makeLatinPlan, makeManyPlans, makeMultilingualPlan } from './fixtures.js';

/** A fresh temporary folder, removed when the test finishes. */
const makeTempDir = () => makeTempDirFor('planfolio-kept-pdfs-');

/** Writes the PDFs with a cache folder; returns what was written, each file's bytes and how many were copied. */
async function writeWithCache(plans: LoadedPlan[], cache: string, options: Partial<WritePdfsOptions> = {}) {
  const out = makeTempDir();
  let kept = -1;
  const written = await writePdfs(plans, out, { title: 'Team plans', progress: 'none', cache, onKept: (count) => (kept = count), ...options });
  const files = Object.fromEntries(written.map((pdf) => [path.basename(pdf.path), readFileSync(pdf.path)]));
  return { written, files, kept };
}

function retitle(plan: LoadedPlan, title: string): LoadedPlan {
  return { ...plan, plan: { ...plan.plan, title } };
}

describe('PDFs kept between builds', () => {
  it('copies every unchanged PDF, byte for byte what drawing gives, and draws only what changed', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = makeManyPlans(3);
    const first = await writeWithCache(plans, cache);
    expect(first.kept).toBe(0);
    // One entry per PDF: three plans and portfolio.pdf.
    expect(readdirSync(cache)).toHaveLength(4);

    const again = await writeWithCache(plans, cache);
    expect(again.kept).toBe(4);
    expect(again.written.map((pdf) => pdf.bytes)).toEqual(first.written.map((pdf) => pdf.bytes));
    for (const [name, bytes] of Object.entries(first.files)) expect(again.files[name]!.equals(bytes), name).toBe(true);

    const edited = [plans[0]!, retitle(plans[1]!, 'A new direction'), plans[2]!];
    const after = await writeWithCache(edited, cache);
    // The other two plans are copied; the edited plan and the portfolio that shows it are drawn.
    expect(after.kept).toBe(2);
    const name = path.basename(after.written[1]!.path);
    expect(after.files[name]!.equals(first.files[name]!)).toBe(false);
    expect(after.files[name]!.equals(await renderPlanPdf(edited[1]!))).toBe(true);
    expect(after.files['portfolio.pdf']!.equals(first.files['portfolio.pdf']!)).toBe(false);
    // The edited plan's entry replaced its old one.
    expect(readdirSync(cache)).toHaveLength(4);
  });

  it('lets go of the PDFs of plans no longer in the portfolio, once a build writes them all', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = makeManyPlans(3);
    await writeWithCache(plans, cache);
    // Only some plans' PDFs (as dev writes a save's): nothing is let go.
    await writeWithCache(plans.slice(0, 1), cache, { portfolio: false });
    expect(readdirSync(cache)).toHaveLength(4);
    const { kept } = await writeWithCache(plans.slice(0, 2), cache);
    expect(kept).toBe(2);
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('draws everything again for another paper, language or title, and for another date', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = [makeLatinPlan(), makeMultilingualPlan()];
    await writeWithCache(plans, cache);
    expect((await writeWithCache(plans, cache, { pageSize: 'LETTER' })).kept).toBe(0);
    expect((await writeWithCache(plans, cache, { pageSize: 'LETTER', language: 'es' })).kept).toBe(0);
    // The plans' PDFs do not show the portfolio's title: only portfolio.pdf is drawn.
    expect((await writeWithCache(plans, cache, { pageSize: 'LETTER', language: 'es', title: 'Otro' })).kept).toBe(2);
    expect((await writeWithCache(plans, cache, { pageSize: 'LETTER', language: 'es', title: 'Otro', planDate: () => '2026-10-01' })).kept).toBe(0);
  });

  it('counts a kept plan for portfolio.pdf without drawing it, and copies a kept portfolio.pdf alone', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = makeManyPlans(2);
    const first = await writeWithCache(plans, cache);
    const alone = await writeWithCache(plans, cache, { planPdfs: false });
    expect(alone.kept).toBe(1);
    expect(alone.written.map((pdf) => path.basename(pdf.path))).toEqual(['portfolio.pdf']);
    expect(alone.files['portfolio.pdf']!.equals(first.files['portfolio.pdf']!)).toBe(true);
  });

  it('keeps a page-per-plan portfolio.pdf until a plan it shows changes, also when it is written alone', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = makeManyPlans(3);
    const pagePerPlan = { fullPlansUpTo: 1 };
    await writeWithCache(plans, cache, pagePerPlan);
    expect((await writeWithCache(plans, cache, pagePerPlan)).kept).toBe(4);
    const edited = [plans[0]!, retitle(plans[1]!, 'A new direction'), plans[2]!];
    // The edited plan and portfolio.pdf, whose page for it shows its title, are drawn.
    expect((await writeWithCache(edited, cache, pagePerPlan)).kept).toBe(2);
    // Alone (as dev writes it), once drawn, then kept.
    expect((await writeWithCache(edited, cache, { ...pagePerPlan, planPdfs: false })).kept).toBe(0);
    expect((await writeWithCache(edited, cache, { ...pagePerPlan, planPdfs: false })).kept).toBe(1);
  });

  it('is not changed by a change to an output PDF, and draws again what it cannot read', async () => {
    const cache = path.join(makeTempDir(), 'kept');
    const plans = makeManyPlans(2);
    const first = await writeWithCache(plans, cache);
    // A copy, not a link: writing over the output leaves what is kept as it was.
    writeFileSync(first.written[0]!.path, 'changed by hand');
    const again = await writeWithCache(plans, cache);
    expect(again.kept).toBe(3);
    expect(again.files[path.basename(first.written[0]!.path)]!.equals(first.files[path.basename(first.written[0]!.path)]!)).toBe(true);
    for (const name of readdirSync(cache)) rmSync(path.join(cache, name));
    expect((await writeWithCache(plans, cache)).kept).toBe(0);
  });

  it('keeps one folder per plans folder, found from its resolved path', () => {
    expect(locatePdfCache('plans', '/c')).toBe(locatePdfCache(path.resolve('plans'), '/c'));
    expect(locatePdfCache('plans', '/c')).not.toBe(locatePdfCache('other-plans', '/c'));
    expect(path.dirname(locatePdfCache('plans', '/c'))).toBe(path.join('/c', 'pdfs'));
  });

  it('guesses a build will find its PDFs kept only when a build used the folder after every plan file last changed', async () => {
    const root = makeTempDir();
    const [plansDir, cacheDir] = [path.join(root, 'plans'), path.join(root, 'cache')];
    mkdirSync(path.join(plansDir, 'team'), { recursive: true });
    for (const file of ['a.md', 'team/b.md', 'notes.txt']) writeFileSync(path.join(plansDir, file), 'x');
    const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
    expect(await expectKeptPdfs(plansDir, cacheDir)).toBe(false);
    mkdirSync(locatePdfCache(plansDir, cacheDir), { recursive: true });
    for (const file of ['a.md', 'team/b.md']) at(path.join(plansDir, file), 1_000);
    at(locatePdfCache(plansDir, cacheDir), 2_000);
    expect(await expectKeptPdfs(plansDir, cacheDir)).toBe(true);
    // A file that is not a plan changes nothing; a plan saved after the last build does.
    at(path.join(plansDir, 'notes.txt'), 3_000);
    expect(await expectKeptPdfs(plansDir, cacheDir)).toBe(true);
    at(path.join(plansDir, 'team/b.md'), 3_000);
    expect(await expectKeptPdfs(plansDir, cacheDir)).toBe(false);
  });

  it('lets go, once a build writes every PDF, of other plans folders unused for a month and of copies a stopped build left', async () => {
    const root = makeTempDir();
    const cache = path.join(root, 'pdfs', 'current');
    const at = (file: string, ago: number) => utimesSync(file, new Date(Date.now() - ago), new Date(Date.now() - ago));
    const [day, month] = [24 * 3600 * 1000, 31 * 24 * 3600 * 1000];
    for (const folder of ['moved-away', 'built-last-week']) mkdirSync(path.join(root, 'pdfs', folder), { recursive: true });
    at(path.join(root, 'pdfs', 'moved-away'), month);
    at(path.join(root, 'pdfs', 'built-last-week'), 7 * day);
    mkdirSync(cache, { recursive: true });
    for (const [name, ago] of [['stopped.pdf.1.tmp', 2 * 3600 * 1000], ['keeping.pdf.2.tmp', 0]] as const) {
      writeFileSync(path.join(cache, name), '');
      at(path.join(cache, name), ago);
    }
    const plans = makeManyPlans(1);
    await writeWithCache(plans, cache);
    expect(readdirSync(path.join(root, 'pdfs')).sort()).toEqual(['built-last-week', 'current']);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual(['keeping.pdf.2.tmp']);
    // A build that copies every PDF changes nothing in its folder, and still marks it used before it looks at the others.
    at(cache, month);
    expect((await writeWithCache(plans, cache)).kept).toBe(2);
    expect(readdirSync(path.join(root, 'pdfs')).sort()).toEqual(['built-last-week', 'current']);
  });
});
