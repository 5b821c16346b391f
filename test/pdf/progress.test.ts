import { describe, expect, it } from 'vitest';
import { makeProgressReporter } from '../../src/pdf/progress.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, columns: 80, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, chunks };
}

const event = (done: number, total: number) => ({ done, total, path: `out/pdf/plan-${done}.pdf`, bytes: 40_000 });

describe('progress', () => {
  it('draws a bar on a terminal when there are more than a handful', () => {
    const { stream, chunks } = fakeStream(true);
    const reporter = makeProgressReporter('auto', 10, stream);
    for (let i = 1; i <= 10; i++) reporter.update(event(i, 10));
    reporter.finish();
    expect(chunks[0]).toMatch(/^\r\x1b\[2KPDFs [█░]+ 1\/10/);
    expect(chunks.at(-2)).toContain('10/10');
    expect(chunks.at(-1)).toBe('\n');
  });

  it('writes plain lines when not a terminal, thinned out for many', () => {
    const few = fakeStream(false);
    const r1 = makeProgressReporter('auto', 3, few.stream);
    for (let i = 1; i <= 3; i++) r1.update(event(i, 3));
    expect(few.chunks).toEqual(['PDF 1/3: out/pdf/plan-1.pdf (39 KB)\n', 'PDF 2/3: out/pdf/plan-2.pdf (39 KB)\n', 'PDF 3/3: out/pdf/plan-3.pdf (39 KB)\n']);
    const many = fakeStream(false);
    const r2 = makeProgressReporter('auto', 1000, many.stream);
    for (let i = 1; i <= 1000; i++) r2.update(event(i, 1000));
    expect(many.chunks).toHaveLength(20);
  });

  it('is silent when asked', () => {
    const { stream, chunks } = fakeStream(true);
    const reporter = makeProgressReporter('none', 100, stream);
    reporter.update(event(1, 100));
    reporter.finish();
    expect(chunks).toEqual([]);
  });
});
