// Names Planfolio makes for files and folders (page slugs, people, tags, PDFs,
// new plans) stay within what file systems allow, the same every time, and
// two long names that start alike stay apart.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/schema/slugify.js';
import { makePortfolio, makeTempDir, writePlan } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

/** The longest name, in UTF-8 bytes, Planfolio gives a file or folder: room to spare below 255. */
const LIMIT = 200;

const cyrillic = 'Переход из аналитиков данных в руководители направления инженерии данных в крупной международной компании по всему миру';
const cjk = '从数据分析师成长为数据工程团队负责人并在三年内带领一个十人团队完成公司核心数据平台的迁移与重建工作同时培养新人';
const bytes = (text: string) => Buffer.byteLength(text);

describe('slugify keeps names within a file name', () => {
  it.each([
    ['a short title', 'Data lead 2026', 'data-lead-2026'],
    ['a sample owner', 'Дмитрий Соколов', 'дмитрий-соколов'],
  ])('leaves %s as it was', (_, text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each([
    ['Cyrillic', cyrillic.repeat(2)],
    ['CJK', cjk.repeat(2)],
    ['emoji between words', `${'Ship 🚀 it '.repeat(40)}`],
    ['an Arabic ligature that widens when folded', '\ufdfa'.repeat(80)],
  ])('cuts %s to at most 200 bytes, the same every time, with a hash of the whole', (_, text) => {
    const slug = slugify(text);
    expect(bytes(slug)).toBeLessThanOrEqual(LIMIT);
    expect(bytes(slug)).toBeGreaterThan(LIMIT - 12);
    expect(slug).toMatch(/-[0-9a-f]{8}$/);
    expect(slugify(`${text}`)).toBe(slug);
    // Two names that share the part that is kept still differ.
    expect(slugify(`${text} второй`)).not.toBe(slug);
    expect(slugify(`${text} второй`).slice(0, -9)).toBe(slug.slice(0, -9));
  });
});

describe('a build with long names', () => {
  it('writes every page and PDF of long Cyrillic, CJK and emoji titles and owners, each name within 200 bytes', async () => {
    const plans = makePortfolio({
      'long-owner.md': writePlan({ owner: cyrillic }),
      'same-start.md': writePlan({ owner: `${cyrillic} второй` }),
      'cjk.md': writePlan({ owner: cjk, extra: `tags: ["${cjk}", "${cjk}二"]\n` }),
      'emoji.md': writePlan({ owner: `Ana ${'🚀'.repeat(70)} Lee` }),
      [`${'ж'.repeat(120)}.md`]: writePlan({ owner: 'Ана' }),
    });
    const made = runPlanfolio(['new', 'Анастасия Владимировна Кузнецова-Преображенская', '--title', cyrillic.slice(0, 118), '--plans', plans]);
    expect(made.code, made.stderr).toBe(0);
    const out = path.join(makeTempDir('planfolio-long-'), '_site');

    const build = runPlanfolio(['build', '--drafts', '--no-search', '--plans', plans, '--out', out]);
    expect(build.stderr).not.toMatch(/\n\s+at |this is a bug|ENAMETOOLONG/);
    expect(build.code, build.stderr).toBe(0);
    const names = walk(out);
    const tooLong = names.filter((name) => bytes(path.basename(name)) > LIMIT);
    expect(tooLong).toEqual([]);
    expect(readdirSync(path.join(out, 'pdf'))).toHaveLength(7);
    // Two owners who share their first 120 characters have a page each.
    expect(readdirSync(path.join(out, 'people')).filter((name) => name !== 'index.html')).toHaveLength(6);
    expect(readdirSync(path.join(out, 'tags')).filter((name) => name !== 'index.html')).toHaveLength(2);
    expect(readdirSync(path.join(out, 'plans'))).toHaveLength(6);

    // The same plans give the same names again (built in this process: only the names are compared).
    const again = path.join(makeTempDir('planfolio-long-'), '_site');
    expect((await runPlanfolioHere(['build', '--drafts', '--no-search', '--no-pdf', '--plans', plans, '--out', again])).code).toBe(0);
    expect(walk(again).filter((name) => !name.startsWith('pdf'))).toEqual(names.filter((name) => !name.startsWith('pdf')));
  });
});

/** Every file and folder below a folder, as paths relative to it, sorted. */
function walk(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const here = path.relative(root, full);
      return statSync(full).isDirectory() ? [here, ...walk(root, full)] : [here];
    });
}
