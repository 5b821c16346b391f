import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdfFileName, writePdfs, type PdfProgress } from '../../src/pdf/index.js';
import { slugify } from '../../src/schema/slugify.js';
import { makeEmojiPlan, makeLatinPlan, makeLoadedPlan, makeMultilingualPlan } from './fixtures.js';
import { checkStructure, extractText, squash } from './poppler.js';

const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder, removed after the tests. */
function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-pdfs-'));
  made.push(dir);
  return dir;
}

function makeManyPlans(count: number) {
  return Array.from({ length: count }, (_, i) =>
    makeLoadedPlan(
      {
        title: `Plan number ${i + 1}`,
        owner: `Person ${String.fromCharCode(65 + (i % 26))} ${i + 1}`,
        created: '2026-01-01',
        vision: { statement: 'Grow.' },
        goals: [{ title: `Goal of plan ${i + 1}`, outcome: 'Done', due: '2026-12', steps: [{ action: `Step of plan ${i + 1}` }] }],
      },
      `many/plan-${i + 1}.md`,
    ),
  );
}

describe('makePdfFileName', () => {
  it('names the owner and the plan, without repeating an owner folder', () => {
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia/2026-data-lead.md'))).toBe('ana-garcia-2026-data-lead.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'team/2026.md'))).toBe('ana-garcia-team-2026.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ελένη Παπαδοπούλου' }, 'eleni-papadopoulou.md'))).toBe(`${slugify('Ελένη Παπαδοπούλου')}-eleni-papadopoulou.pdf`);
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia.md'))).toBe('ana-garcia.pdf');
    expect(makePdfFileName(makeLoadedPlan({ ...base(), owner: 'Ελένη Παπαδοπούλου' }, 'ελενη-παπαδοπουλου/plan-1.md'))).toBe(`${slugify('Ελένη Παπαδοπούλου')}-plan-1.pdf`);
  });
});

function base() {
  return { title: 'T', owner: 'O', created: '2026-01-01', vision: {}, goals: [{ title: 'G', outcome: 'O', due: '2026-12', steps: [{ action: 'S' }] }] };
}

describe('writePdfs', () => {
  it('writes each plan and the portfolio in this thread when there are few', async () => {
    const out = makeTempDir();
    const plans = [makeLatinPlan(), makeMultilingualPlan(), makeEmojiPlan()];
    const events: PdfProgress[] = [];
    const written = await writePdfs(plans, out, { progress: 'none', onProgress: (e) => events.push(e), env: {} });
    expect(written.map((w) => path.relative(out, w.path)).sort()).toEqual(
      ['pdf/ana-garcia-2026-lead.pdf', 'pdf/nguyen-thi-huong-nguyen-2026.pdf', 'pdf/portfolio.pdf', 'pdf/sam-emoji-sam-emoji.pdf'].sort(),
    );
    for (const w of written) {
      expect(statSync(w.path).size).toBe(w.bytes);
      checkStructure(w.path);
    }
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4]);
  });

  it('writes the same bytes from worker threads as from this thread', async () => {
    const plans = makeManyPlans(10);
    const a = makeTempDir();
    const b = makeTempDir();
    const inThread = await writePdfs(plans, a, { workers: 0, progress: 'none', env: {} });
    const inWorkers = await writePdfs(plans, b, { workers: 2, progress: 'none', env: {} });
    expect(inWorkers.length).toBe(11);
    inThread.forEach((w, i) => expect(readFileSync(inWorkers[i]!.path).equals(readFileSync(w.path))).toBe(true));
    const portfolio = inWorkers.find((w) => w.kind === 'portfolio')!;
    const text = squash(extractText(portfolio.path));
    for (const p of plans) expect(text).toContain(squash(p.plan.goals[0]!.steps[0]!.action));
  }, 60_000);

  it('runs its worker threads when started with npx tsx', () => {
    const out = makeTempDir();
    const script = path.join(out, 'run.ts');
    const plansJson = path.join(out, 'plans.json');
    writeFileSync(plansJson, JSON.stringify(makeManyPlans(9)));
    writeFileSync(
      script,
      [
        `import { readFileSync } from 'node:fs';`,
        `import { writePdfs } from ${JSON.stringify(path.join(root, 'src/pdf/index.ts'))};`,
        `const plans = JSON.parse(readFileSync(${JSON.stringify(plansJson)}, 'utf8'));`,
        `writePdfs(plans, ${JSON.stringify(out)}, { workers: 2, progress: 'lines' }).then((w) => console.log(JSON.stringify(w.map((x) => x.bytes))));`,
      ].join('\n'),
    );
    const result = spawnSync('npx', ['tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
    expect(result.status, result.stderr).toBe(0);
    const sizes = JSON.parse(result.stdout.trim().split('\n').pop()!) as number[];
    // Not a terminal: plain progress lines on stderr, one per PDF for so few.
    expect(result.stderr.match(/^PDF \d+\/10: /gm)).toHaveLength(10);
    expect(sizes).toHaveLength(10);
    expect(sizes.every((n) => n > 1000)).toBe(true);
  }, 60_000);

  it('refuses two plans that would share a file name', async () => {
    const out = makeTempDir();
    const one = makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'x.md');
    const two = makeLoadedPlan({ ...base(), owner: 'Ana García' }, 'ana-garcia/x.md');
    await expect(writePdfs([one, two], out, { progress: 'none' })).rejects.toThrow(/both be written as ana-garcia-x.pdf/);
  });
});
