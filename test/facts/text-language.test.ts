// The language of a plan's own words: its `lang` when given, else Chinese,
// Japanese, Korean, Thai, Lao, Khmer, Burmese or Tibetan told from its letters, else
// none. Loaded through the loader, as every view gets it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSharedLanguage } from '../../src/facts/text-language.js';
import { loadPlan } from '../../src/load/load-plan.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/search-languages');

/** A plan in the fixtures' shape, with these fields and notes. */
function makePlan(fields: { title: string; owner?: string; vision: string; goal: string; step: string; lang?: string; notes?: string }): string {
  return [
    '---',
    `title: ${fields.title}`,
    `owner: ${fields.owner ?? 'Sam Lee'}`,
    ...(fields.lang ? [`lang: ${fields.lang}`] : []),
    'status: active',
    'created: 2026-06-01',
    'vision:',
    `  statement: ${fields.vision}`,
    '  horizon: 2029-06',
    'goals:',
    `  - title: ${fields.goal}`,
    '    outcome: Done',
    '    due: 2027-04-30',
    '    steps:',
    `      - action: ${fields.step}`,
    '---',
    fields.notes ?? '',
  ].join('\n');
}

function languageOf(text: string): string | undefined {
  const result = loadPlan(Buffer.from(text), { file: 'plan.md', absolutePath: '/plans/plan.md', relativePath: 'plan.md' }, '2026-11-25');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.plan.facts.language;
}

describe('the language of a plan’s words', () => {
  it.each([
    ['Chinese prose with English names of tools', 'wang-fang.md', 'zh'],
    ['Thai prose', 'somchai-jaidee.md', 'th'],
    ['Japanese prose, kana among the kanji', 'tanaka-misaki.md', 'ja'],
    ['Lao prose', 'somphone-keomany.md', 'lo'],
    ['Khmer prose', 'sok-chan.md', 'km'],
    ['Tibetan prose', 'tenzin-dolma.md', 'bo'],
    ['English prose', 'ines-moreau.md', undefined],
  ])('%s: %s reads as %s', (_, file, language) => {
    expect(languageOf(readFileSync(path.join(FIXTURES, file), 'utf8'))).toBe(language);
  });

  it.each([
    ['its lang, whatever its letters', { title: 'Plan', lang: 'es', vision: 'Dirigir un equipo', goal: 'Aprender', step: 'Leer' }, 'es'],
    ['its lang over Chinese letters', { title: '计划', lang: 'zh-Hant', vision: '成為資料分析師', goal: '學習', step: '上課' }, 'zh-Hant'],
    ['English with the owner’s name in Chinese', { title: 'Become a data lead', owner: '王芳', vision: 'Lead a data team', goal: 'Learn SQL', step: 'Take a course' }, undefined],
    ['English with one Chinese word', { title: 'Move to Shanghai 上海', vision: 'Lead a data team in Shanghai', goal: 'Learn Mandarin', step: 'Take a course' }, undefined],
    ['Korean', { title: '데이터 분석가 되기', vision: '데이터 팀을 이끌기', goal: 'SQL 배우기', step: '강의 듣기' }, 'ko'],
    ['English with a Tibetan name', { title: 'Front-end developer', owner: 'བསྟན་འཛིན་སྒྲོལ་མ', vision: 'Build pages that work for everyone', goal: 'Learn TypeScript', step: 'Read' }, undefined],
    ['English with a Korean name and one Korean word', { title: 'Front-end developer', owner: '김민준', vision: 'Build pages that work for everyone', goal: 'Learn 한국어 terms', step: 'Read' }, undefined],
    ['kanji with no kana', { title: '資料分析師', vision: '成為資料分析師', goal: '學習統計', step: '上課' }, 'zh'],
    ['English front matter, Thai notes', { title: 'Plan', vision: 'Teach', goal: 'Learn', step: 'Read', notes: 'บันทึกเพิ่มเติมเกี่ยวกับแผนนี้ที่ยาวกว่าส่วนอื่นของแผนทั้งหมด' }, 'th'],
    ['Burmese', { title: 'ဒေတာခွဲခြမ်းစိတ်ဖြာသူ', vision: 'ဒေတာအဖွဲ့ကို ဦးဆောင်ရန်', goal: 'သင်တန်းတက်ရန်', step: 'စာဖတ်ရန်' }, 'my'],
    ['English with a Lao name', { title: 'Become a data lead', owner: 'ສົມພອນ ແກ້ວມະນີ', vision: 'Lead a data team', goal: 'Learn SQL', step: 'Take a course' }, undefined],
    ['figures and a word', { title: "'2027'", vision: "'42'", goal: "'1'", step: "'2'" }, undefined],
  ])('%s', (_, fields, language) => {
    expect(languageOf(makePlan(fields))).toBe(language);
  });
});

describe('the language some plans share', () => {
  it.each([
    [['zh', 'zh'], 'zh'],
    [['zh', 'th'], undefined],
    [['zh', undefined], undefined],
    [[undefined, undefined], undefined],
    [[], undefined],
  ] as const)('%j: %s', (languages, shared) => {
    expect(findSharedLanguage(languages)).toBe(shared);
  });
});
