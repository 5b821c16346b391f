// What search holds of each page, as Pagefind stored it from the shared sample
// build: the words a reader searches and sees in an excerpt, each label apart
// from its value, and none of the charts' numbers.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPlanFiles } from '../../src/load/find-plan-files.js';
import { useSharedBuild } from '../helpers/shared-builds.js';

/** Every indexed page's address and text, read from Pagefind's fragment files (gzip, a signature, then JSON). */
function readSearchTexts(site: string): Map<string, string> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    texts.set(decodeURI(fragment.url), fragment.content);
  }
  return texts;
}

let texts: Map<string, string>;
beforeAll(async () => {
  texts = readSearchTexts((await useSharedBuild('samples')).out);
}, 120_000);

describe('the text search holds of a page', () => {
  it.each([
    ['/plans/ana-garcia/2026-data-lead/', 'a barrier and its way past', 'What could get in the way Little free time with two young children. How to get past it Study on Tuesday'],
    ['/plans/ana-garcia/2026-data-lead/', "a goal's outcome", 'Outcome Transfer confirmed by both managers'],
    ['/plans/ana-garcia/2026-data-lead/', "a goal's measure", 'Measure from 0 now 0 target 1 transfer'],
    ['/plans/ana-garcia/2026-data-lead/', 'the goals done', 'Goals done 0 of 5'],
    ['/plans/ana-garcia/2024-analyst/', 'a step done late', 'Done 14 Oct 2024 done after its due date'],
    ['/plans/ana-garcia/2026-data-lead/', 'a skill, from the list, not the chart', 'Skills. Apache Spark. Technical The platform team'],
  ])('%s: %s', (url, _what, expected) => {
    expect(texts.get(url)).toContain(expected);
  });

  it("leaves out the skills chart's table of levels", () => {
    for (const [url, text] of texts) expect(text, url).not.toMatch(/Skill ?Now ?Target/);
  });

  it('never runs a label into the word after it: every word with a capital or a digit inside is one the plans wrote', () => {
    const written = findPlanFiles('plans', 'plans').files.map((file) => readFileSync(path.join('plans', file), 'utf8')).join('\n');
    const glued = [...texts].flatMap(([url, text]) =>
      (text.match(/[^\s.,;:!?“”"()·]*(?:\p{Ll}\p{Lu}|\d\p{L}|\p{Ll}\d)[^\s.,;:!?“”"()·]*/gu) ?? []).filter((word) => !written.includes(word)).map((word) => `${url}: ${word}`),
    );
    expect(glued).toEqual([]);
  });
});
