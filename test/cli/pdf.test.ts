import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

describe('planfolio pdf', () => {
  it('writes one plan to the file asked for, on Letter paper when asked', () => {
    const out = path.join(makeTempDir('planfolio-pdf-'), 'ana.pdf');
    const { code, stdout } = runPlanfolio(['pdf', 'plans/ana-garcia/2026-data-lead.md', '-o', out, '--page-size', 'letter']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*ana\.pdf\n$/);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+From senior analyst to data engineering lead/);
    expect(info).toMatch(/Author:\s+Ana García/);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('names the file after its owner by default', () => {
    const cwd = makeTempDir('planfolio-pdf-');
    const bin = path.resolve('bin/planfolio.js');
    execFileSync(process.execPath, [bin, 'pdf', path.resolve('plans/ana-garcia/2026-data-lead.md')], { cwd });
    expect(existsSync(path.join(cwd, 'ana-garcia-2026-data-lead.pdf'))).toBe(true);
  });

  it('writes in the language of planfolio.config (Spanish headings)', () => {
    const cwd = makeTempDir('planfolio-pdf-');
    writeFileSync(path.join(cwd, 'planfolio.config.json'), '{"language": "es"}\n');
    const bin = path.resolve('bin/planfolio.js');
    execFileSync(process.execPath, [bin, 'pdf', path.resolve('plans/ana-garcia/2026-data-lead.md'), '-o', 'ana.pdf'], { cwd, env: { ...process.env, PLANFOLIO_TODAY: '2026-11-25' } });
    const text = execFileSync('pdftotext', ['-layout', path.join(cwd, 'ana.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('PLAN DE ACCIÓN PROFESIONAL');
    expect(text).not.toContain('CAREER ACTION PLAN');
  });

  it('refuses a broken plan with its problem lines and writes nothing', () => {
    const { code, stderr } = runPlanfolio(['pdf', 'test/fixtures/broken/five-problems.md']);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((l) => l.startsWith('test/fixtures/broken/five-problems.md:'))).toHaveLength(5);
    expect(stderr).toContain('planfolio pdf: 5 problems; nothing was written.');
  });
});
