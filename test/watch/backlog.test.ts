import { describe, expect, it } from 'vitest';
import { Backlog, type BacklogStep } from '../../src/watch/backlog.js';

const plans = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ slug: `p${i}`, url: `/plans/p${i}/`, pdfUrl: `/pdf/p${i}.pdf` }));

/** Every step until the backlog is empty, each marked finished as dev marks it. */
function drain(backlog: Backlog): BacklogStep[] {
  const steps: BacklogStep[] = [];
  for (let step = backlog.next(); step; step = backlog.next()) {
    steps.push(step);
    backlog.finished();
  }
  return steps;
}

describe('what dev builds after its first page', () => {
  it('is history, the plan pages fifty at a time, the lists, the PDFs fifteen at a time, then the portfolio PDF', () => {
    const steps = drain(new Backlog(plans(60)));
    expect(steps.map((s) => ('slugs' in s ? `${s.kind} ${s.slugs.length}` : s.kind))).toEqual([
      'history', 'pages 50', 'pages 10', 'lists', 'pdfs 15', 'pdfs 15', 'pdfs 15', 'pdfs 15', 'portfolio',
    ]);
  });

  it('has no PDF steps when dev writes no PDFs, and nothing at all for an empty portfolio', () => {
    expect(drain(new Backlog(plans(3), { pdf: false })).map((s) => s.kind)).toEqual(['history', 'pages', 'lists']);
    expect(new Backlog([]).empty).toBe(true);
  });

  it('builds a page asked for before its turn next, and lets the request go on once it is written', async () => {
    const backlog = new Backlog(plans(120));
    expect(backlog.next()).toEqual({ kind: 'history' });
    let answered = false;
    const waiting = backlog.prioritize('/plans/p110/')!.then(() => (answered = true));
    const step = backlog.next() as { slugs: string[] };
    expect(step.slugs[0]).toBe('p110');
    expect(step.slugs).toHaveLength(50);
    await Promise.resolve();
    expect(answered).toBe(false);
    backlog.finished();
    await waiting;
    expect(answered).toBe(true);
  });

  it('also waits for a page whose step is under way, and not for one already written', async () => {
    const backlog = new Backlog(plans(2));
    backlog.next();
    backlog.next(); // both pages under way
    const waiting = backlog.prioritize('/plans/p1/');
    expect(waiting).toBeInstanceOf(Promise);
    backlog.finished();
    await waiting;
    expect(backlog.prioritize('/plans/p1/')).toBeUndefined();
    expect(backlog.prioritize('/plans/nobody/')).toBeUndefined();
  });

  it('drops a plan a save has built, and lets every waiting request go when dev stops', async () => {
    const backlog = new Backlog(plans(3));
    backlog.next();
    const saved = backlog.prioritize('/pdf/p2.pdf')!;
    backlog.drop('p2', ['/plans/p2/', '/pdf/p2.pdf']);
    await saved;
    const steps = drain(backlog);
    expect(steps.filter((s) => 'slugs' in s).flatMap((s) => (s as { slugs: string[] }).slugs)).toEqual(['p0', 'p1', 'p0', 'p1']);
    const stopped = new Backlog(plans(3));
    const pending = stopped.prioritize('/plans/p2/')!;
    stopped.clear();
    await pending;
    expect(stopped.empty).toBe(true);
  });
});
