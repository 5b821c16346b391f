// How long each stage of a build took, in wall time and in CPU time (of every
// thread of the process: V8's collector and compiler threads included), for
// `planfolio build --timings` and the benchmarks that read it.

/** One stage of a build. */
export interface StageTiming {
  stage: string;
  wallMs: number;
  cpuMs: number;
  /** How many things the stage made, when that is what its time is spent on (PDFs). */
  count?: number;
  /** A line about the stage's parts, printed under it. */
  detail?: string;
}

/** Collects stage timings; `time` runs a stage and records it, even when it fails. */
export class StageTimer {
  readonly stages: StageTiming[] = [];

  async time<T>(
    stage: string,
    run: () => Promise<T> | T,
    count?: (result: T) => number,
    detail?: (result: T, timing: StageTiming) => string | undefined,
  ): Promise<T> {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    let result: T | undefined;
    try {
      result = await run();
      return result;
    } finally {
      const used = process.cpuUsage(cpu);
      const timing: StageTiming = {
        stage,
        wallMs: performance.now() - wall,
        cpuMs: (used.user + used.system) / 1000,
        ...(count && result !== undefined ? { count: count(result) } : {}),
      };
      const line = detail && result !== undefined ? detail(result, timing) : undefined;
      this.stages.push(line ? { ...timing, detail: line } : timing);
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
      const detail = s.detail ? `\n    ${s.detail}` : '';
      return `  ${s.stage.padEnd(width)}  ${seconds(s.wallMs).padStart(8)} wall, ${seconds(s.cpuMs).padStart(8)} CPU${each}${detail}`;
    })
    .join('\n');
}
