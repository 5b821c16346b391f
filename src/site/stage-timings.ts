// How long each stage of a build took, in wall time and in CPU time (of every
// thread of the process: V8's collector and compiler threads included), for
// `planfolio build --timings` and the benchmarks that read it. Stages can
// overlap (the PDF threads draw while the pages are rendered): a stage's
// process CPU then counts the others' too, and one that knows its own
// threads' CPU says it apart.

/** One stage of a build. */
export interface StageTiming {
  stage: string;
  wallMs: number;
  cpuMs: number;
  /** How many things the stage made, when that is what its time is spent on (PDFs). */
  count?: number;
  /** A line about the stage's parts, printed under it. */
  detail?: string;
  /** The CPU of the stage's own threads, when it ran beside other stages. */
  ownCpuMs?: number;
}

/** What a stage tells when it ends, beyond its times. */
export type StageEnd = Partial<Pick<StageTiming, 'count' | 'detail' | 'ownCpuMs'>>;

/** Collects stage timings; `time` runs a stage and records it, even when it fails. */
export class StageTimer {
  readonly stages: StageTiming[] = [];

  async time<T>(stage: string, run: () => Promise<T> | T, count?: (result: T) => number): Promise<T> {
    const end = this.begin(stage);
    let result: T | undefined;
    try {
      result = await run();
      return result;
    } finally {
      this.stages.push(end(count && result !== undefined ? { count: count(result) } : {}));
    }
  }

  /**
   * Starts timing a stage that runs beside others: what it returns ends it
   * and gives its timing, to record (push onto `stages`) where it is waited
   * for, so stages are listed in that order, not the order they finish in.
   */
  begin(stage: string): (end?: StageEnd) => StageTiming {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    return (end = {}) => {
      const used = process.cpuUsage(cpu);
      return { stage, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, ...end };
    };
  }
}

/** The timings as lines for a terminal. */
export function formatTimings(stages: readonly StageTiming[]): string {
  const width = Math.max(...stages.map((s) => s.stage.length));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return stages
    .map((s) => {
      const each = s.count ? `, ${((s.ownCpuMs ?? s.cpuMs) / s.count).toFixed(1)} ms CPU each of ${s.count}` : '';
      const detail = s.detail ? `\n    ${s.detail}` : '';
      return `  ${s.stage.padEnd(width)}  ${seconds(s.wallMs).padStart(8)} wall, ${seconds(s.cpuMs).padStart(8)} CPU${each}${detail}`;
    })
    .join('\n');
}
