// CPU time per plan PDF when one process renders many (fonts parsed once).
// Run: npx tsx test/pdf/bench-pdf.ts [count=1000] [--write]
// With --write it also times writePdfs (files and the portfolio).
// Plans come from the lead's generator (bench/generate-portfolio.ts) through
// the real loader, so they are the plans a build would render.
import { generatePlan } from '../../bench/generate-portfolio.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderPlanPdf, writePdfs } from '../../src/pdf/index.js';

const count = Number(process.argv[2] ?? 1000);
const plans: LoadedPlan[] = [];
for (let i = 0; i < count; i++) {
  const text = generatePlan(i);
  const result = loadPlan(Buffer.from(text), { file: `plans/p${i}.md`, absolutePath: `/p${i}.md`, relativePath: `p${i}.md` }, '2026-07-01');
  if (!result.ok) throw new Error(`plan ${i} did not load: ${JSON.stringify(result.problems[0])}`);
  plans.push(result.plan);
}

// Warm-up: first use parses fonts and compiles hot paths; a build pays it once.
const warm = process.cpuUsage();
for (const plan of plans.slice(0, 20)) await renderPlanPdf(plan);
const warmMs = (process.cpuUsage(warm).user + process.cpuUsage(warm).system) / 1000;

// PROFILE=file.cpuprofile writes a CPU profile of the timed part only.
const profile = process.env.PROFILE ? await startProfile() : undefined;
const start = process.cpuUsage();
const wall = performance.now();
let bytes = 0;
let pages = 0;
for (const plan of plans) {
  const pdf = await renderPlanPdf(plan);
  bytes += pdf.length;
  pages += (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
const cpu = process.cpuUsage(start);
if (profile) await profile();
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    plans: count,
    cpuMsPerPdf: +(cpuMs / count).toFixed(2),
    wallMsPerPdf: +((performance.now() - wall) / count).toFixed(2),
    avgPages: +(pages / count).toFixed(1),
    avgKB: +(bytes / count / 1024).toFixed(1),
    warmUpCpuMs: Math.round(warmMs),
  }),
);

if (process.argv.includes('--write')) {
  const out = await mkdtemp(path.join(tmpdir(), 'planfolio-bench-'));
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const written = await writePdfs(plans, out, { title: 'Career plans', progress: 'none' });
  const used = process.cpuUsage(cpuStart);
  console.log(
    JSON.stringify({
      writePdfs: written.length,
      wallSeconds: +((performance.now() - wallStart) / 1000).toFixed(2),
      cpuMsPerPdf: +((used.user + used.system) / 1000 / written.length).toFixed(2),
      portfolioMB: +((written.at(-1)?.bytes ?? 0) / 1024 / 1024).toFixed(1),
    }),
  );
  await rm(out, { recursive: true, force: true });
}

async function startProfile(): Promise<() => Promise<void>> {
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(process.env.PROFILE!, JSON.stringify(profile));
  };
}
