// Plans for the PDF tests, built as front-matter objects, validated by the
// real schema and given facts by the real derivation, so they are exactly
// what the loader would hand the PDF code.
import { deriveFacts } from '../../src/facts/derive-facts.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { planSchema, type PlanInput } from '../../src/schema/plan.js';

export const TODAY = '2026-07-01';

/** A LoadedPlan from front matter, a body and a path below `plans/`. */
export function makeLoadedPlan(input: PlanInput, relativePath = 'test/plan.md', body = ''): LoadedPlan {
  const plan = planSchema.parse(input);
  const slug = relativePath.replace(/\.md$/, '');
  return {
    file: `plans/${relativePath}`,
    absolutePath: `/nowhere/plans/${relativePath}`,
    relativePath,
    slug,
    url: `/plans/${slug}/`,
    plan,
    body,
    bodyLine: 1,
    facts: deriveFacts(plan, TODAY, body),
  };
}

/** Goal titles and step actions in the scripts a plan may hold. */
export const multilingual = {
  owner: 'Nguyễn Thị Hương',
  goals: [
    { title: 'Trở thành trưởng nhóm kỹ thuật dữ liệu', steps: ['Hoàn thành khoá học Spark nâng cao', 'Hướng dẫn hai kỹ sư mới'] },
    { title: 'Διδασκαλία σεμιναρίου για την ανάλυση δεδομένων', steps: ['Ετοιμασία υλικού για τρεις συναντήσεις'] },
    { title: 'Выступить на конференции по данным', steps: ['Подготовить доклад о конвейерах данных', 'Отрепетировать с Дмитрием Соколовым'] },
    { title: '带领数据平台团队完成迁移', steps: ['与王小明一起完成架构评审'] },
    { title: '日本語の資格試験に合格する', steps: ['毎朝ひらがなとカタカナを練習する'] },
    { title: '한국 지사와 협업 프로젝트 시작', steps: ['김민준 팀장과 첫 회의 잡기'] },
  ],
};

/** A plan with text in Vietnamese, Greek, Cyrillic, Chinese, Japanese and Korean. */
export function makeMultilingualPlan(): LoadedPlan {
  return makeLoadedPlan(
    {
      title: 'Kế hoạch phát triển nghề nghiệp 2026',
      owner: multilingual.owner,
      role: 'Kỹ sư dữ liệu cấp cao',
      created: '2026-01-12',
      reviewed: '2026-06-30',
      nextReview: '2026-09-30',
      mentor: 'Ελένη Παπαδοπούλου',
      tags: ['dữ liệu', 'lãnh đạo'],
      vision: { statement: 'Dẫn dắt một nhóm kỹ thuật dữ liệu đáng tin cậy.', horizon: '5 years' },
      strengths: ['SQL', 'Giải thích số liệu'],
      weaknesses: ['Nói trước đám đông'],
      skills: [{ name: 'Apache Spark', kind: 'technical', level: 2, target: 4 }],
      goals: multilingual.goals.map((g, i) => ({
        title: g.title,
        outcome: `Kết quả đo được số ${i + 1}`,
        due: '2027-01-31',
        start: '2026-01',
        status: i === 0 ? 'in-progress' : 'planned',
        skills: i === 0 ? ['Apache Spark'] : undefined,
        steps: g.steps.map((action, s) => ({
          action,
          due: `2026-0${s + 3}-15`,
          ...(i === 0 && s === 0 ? { done: '2026-03-10', evaluation: { worth: 'yes', note: 'Rất đáng giá.' } } : {}),
        })),
      })),
    },
    'nguyen/2026.md',
    '## Ghi chú\n\nMột đoạn văn có **chữ đậm**, *chữ nghiêng* và [một liên kết](https://example.org/).\n\n- Mục một\n- Mục hai\n',
  );
}

/** A plan with `goals` goals of three steps each, for pagination. */
export function makeLongPlan(goals = 30): LoadedPlan {
  return makeLoadedPlan(
    {
      title: 'A plan with many goals',
      owner: 'Pat Long',
      created: '2026-01-01',
      vision: { statement: 'Test that long plans paginate.', horizon: 'retirement' },
      goals: Array.from({ length: goals }, (_, g) => ({
        title: `Goal number ${g + 1} with a reasonably descriptive title`,
        outcome: `Outcome ${g + 1} is reached and confirmed by someone else in writing`,
        due: '2027-06',
        steps: Array.from({ length: 3 }, (_, s) => ({
          action: `Step ${s + 1} of goal ${g + 1}: do the work that moves this goal forward`,
          due: '2026-12-01',
          resources: ['Two evenings a week', 'A mentor'],
        })),
      })),
    },
    'pat/long.md',
  );
}

/** A small plan whose title and steps hold emoji, which no font here has. */
export function makeEmojiPlan(): LoadedPlan {
  return makeLoadedPlan(
    {
      title: 'Launch 🚀 the team 👩‍💻 site',
      owner: 'Sam Emoji 😀',
      created: '2026-02-01',
      vision: { statement: 'Ship 🇪🇸 things 👍🏽 well.' },
      goals: [{ title: 'Go live ✅ soon', outcome: 'Live', due: '2026-12-31', steps: [{ action: 'Write 📝 the launch post' }] }],
    },
    'sam/emoji.md',
  );
}

/** A small plain-Latin plan, with an optional Markdown body. */
export function makeLatinPlan(body = ''): LoadedPlan {
  return makeLoadedPlan(
    {
      title: 'From analyst to lead',
      owner: 'Ana García',
      created: '2026-01-12',
      reviewed: '2026-06-30',
      tags: ['data'],
      vision: { statement: 'Lead a team.', horizon: '2030-06' },
      goals: [{ title: 'Earn a promotion', outcome: 'Title change', due: '2027-01-31', steps: [{ action: 'Complete the Spark course', due: '2026-04-30' }] }],
    },
    'ana-garcia/2026-lead.md',
    body,
  );
}

/** `count` small plans by different owners, `many/plan-<n>.md`. */
export function makeManyPlans(count: number): LoadedPlan[] {
  return Array.from({ length: count }, (_, i) =>
    makeLoadedPlan(
      {
        title: `Plan number ${i + 1}`,
        owner: `Person ${String.fromCharCode(65 + (i % 26))} ${i + 1}`,
        created: '2026-01-01',
        vision: { statement: 'Grow.' },
        goals: [{ title: `Goal of plan ${i + 1}`, outcome: 'Done', due: '2026-12', steps: [{ action: `Step of plan ${i + 1}` }] }],
      },
      `many/plan-${i + 1}.md`,
    ),
  );
}
