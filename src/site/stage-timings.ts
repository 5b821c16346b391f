// How long each stage of a build took, in wall time and in CPU time (of every
// thread of the process: PDF and history workers included), for
// `planfolio build --timings` and the benchmarks that read it.

/** One stage of a build. */
export interface StageTiming {
  stage: string;
  wallMs: number;
  cpuMs: number;
  /** How many things the stage made, when that is what its time is spent on (PDFs). */
  count?: number;
}

/** Collects stage timings; `time` runs a stage and records it, even when it fails. */
export class StageTimer {
  readonly stages: StageTiming[] = [];

  async time<T>(stage: string, run: () => Promise<T> | T, count?: (result: T) => number): Promise<T> {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    let result: T | undefined;
    try {
      result = await run();
      return result;
    } finally {
      const used = process.cpuUsage(cpu);
      this.stages.push({
        stage,
        wallMs: performance.now() - wall,
        cpuMs: (used.user + used.system) / 1000,
        ...(count && result !== undefined ? { count: count(result) } : {}),
      });
    }
  }
}

/** The timings as lines for a terminal. */
export function formatTimings(stages: readonly StageTiming[]): string {
  const width = Math.max(...stages.map((s) => s.stage.length));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return stages
    .map((s) => {
      const each = s.count ? `, ${(s.cpuMs / s.count).toFixed(1)} ms CPU each of ${s.count}` : '';
      return `  ${s.stage.padEnd(width)}  ${seconds(s.wallMs).padStart(8)} wall, ${seconds(s.cpuMs).padStart(8)} CPU${each}`;
    })
    .join('\n');
}
