// Deterministic synthetic portfolios for tests and benchmarks: the same seed
// always gives byte-identical files, so timings and snapshots compare cleanly.
// Usage: npx tsx bench/generate-portfolio.ts <dir> <count> [seed] [--drafts]
import { mkdir, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

export interface GenerateOptions {
  /** PRNG seed; default 1. */
  seed?: number;
  /** Make about one current plan in ten a `draft` (default false, so a published build keeps every plan). */
  drafts?: boolean;
}

type Random = () => number;

// mulberry32: tiny, fast and good enough for fake data; inline to avoid a dependency.
function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const between = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
function shuffle<T>(rnd: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const LATIN_FIRST = ['Ana', 'Jonas', 'Priya', 'Tomás', 'Chloé', 'Lukas', 'Amara', 'Søren', 'Zoë', 'Mateo', 'Aisha', 'Björn',
  'Ines', 'Kwame', 'Łucja', 'Rafael', 'Hannah', 'Emeka', 'Julie', 'Oğuz', 'Marta', 'Diego', 'Freya', 'Noah'];
const LATIN_LAST = ['García', 'Müller', 'Okafor', 'Dvořák', 'Lindqvist', 'Moreau', 'Kowalski', 'Silva', 'Brennan', 'Haddad',
  'Novák', 'Åberg', 'Rossi', 'Yılmaz', 'Mensah', 'Fernández', 'Schäfer', 'Kim', 'Nakamura', 'Patel'];
// Non-Latin owners use their own script; each script gets a motto for the body.
const SCRIPTS = [
  { first: ['Ελένη', 'Γιώργος', 'Μαρία', 'Νίκος', 'Κατερίνα', 'Δημήτρης'], last: ['Παπαδοπούλου', 'Οικονόμου', 'Ζαχαρίου', 'Αλεξίου', 'Βλάχου'], sep: ' ', motto: 'Βήμα βήμα.' },
  { first: ['Дмитрий', 'Анна', 'Ольга', 'Сергей', 'Татьяна', 'Игорь'], last: ['Соколов', 'Иванова', 'Кузнецов', 'Смирнова', 'Попов'], sep: ' ', motto: 'Шаг за шагом.' },
  { first: ['芳', '伟', '静', '磊', '娜', '洋'], last: ['王', '李', '张', '刘', '陈'], sep: '', last1: true, motto: '一步一个脚印。' },
  { first: ['花子', '健太', '美咲', '翔', '由美', '大輔'], last: ['佐藤', '鈴木', '高橋', '田中', '渡辺'], sep: ' ', last1: true, motto: '一歩ずつ。' },
  { first: ['민준', '서연', '지훈', '하은', '도윤', '수빈'], last: ['김', '이', '박', '최', '정'], sep: '', last1: true, motto: '한 걸음씩.' },
  { first: ['Hương', 'Quốc Bảo', 'Thị Mỹ', 'Đức Anh', 'Ngọc Ánh', 'Thủy'], last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh'], sep: ' ', last1: true, motto: 'Từng bước một.' },
];
const THEMES = [
  { from: 'Junior Developer', to: 'Senior Developer', tag: 'engineering', skills: ['TypeScript', 'System design', 'Testing', 'Code review'] },
  { from: 'Secondary School Teacher', to: 'UX Researcher', tag: 'career-change', skills: ['User interviews', 'Usability testing', 'Survey design', 'Figma'] },
  { from: 'Team Lead', to: 'Engineering Manager', tag: 'leadership', skills: ['Delegation', 'Hiring', 'Coaching', 'Roadmapping'] },
  { from: 'Staff Nurse', to: 'Clinical Educator', tag: 'healthcare', skills: ['Clinical teaching', 'Cardiac care', 'Writing procedures', 'Simulation'] },
  { from: 'Data Analyst', to: 'Data Engineer', tag: 'data', skills: ['SQL', 'Apache Spark', 'Airflow', 'Data modelling'] },
  { from: 'Sales Associate', to: 'Account Manager', tag: 'sales', skills: ['Negotiation', 'CRM tools', 'Forecasting', 'Product knowledge'] },
  { from: 'Accountant', to: 'Finance Director', tag: 'finance', skills: ['Financial modelling', 'IFRS', 'Board reporting', 'Budgeting'] },
  { from: 'Engineering Manager', to: 'Director of Engineering', tag: 'leadership', skills: ['Organisational design', 'Executive communication', 'Budgeting', 'Coaching'] },
  { from: 'Logistics Coordinator', to: 'Freelance Translator', tag: 'freelance', skills: ['Translation', 'CAT tools', 'Finding clients', 'Bookkeeping'] },
  { from: 'Ward Manager', to: 'Part-time Mentor', tag: 'retirement', skills: ['Succession planning', 'Mentoring', 'Writing procedures', 'Letting go'] },
];
const SHARED_SKILLS = ['Public speaking', 'Stakeholder management', 'Time management', 'Written communication', 'Spanish', 'German'];
const KINDS = ['technical', 'people', 'leadership', 'domain', 'other'] as const;
const PRO_GOALS = ['Earn a promotion', 'Lead a cross-team project', 'Finish a recognised certificate', 'Mentor a junior colleague',
  'Give a talk at a meetup', 'Publish a case study', 'Move to a new team', 'Build a professional network', 'Write a team handbook',
  'Run a pilot project', 'Own a quarterly goal end to end', 'Pass the annual assessment'];
const PERSONAL_GOALS = ['Run a half marathon', 'Read twelve books this year', 'Keep Sundays free of work', 'Learn to cook five new dishes',
  'Visit family abroad', 'Walk every morning', 'Learn to swim properly', 'Take a two-week holiday offline'];
const ACTIONS = ['Book a course', 'Ask my manager for feedback', 'Practise twice a week', 'Find a mentor', 'Write a first draft',
  'Present to the team', 'Apply for the role', 'Review progress with my mentor', 'Shadow a senior colleague', 'Set up a study plan'];
const RESOURCES = ['Two evenings a week', 'Course fee of 300 EUR', 'A mentor', 'Time off for the exam', 'Manager approval', 'Saturday mornings', 'A laptop'];
const NOTES = ['Worth it; would do again.', 'Slower than planned, but useful.', 'Less useful than expected.', 'Opened doors I did not expect.'];
const STRENGTHS = ['Reliable under deadlines', 'Good listener', 'Explaining hard ideas simply', 'Calm in a crisis', 'Detail-minded', 'Quick learner'];
const WEAKNESSES = ['Saying yes to everything', 'Speaking to large groups', 'Delegating', 'Asking for help late', 'Long-range planning'];
const BARRIERS = [['Little free time with young children', 'Study on two fixed evenings a week'], ['No budget for courses', 'Ask for the fee in the annual review'],
  ['Few openings in my city', 'Look at remote roles as well'], ['A long commute', 'Use the train time for reading'], ['Health ups and downs', 'Plan in short blocks with slack']] as const;
const HORIZONS = ['2 years', '3 years', '5 years', '18 months', '2029-06', '2030-12-31', 'retirement'];
const DECISIONS = ['considering', 'applied', 'accepted', 'declined', 'missed'] as const;
const TODAY = Date.UTC(2026, 10, 25); // 2026-11-25, the "today" the sample plans are written against

const DAY = 86_400_000;
const formatDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const slugifyName = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/** The owner of a plan: two plans per owner, one in five owners with a non-Latin name. */
function makeOwner(ownerIndex: number): { name: string; motto?: string } {
  if (ownerIndex % 5 === 4) {
    const k = Math.floor(ownerIndex / 5);
    const script = SCRIPTS[k % SCRIPTS.length]!;
    const m = Math.floor(k / SCRIPTS.length);
    const first = script.first[m % script.first.length]!;
    const last = script.last[Math.floor(m / script.first.length) % script.last.length]!;
    const round = Math.floor(m / (script.first.length * script.last.length));
    const name = script.last1 ? `${last}${script.sep}${first}` : `${first}${script.sep}${last}`;
    return { name: round ? `${name} ${round + 1}` : name, motto: script.motto }; // suffix keeps names unique at any count
  }
  const m = ownerIndex - Math.floor(ownerIndex / 5);
  const name = `${LATIN_FIRST[m % LATIN_FIRST.length]} ${LATIN_LAST[Math.floor(m / LATIN_FIRST.length) % LATIN_LAST.length]}`;
  const round = Math.floor(m / (LATIN_FIRST.length * LATIN_LAST.length));
  return { name: round ? `${name} ${round + 1}` : name };
}

/** The folder a plan goes in, one per owner. */
export function makeOwnerSlug(index: number): string {
  return slugifyName(makeOwner(Math.floor(index / 2)).name);
}

/** Builds the steps of one goal, marking past ones done (mostly) so some stay overdue. */
function makeSteps(rnd: Random, from: number, count: number, finished: boolean) {
  return Array.from({ length: count }, (_, s) => {
    const due = from + (s + 1) * between(rnd, 20, 90) * DAY;
    const isDone = finished || (due < TODAY && rnd() < 0.75);
    const done = isDone ? formatDay(Math.min(due + between(rnd, -10, 14) * DAY, TODAY)) : undefined;
    const worth = pick(rnd, ['yes', 'yes', 'partly', 'no'] as const);
    return {
      action: `${pick(rnd, ACTIONS)} (step ${s + 1})`,
      due: formatDay(due),
      resources: rnd() < 0.6 ? shuffle(rnd, RESOURCES).slice(0, between(rnd, 1, 2)) : undefined,
      done,
      evaluation: done && rnd() < 0.8 ? { worth, note: rnd() < 0.7 ? pick(rnd, NOTES) : undefined } : undefined,
    };
  });
}

/** The full text of one valid plan file; depends only on `index` and the seed. */
export function generatePlan(index: number, options: GenerateOptions = {}): string {
  const rnd = createRandom((options.seed ?? 1) ^ Math.imul(index + 1, 0x9e3779b1));
  const ownerIndex = Math.floor(index / 2);
  const owner = makeOwner(ownerIndex);
  const isOlder = index % 2 === 0; // an owner's first plan is the older, closed one
  const theme = THEMES[(ownerIndex + (isOlder ? 0 : 1)) % THEMES.length]!; // different theme, so a different title
  const created = isOlder ? Date.UTC(2024, between(rnd, 0, 11), between(rnd, 1, 28)) : Date.UTC(2025, between(rnd, 6, 11), between(rnd, 1, 28)) + between(rnd, 0, 300) * DAY;
  const status = isOlder ? pick(rnd, ['achieved', 'archived'] as const) : options.drafts && rnd() < 0.1 ? 'draft' : 'active';
  const closed = status === 'achieved' || status === 'archived';

  const skillNames = shuffle(rnd, [...theme.skills, ...shuffle(rnd, SHARED_SKILLS).slice(0, between(rnd, 0, 4))]);
  const skills = skillNames.map((name) => {
    const level = between(rnd, 0, 4);
    return { name, kind: pick(rnd, KINDS), level, target: Math.min(5, level + between(rnd, 0, 2)), note: rnd() < 0.3 ? `Needed to become ${theme.to}.` : undefined };
  });
  const titles = [...shuffle(rnd, PRO_GOALS).slice(0, between(rnd, 3, 6)), ...shuffle(rnd, PERSONAL_GOALS).slice(0, between(rnd, 1, 2))];
  const goals = titles.map((title, g) => {
    const start = created + between(rnd, 0, 60) * DAY;
    const stepCount = pick(rnd, [1, 2, 3, 3, 3, 4, 5]);
    const dropped = !closed && rnd() < 0.05;
    const steps = makeSteps(rnd, start, stepCount, closed && !dropped);
    const allDone = steps.every((s) => s.done);
    const lastDue = Date.parse(steps[steps.length - 1]!.due);
    const current = steps.filter((s) => s.done).length;
    return {
      id: rnd() < 0.5 ? `goal-${g + 1}` : undefined, // half the goals get their id from the title
      title,
      kind: PERSONAL_GOALS.includes(title) ? 'personal' : 'professional',
      outcome: `${title}, confirmed at a review with my mentor`,
      measure: rnd() < 0.4 ? { baseline: 0, current, target: steps.length, unit: 'steps' } : undefined,
      start: rnd() < 0.3 ? formatDay(start).slice(0, 7) : formatDay(start),
      due: formatDay(lastDue + between(rnd, 0, 30) * DAY),
      status: dropped ? 'dropped' : allDone ? 'done' : current > 0 ? 'in-progress' : 'planned',
      skills: rnd() < 0.8 ? shuffle(rnd, skillNames).slice(0, between(rnd, 1, 3)) : undefined,
      steps,
    };
  });

  const data = {
    title: `From ${theme.from} to ${theme.to}`,
    owner: owner.name,
    role: theme.from,
    status,
    created: formatDay(created),
    reviewed: formatDay(Math.min(created + between(rnd, 60, 300) * DAY, TODAY)),
    nextReview: closed ? undefined : formatDay(TODAY + between(rnd, -60, 120) * DAY), // some reviews overdue
    tags: [theme.tag, ...(rnd() < 0.5 ? ['synthetic'] : [])],
    mentor: rnd() < 0.7 ? makeOwner(ownerIndex + 7).name : undefined,
    vision: { statement: `Work as ${theme.to}, doing work I am proud of.`, horizon: pick(rnd, HORIZONS) },
    strengths: shuffle(rnd, STRENGTHS).slice(0, between(rnd, 1, 3)),
    weaknesses: shuffle(rnd, WEAKNESSES).slice(0, between(rnd, 1, 2)),
    skills,
    barriers: shuffle(rnd, BARRIERS).slice(0, between(rnd, 1, 3)).map(([barrier, mitigation]) => ({ barrier, mitigation })),
    backupPlan: `Stay in the ${theme.from} role and take on a side project.`,
    education: { current: 'Bachelor degree', sufficient: rnd() < 0.5, needed: rnd() < 0.5 ? ['A short certificate course'] : undefined },
    goals,
    opportunities: Array.from({ length: between(rnd, 1, 3) }, (_, o) => ({
      title: `${pick(rnd, ['Opening', 'Project', 'Secondment'])} number ${o + 1}`,
      seen: formatDay(Math.min(created + between(rnd, 10, 400) * DAY, TODAY)),
      decision: pick(rnd, DECISIONS),
      note: rnd() < 0.6 ? 'Judged against the plan.' : undefined,
    })),
    adjustments: rnd() < 0.5 ? [{ date: formatDay(Math.min(created + 90 * DAY, TODAY)), note: 'Moved two deadlines after a busy quarter.' }] : undefined,
  };
  const yaml = stringify(data, { lineWidth: 0 });
  const body = [
    `## Why this plan`, '',
    `${owner.name} wrote this plan to move from **${theme.from}** to **${theme.to}**. It is synthetic, made for tests and benchmarks.`, '',
    `## Priorities`, '',
    ...goals.slice(0, 3).map((goal) => `- ${goal.title}`), '',
    `Notes for the next review: *check the overdue steps first*. See [the plan format](https://example.org/plan-format).`,
    ...(owner.motto ? ['', owner.motto] : []),
  ];
  // The schema path assumes the portfolio is written to plans/, one folder per owner.
  return `---\n# yaml-language-server: $schema=../../plan.schema.json\n${yaml}---\n\n${body.join('\n')}\n`;
}

/** Writes `count` plans under `dir`, one sub-folder per owner; returns the paths in index order. */
export async function writePortfolio(dir: string, count: number, options: GenerateOptions = {}): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, makeOwnerSlug(i));
    await mkdir(folder, { recursive: true });
    const path = join(folder, `plan-${String(i + 1).padStart(4, '0')}.md`);
    await writeFile(path, generatePlan(i, options), 'utf8');
    paths.push(path);
  }
  return paths;
}

// Run as a CLI only when this file is the entry point, not when imported by a benchmark.
const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  const [dir, countText, seedText] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const count = Number(countText);
  if (!dir || !Number.isInteger(count) || count < 0) {
    console.error('usage: npx tsx bench/generate-portfolio.ts <dir> <count> [seed] [--drafts]');
    process.exit(2);
  }
  const paths = await writePortfolio(dir, count, { seed: seedText ? Number(seedText) : undefined, drafts: process.argv.includes('--drafts') });
  console.log(`wrote ${paths.length} plans to ${dir}`);
}
