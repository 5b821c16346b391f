// The site page, the PDF and plans.json of one plan state the same facts:
// every goal's state and progress, every step's state, and the plan's counts,
// for a fixture of every state a goal and a step can be in
// (test/fixtures/parity). They all read one view of the plan (src/facts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFacts } from '../../src/facts/types.js';
import type { Plan } from '../../src/schema/plan.js';
import { makeWords } from '../../src/words/words.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { extractText } from '../pdf/poppler.js';

const { t } = makeWords('en');
const PLANS = path.resolve(import.meta.dirname, '../fixtures/parity/plans');

interface Exported {
  plan: Plan;
  facts: PlanFacts;
  url: string;
  pdfUrl: string;
}
/** What one output says about a plan, in the same shape for all three. */
interface Stated {
  goals: { state: string; done: number; total: number; steps: string[] }[];
  steps: { done: number; total: number };
  goalsDone: number;
  overdue: number;
}

let json: Exported;
let html: string;
let pdfText: string;
/** The folder of the build in beforeAll, removed in afterAll. */
let temp = '';

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'planfolio-parity-'));
  const out = path.join(temp, '_site');
  const built = runPlanfolio(['build', '--plans', PLANS, '--out', out, '--no-search', '--no-history']);
  expect(built.stderr.replace(/^PDF .*\n/gm, '')).toBe('');
  json = (JSON.parse(readFileSync(path.join(out, 'plans.json'), 'utf8')) as { plans: Exported[] }).plans[0]!;
  html = readFileSync(path.join(out, decodeURI(json.url), 'index.html'), 'utf8');
  pdfText = extractText(path.join(out, decodeURI(json.pdfUrl)));
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** What plans.json says. */
function readJson(): Stated {
  const { facts } = json;
  return {
    goals: facts.goals.map((g) => ({ state: g.state, done: g.progress.done, total: g.progress.total, steps: g.steps.map((s) => s.state) })),
    steps: { done: facts.progress.done, total: facts.progress.total },
    goalsDone: facts.goalCounts.done,
    overdue: facts.overdue.length,
  };
}

// Sentences with their places kept, in the plural form, to read numbers back out of a page.
const PROGRESS = t('progress.steps', { done: '{done}', total: '{total}', count: '{many}' });
const OVERDUE = t('fact.overdueItems', { count: '{count}' });
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const numbers = (pattern: string, text: string) => {
  const m = new RegExp(pattern.replace(/\{\w+\}/g, '(\\d+)')).exec(text);
  if (!m) throw new Error(`"${pattern}" not found`);
  return m.slice(1).map(Number);
};

/** What the plan's page says: its markup's states and its words. */
function readSite(): Stated {
  const goalsHtml = html.slice(html.indexOf('id="goals"'));
  const goals = goalsHtml.split(/<li class="card goal /).slice(1).map((part) => {
    const [, status, overdue] = /^goal--([\w-]+)( goal--overdue)?/.exec(part)!;
    const [done, total] = numbers(PROGRESS, part);
    const steps = [...part.matchAll(/<li class="step step--([\w-]+)">/g)].map((m) => m[1]!);
    return { state: overdue ? 'overdue' : status!, done: done!, total: total!, steps };
  });
  const vision = html.slice(html.indexOf('id="vision"'), html.indexOf('id="goals"'));
  const [stepsDone, steps] = numbers(PROGRESS, vision);
  const [goalsDone] = numbers(t('fact.ofTotal'), vision.slice(vision.indexOf(t('fact.goalsDone'))));
  const [overdue] = numbers(OVERDUE, vision);
  return { goals, steps: { done: stepsDone!, total: steps! }, goalsDone: goalsDone!, overdue: overdue! };
}

/** What the PDF's text says, read as a person reads the page. */
function readPdf(): Stated {
  const text = pdfText;
  const goals = json.plan.goals.map((goal, g) => {
    const start = text.indexOf(`${goal.title}\n`);
    const next = json.plan.goals[g + 1];
    const block = text.slice(start, next ? text.indexOf(`${next.title}\n`) : text.indexOf(`${t('notes.title')}\n`));
    const head = text.slice(text.lastIndexOf(t('goal.kicker', { number: g + 1, kind: '' }).toUpperCase(), start), start);
    const [done, total] = numbers(PROGRESS, block);
    const steps = goal.steps.map((step, s) => {
      const from = block.indexOf(step.action);
      const following = goal.steps[s + 1];
      const meta = block.slice(from + step.action.length, following ? block.indexOf(following.action) : undefined);
      if (meta.includes(t('step.droppedWithGoal'))) return 'dropped';
      if (meta.includes(t('step.doneWithGoal')) || meta.includes(t('step.doneOn', { date: '' }))) return 'done';
      if (meta.includes(t('pdf.overdue'))) return 'overdue';
      return 'open';
    });
    const state = head.includes(t('value.overdue')) ? 'overdue' : json.plan.goals[g]!.status;
    return { state, done: done!, total: total!, steps };
  });
  const [stepsDone, steps] = numbers(PROGRESS, text);
  const [goalsDone] = numbers(t('goals.note', { goals: '\\d+ \\w+', done: '{done}', steps: '' }).replace(' · $', ''), text);
  const [overdue] = numbers(OVERDUE, text);
  return { goals, steps: { done: stepsDone!, total: steps! }, goalsDone: goalsDone!, overdue: overdue! };
}

describe('one plan, one truth', () => {
  it('plans.json states every goal and step of the edge cases as the facts say', () => {
    expect(readJson()).toEqual({
      goals: [
        { state: 'done', done: 2, total: 2, steps: ['done', 'done'] },
        { state: 'dropped', done: 1, total: 2, steps: ['done', 'dropped'] },
        { state: 'in-progress', done: 1, total: 5, steps: ['done', 'overdue', 'overdue', 'open', 'open'] },
        { state: 'overdue', done: 0, total: 2, steps: ['open', 'open'] },
      ],
      steps: { done: 3, total: 9 },
      goalsDone: 1,
      overdue: 3,
    });
  });

  it('the site page states the same', () => expect(readSite()).toEqual(readJson()));

  it('the site page lists the next actions plans.json gives, in its order, overdue ones marked', () => {
    const section = /<section id="next-actions"[\s\S]*?<\/section>/.exec(html)![0];
    const items = [...section.matchAll(/<li class="deadline( deadline--overdue)?">[\s\S]*?<p class="deadline__title" dir="auto"><a [^>]*>([^<]*)<\/a>/g)];
    expect(items.map(([, overdue, title]) => [unescape(title!), Boolean(overdue)])).toEqual(json.facts.nextActions.map((a) => [a.title, a.overdue]));
    expect(json.facts.nextActions.length).toBeGreaterThan(1);
  });

  it('the PDF states the same, and shows the steps of a done goal done', () => {
    expect(readPdf()).toEqual(readJson());
    expect(pdfText).toContain(`${t('goal.actionSteps').toUpperCase()} 2/2`);
  });

  it('shows raw HTML in the notes as the text it is, and the table\'s cells, on the page and in the PDF', () => {
    const notes = unescape(html.slice(html.indexOf('id="notes"')));
    for (const text of ['<b>not bold</b>', '<script>alert("no")</script>', '<div class="callout">A block of raw HTML</div>']) {
      expect(notes, text).toContain(text);
      expect(pdfText, text).toContain(text);
    }
    expect(notes).toMatch(/<table>[\s\S]*Facilitation[\s\S]*Research synthesis[\s\S]*<\/table>/);
    expect(pdfText).toMatch(/Skill\s+Now\s+Target\s+Facilitation\s+2\s+4\s+Research synthesis\s+3\s+4/);
  });
});
