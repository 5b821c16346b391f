// Two site dependencies are used past their public API, each pinned in
// package.json; these tests name the versions the code was written against
// and fail when the part relied on changes, so an update is a decision.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { installNunjucksCompileCache } from '../../src/site/nunjucks-compile-cache.js';
import { CACHE_DIR } from '../../src/runtime/project-paths.js';
import { runExitSaves } from '../../src/runtime/save-on-exit.js';
import { renderCalendar } from '../../src/site/export-calendar.js';
import type { PlanView } from '../../src/site/site-data.js';
import { makeWords } from '../../src/words/words.js';

const require = createRequire(import.meta.url);
const versionOf = (name: string, file = `${name}/package.json`) => (JSON.parse(readFileSync(require.resolve(file), 'utf8')) as { version: string }).version;

describe('nunjucks 3.2.4: the compile cache patches Template.prototype._compile', () => {
  it('is the version the cache was written against, with the method it wraps', () => {
    expect(versionOf('nunjucks')).toBe('3.2.4');
    expect(typeof (nunjucks.Template.prototype as unknown as { _compile: unknown })._compile).toBe('function');
  });

  it('compiles a source once and renders every later Template of it the same', () => {
    installNunjucksCompileCache();
    const env = new nunjucks.Environment();
    const source = '{% for x in items %}<{{ x }}>{% endfor %}';
    const first = new nunjucks.Template(source, env, 'a.njk', false);
    const second = new nunjucks.Template(source, env, 'a.njk', false);
    expect(first.render({ items: [1, 2] })).toBe('<1><2>');
    expect(second.render({ items: ['<b>'] })).toBe('<&lt;b&gt;>');
    const rootOf = (t: object) => (t as { rootRenderFunc?: unknown }).rootRenderFunc;
    expect(rootOf(second)).toBe(rootOf(first));
  });

  it('keeps the compiled code for the next run, written as the command ends', async () => {
    installNunjucksCompileCache();
    const source = `{% for x in items %}[{{ x }}:${process.pid}]{% endfor %}`;
    expect(new nunjucks.Template(source, new nunjucks.Environment(), 'kept.njk', false).render({ items: [1] })).toBe(`[1:${process.pid}]`);
    await runExitSaves();
    const kept = JSON.parse(readFileSync(path.join(CACHE_DIR, 'nunjucks', 'compiled-3.2.4.json'), 'utf8')) as Record<string, string>;
    const code = Object.values(kept).find((text) => text.includes(`:${process.pid}]`))!;
    // The code as kept makes a template nunjucks renders as its own.
    const precompiled = { type: 'code', obj: new Function(code)() } as unknown as string;
    const template = new nunjucks.Template(precompiled, new nunjucks.Environment(), 'kept.njk');
    expect(template.render({ items: [2, 3] })).toBe(`[2:${process.pid}][3:${process.pid}]`);
  });
});

describe('ical-generator 10.2: folding counts bytes with a counter, not TextEncoder', () => {
  it('is a 10.2 release (11 folds without TextEncoder, but needs Node 22)', () => {
    const version = versionOf('ical-generator', require.resolve('ical-generator').replace(/dist\/.*$/, 'package.json'));
    expect(version).toMatch(/^10\.2\./);
  });

  it('folds long lines of many-byte text at 75 octets, never inside a character', () => {
    const plan = {
      slug: 'x',
      url: '/plans/x/',
      plan: { owner: 'Ελένη Παπαδοπούλου', title: '從分析師到資料工程主管'.repeat(4), status: 'active', created: '2026-01-01', nextReview: '2027-01-01', goals: [] },
      facts: { overdue: [], upcoming: [], review: { next: { date: '2027-01-01', day: '2027-01-01', days: 37, span: { unit: 'month', count: 1 } }, due: false } },
    } as unknown as PlanView;
    const options = { name: 'Ünïcødé 🎯'.repeat(10), base: '/', words: makeWords(), env: { SOURCE_DATE_EPOCH: '1767225600' } };
    const counted = renderCalendar([plan], options);
    const folded = counted.split('\r\n');
    expect(folded.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(folded.some((line) => line.startsWith(' '))).toBe(true);
    // Unfolded, the text is whole: no character was split across a fold.
    expect(counted.replace(/\r\n /g, '')).toContain(`SUMMARY:Plan review: ${plan.plan.title} (Ελένη Παπαδοπούλου)`);
  });
});
