// Search finds a word anywhere in a plan written in Chinese, Japanese, Thai,
// Lao, Khmer or Tibetan, on a site whose own words are English: those
// languages run words (or, in Tibetan, syllables) together, and the index
// splits them only when it indexes them in their language (Chinese, Japanese,
// Thai), or when the page carries its words split apart (Lao, Khmer, Tibetan:
// src/site/search-words.ts).
// Before, only the first word of each sentence was found.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/deploy/headers.js';
import { launchBrowser } from '../helpers/browser.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';

const PLANS = path.resolve('test/fixtures/search-languages');

let out: string;
let browser: Browser;
let page: Page;
let site: StaticSite;
const problems: string[] = [];

beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-search-languages-')), '_site');
  const build = await runPlanfolioHere(['build', '--no-pdf', '--no-history', '--plans', PLANS, '--out', out]);
  if (build.code !== 0) throw new Error(build.stderr);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  site = await serveStatic(out, { ...SECURITY_HEADERS });
}, 60_000);

afterAll(async () => {
  await site?.close();
  await browser?.close();
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

/** The addresses of what the search page finds for a query. */
async function searchFor(query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => !/Searching|^$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.$$eval('.search-result__title a', (links) => links.map((a) => decodeURI((a as HTMLAnchorElement).pathname)).sort());
}

const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(out, 'pagefind', ...parts), 'utf8'));

describe('search in languages written without spaces', () => {
  it('indexes each language’s pages in a part of their own, in that language', () => {
    const parts = readJson('parts.json') as string[];
    expect(parts).toEqual(['part-2/', 'part-3/', 'part-4/', 'part-5/', 'part-6/', 'part-7/']);
    const languages = ['', ...parts].map((part) => Object.keys(readJson(part, 'pagefind-entry.json').languages));
    expect(languages).toEqual([['en'], ['bo'], ['ja'], ['km'], ['lo'], ['th'], ['zh']]);
    expect(readFileSync(path.join(out, 'plans', 'wang-fang', 'index.html'), 'utf8')).toContain('data-pagefind-body data-pagefind-meta="kind:Plan" data-search-language="zh"');
    expect(readFileSync(path.join(out, 'plans', 'chan-ka-yan', 'index.html'), 'utf8')).toContain('data-search-language="yue"');
    expect(readJson('part-7/', 'pagefind-entry.json').languages.zh.page_count).toBe(4);
    expect(readFileSync(path.join(out, 'plans', 'ines-moreau', 'index.html'), 'utf8')).not.toContain('data-search-language');
  });

  it.each([
    ['Chinese', '零售企业', ['/people/王芳/', '/plans/wang-fang/']],
    ['Chinese', '数据库', ['/people/王芳/', '/plans/wang-fang/']],
    ['Cantonese (lang: yue, indexed as Chinese)', '社區中心', ['/people/陳嘉欣/', '/plans/chan-ka-yan/']],
    ['Thai', 'เศษส่วน', ['/people/สมชาย-ใจดี/', '/plans/somchai-jaidee/']],
    ['Thai', 'บริษัท', ['/people/สมชาย-ใจดี/', '/plans/somchai-jaidee/']],
    ['Japanese', 'インタビュー', ['/people/田中-美咲/', '/plans/tanaka-misaki/']],
    ['Japanese', '製品チーム', ['/people/田中-美咲/', '/plans/tanaka-misaki/']],
    ['Lao (told from its letters)', 'ຫຼັກສູດ', ['/people/ສົມພອນ-ແກ້ວມະນີ/', '/plans/somphone-keomany/']],
    ['Lao', 'ວິເຄາະ', ['/people/ສົມພອນ-ແກ້ວມະນີ/', '/plans/somphone-keomany/']],
    ['Khmer (told from its letters)', 'ធនាគារ', ['/people/សុខ-ចាន់/', '/plans/sok-chan/']],
    ['Khmer', 'ទិន្នន័យ', ['/people/សុខ-ចាន់/', '/plans/sok-chan/']],
    ['Tibetan (told from its letters), two syllables from inside a run joined by tshegs', 'དབྱེ་ཞིབ', ['/people/བསྟན-འཛིན-སྒྲོལ-མ/', '/plans/tenzin-dolma/']],
    ['Tibetan, ending in a tsheg as typed', 'དངུལ་རྩིས་', ['/people/བསྟན-འཛིན-སྒྲོལ-མ/', '/plans/tenzin-dolma/']],
    ['English, its words stemmed as English', 'managers', ['/people/ines-moreau/', '/plans/ines-moreau/']],
  ])('finds a word from inside a sentence in %s: %s', async (_, query, found) => {
    expect(await searchFor(query)).toEqual(found);
  });

  it('shows an excerpt of the plan’s own text around the word, with no error', async () => {
    await searchFor('零售企业');
    const excerpts = await page.$$eval('.search-result__excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(excerpts.join('\n')).toContain('零售企业的数据分析师');
    expect(await page.$$eval('.search-result mark', (marks) => marks.map((mark) => mark.textContent))).toContain('零售');
    expect(problems).toEqual([]);
  });
});

describe('a plan’s own words carry its language, and only they', () => {
  /** The language each element matching `selector` is in: its own `lang` or its nearest ancestor's. */
  const languagesOf = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((node) => node.closest('[lang]')?.getAttribute('lang')));

  it.each([
    ['/plans/wang-fang/', 'zh'],
    ['/plans/somchai-jaidee/', 'th'],
    ['/plans/tanaka-misaki/', 'ja'],
    ['/plans/chan-ka-yan/', 'yue'],
    ['/plans/somphone-keomany/', 'lo'],
    ['/plans/sok-chan/', 'km'],
    ['/plans/tenzin-dolma/', 'bo'],
    ['/plans/ines-moreau/', 'en'],
  ])('%s: its title, vision, goals and steps in %s, the site’s headings and labels in English', async (url, language) => {
    await page.goto(`${site.url}${url}`);
    expect(await languagesOf('h1, .vision__statement, .goal__title, .step__action > span:not(.visually-hidden)')).toEqual(Array(4).fill(language));
    expect(new Set(await languagesOf('.plan-body h2, .plan-body .label, .step__action > .visually-hidden, .goal__fact dt'))).toEqual(new Set(['en']));
  });

  it('on the portfolio and people pages too: each card’s plan in its own language', async () => {
    await page.goto(`${site.url}/`);
    const cards = await page.$$eval('.plan-card__title', (titles) => titles.map((title) => `${title.textContent?.trim()}: ${title.closest('[lang]')?.getAttribute('lang')}`));
    expect(cards.sort()).toEqual(
      [
        'From support lead to operations manager: en',
        '从会计到数据分析师: zh',
        '由文員轉做社工: yue',
        '営業からプロダクトマネージャーへ: ja',
        'จากครูสู่นักออกแบบการเรียนรู้: th',
        'ຈາກນັກບັນຊີສູ່ນັກວິເຄາະຂໍ້ມູນ: lo',
        'ពីគណនេយ្យករទៅអ្នកវិភាគទិន្នន័យ: km',
        'ཚོང་ཁང་གི་དངུལ་རྩིས་ནས་གྲངས་ཐོ་དབྱེ་ཞིབ་ལ།: bo',
      ].sort(),
    );
    await page.goto(`${site.url}/people/`);
    expect(await languagesOf('.person-card__name')).toEqual(expect.arrayContaining(['zh', 'th', 'ja', 'yue', 'en']));
  });

  it('on a person page: the role inside “Created … as …” in the plan’s language, the sentence and its date in English', async () => {
    await page.goto(`${site.url}/people/สมชาย-ใจดี/`);
    expect(await page.$eval('.career__meta .muted', (node) => node.textContent)).toBe('Created 1 Aug 2026 as ครูคณิตศาสตร์ โรงเรียนมัธยม');
    expect(await languagesOf('.career__meta .muted bdi')).toEqual(['th']);
    expect(await languagesOf('.career__meta .muted')).toEqual(['en']);
  });

  it('on the deadlines page: a step, and its goal inside the site’s sentence “For …”, in the plan’s language; the sentence in English', async () => {
    await page.goto(`${site.url}/deadlines/`);
    const steps = await page.$$eval('.deadline', (items) =>
      items
        .filter((item) => item.querySelector('.kind--step'))
        .map((item) => [item.querySelector('.deadline__title bdi'), item.querySelector('.deadline__context bdi'), item.querySelector('.deadline__context')].map((node) => node!.closest('[lang]')!.getAttribute('lang'))),
    );
    expect(steps).toEqual(expect.arrayContaining([['zh', 'zh', 'en'], ['th', 'th', 'en'], ['ja', 'ja', 'en'], ['en', 'en', 'en']]));
  });
});
