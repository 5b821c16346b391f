// Planfolio's side of the PDF comparison, run in a child process of its own so
// the figures do not share a heap with the rest of the bench: load the
// portfolio, warm up (fonts parsed once, code compiled), then time rendering
// a sample of plans several times each (wall and CPU per PDF), then render
// every plan once for the CPU each one costs.
// Usage: node --import tsx bench/pdf-inprocess.ts <plansDir> [--sample=20] [--passes=3] [--all]
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPortfolio } from '../src/load/load-portfolio.js';
import { renderPlanPdf } from '../src/pdf/index.js';
import { median, percentile } from './measure.js';

export interface SampledPdf {
  file: string;
  url: string;
  /** Median over the passes. */
  wallMs: number;
  cpuMs: number;
  bytes: number;
}

export interface InProcessResult {
  plans: number;
  warmupMs: number;
  sample: SampledPdf[];
  /** CPU per plan when rendering every plan once (absent without --all). */
  all?: { count: number; medianCpuMs: number; p90CpuMs: number; meanCpuMs: number; maxCpuMs: number; wallMs: number };
}

const MARK = 'PDF-BENCH-RESULT ';

/** `count` plans spread evenly over the list, so the sample has every kind of owner. */
export function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!);
}

async function main(argv: string[]): Promise<InProcessResult> {
  const plansDir = argv.find((a) => !a.startsWith('--'));
  if (!plansDir) throw new Error('usage: pdf-inprocess.ts <plansDir> [--sample=20] [--passes=3] [--all]');
  const option = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const portfolio = await loadPortfolio({ plansDir, today: process.env.PLANFOLIO_TODAY ?? '2026-11-25' });
  if (portfolio.problems.length) throw new Error(`${portfolio.problems.length} problems in ${plansDir}`);
  const plans = [...portfolio.plans].sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1));
  const sample = spread(plans, option('sample', 20));
  const options = {};

  const warm = performance.now();
  for (const plan of sample) await renderPlanPdf(plan, options);
  const warmupMs = performance.now() - warm;

  const walls = sample.map((): number[] => []);
  const cpus = sample.map((): number[] => []);
  const bytes: number[] = [];
  for (let pass = 0; pass < option('passes', 3); pass++) {
    for (const [i, plan] of sample.entries()) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const pdf = await renderPlanPdf(plan, options);
      walls[i]!.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpus[i]!.push((used.user + used.system) / 1000);
      bytes[i] = pdf.length;
    }
  }
  const result: InProcessResult = {
    plans: plans.length,
    warmupMs,
    sample: sample.map((plan, i) => ({ file: plan.relativePath, url: plan.url, wallMs: median(walls[i]!), cpuMs: median(cpus[i]!), bytes: bytes[i]! })),
  };
  if (argv.includes('--all')) {
    const perPlan: number[] = [];
    const started = performance.now();
    for (const plan of plans) {
      const cpu = process.cpuUsage();
      await renderPlanPdf(plan, options);
      const used = process.cpuUsage(cpu);
      perPlan.push((used.user + used.system) / 1000);
    }
    result.all = {
      count: perPlan.length,
      medianCpuMs: median(perPlan),
      p90CpuMs: percentile(perPlan, 90),
      meanCpuMs: perPlan.reduce((a, b) => a + b, 0) / perPlan.length,
      maxCpuMs: Math.max(...perPlan),
      wallMs: performance.now() - started,
    };
  }
  return result;
}

/** Runs this file in a fresh Node process (under tsx) and returns what it measured. */
export async function measurePlanfolioPdfs(
  plansDir: string,
  options: { sample: number; passes: number; all: boolean; env: NodeJS.ProcessEnv; nodeArgs?: string[] },
): Promise<InProcessResult> {
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', fileURLToPath(import.meta.url), plansDir, `--sample=${options.sample}`, `--passes=${options.passes}`];
  if (options.all) args.push('--all');
  const child = spawn(process.execPath, args, { cwd: fileURLToPath(new URL('..', import.meta.url)), env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve(exitCode ?? 1));
  });
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (code !== 0 || !line) throw new Error(`PDF bench child failed (exit ${code}):\n${stderr.trim().split('\n').slice(-15).join('\n')}`);
  return JSON.parse(line.slice(MARK.length)) as InProcessResult;
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  const result = await main(process.argv.slice(2));
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
}
