// Progress from outcomes, completion, reasons and reviews, as the site,
// plans.json and the PDF state them for the fixture in test/fixtures/outcomes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFacts } from '../../src/facts/types.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { extractText } from '../pdf/poppler.js';

const PLANS = path.resolve(import.meta.dirname, '../fixtures/outcomes/plans');
let out: string;
let facts: PlanFacts;
let page: string;

/** A page's text, tags dropped and spaces folded, for reading sentences back. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

beforeAll(() => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-outcomes-')), '_site');
  const built = runPlanfolio(['build', '--plans', PLANS, '--out', out, '--no-search', '--no-history']);
  expect(built.code, built.stderr).toBe(0);
  const json = JSON.parse(readFileSync(path.join(out, 'plans.json'), 'utf8')) as { plans: { plan: { owner: string }; facts: PlanFacts }[] };
  facts = json.plans.find((p) => p.plan.owner === 'Lina Haddad')!.facts;
  page = textOf(readFileSync(path.join(out, 'plans/lina-haddad/index.html'), 'utf8'));
});

afterAll(() => {
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('a plan whose goals have measures, a done and a dropped goal, and a review log', () => {
  it('plans.json gives each goal its progress from its measure, status or steps, and the plan the mean of those not dropped', () => {
    expect(facts.goals.map((g) => [g.state, g.basis, g.progress.ratio])).toEqual([
      ['in-progress', 'measure', 0],
      ['in-progress', 'measure', 0.5],
      ['done', 'status', 1],
      ['dropped', 'steps', 0],
      ['planned', 'steps', 0],
    ]);
    expect(facts.progress).toEqual({ done: 4, total: 7, ratio: 0.375 });
    expect(facts.goalCounts).toEqual({ total: 4, done: 1, dropped: 1, open: 3 });
  });

  it('the page says the same, says how the plan progress is made, and gives both measure and steps', () => {
    for (const sentence of [
      '38% · 4 of 7 steps done',
      'The mean of its 4 goals: 1 done (complete), 2 read from their measure, 1 from their steps. 1 dropped goal is left out.',
      'Goals 1 of 4 done · 1 dropped',
      '0% · 3 of 3 steps done · measure now 0, target 60 credits',
      '50% · 0 of 1 step done · measure now 7, target 2 days',
      'Reached on 20 Oct 2026.',
      'Dropped: Moved abroad with my family',
    ]) {
      expect(page).toContain(sentence);
    }
  });

  it('the page lists the review log newest first, and the reviews page lists the plan as due', () => {
    expect(page).toMatch(/Reviews 2 15 Sep 2026 Family move means the paediatric plan is off\. Decided Drop the children's hospital goal Next review: 15 Nov 2026 30 Jun 2026/);
    const reviews = textOf(readFileSync(path.join(out, 'reviews/index.html'), 'utf8'));
    expect(reviews).toMatch(/Due now 1 15 Nov 2026 overdue by 10 days From nurse to clinical educator Lina Haddad , with Omar Said · Last review: 15 Sep 2026/);
  });

  it('the PDF states the same progress and reviews', () => {
    const text = extractText(path.join(out, 'pdf/lina-haddad.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('4 of 7 steps done · 38%');
    expect(text).toMatch(/LAST REVIEWED NEXT REVIEW .*15 Sep 2026 15 Nov 2026/);
  });

  describe('the PDF', () => {
    /** The PDF's text with spaces folded, or of some pages. */
    const pdfText = (first?: number, last?: number) => extractText(path.join(out, 'pdf/lina-haddad.pdf'), first, last).replace(/\s+/g, ' ');

    it('lists the next actions on its first page after the head facts, overdue first, each with its date or "No due date" and its goal', () => {
      const first = pdfText(1, 1);
      const actions = first.slice(first.indexOf('Next actions'), first.indexOf('Vision'));
      expect(actions).toBe(
        'Next actions ' +
          'Book a sleep clinic appointment Due 1 Nov 2026 · overdue · For “Bring sick days down to two a year” ' +
          'Agree a slot with the ward manager Due 5 Dec 2026 · For “Run a monthly teaching session” ' +
          'Prepare the first session No due date · For “Run a monthly teaching session” ',
      );
      expect(first.indexOf('OVERDUE')).toBeLessThan(first.indexOf('Next actions'));
    });

    it('never says how far off a date is, since that goes stale on paper', () => {
      expect(pdfText()).not.toMatch(/\b(in|by) \d+ (day|week|month|year)s?\b|\bago\b/);
    });

    it('says when a done goal was reached and why a dropped one was dropped, and counts the dropped goal in the heading', () => {
      const text = pdfText();
      expect(text).toContain('Goals 4 goals · 1 done · 4 of 7 steps done · 1 dropped');
      expect(text).toMatch(/Lead the ward's induction week .*Reached on 20 Oct 2026\. OUTCOME/);
      expect(text).toMatch(/Move to the children's hospital .*Dropped: Moved abroad with my family OUTCOME/);
    });

    it('gives a measured goal both its steps and its measure, and a dropped goal only its steps (no share, no bar)', () => {
      const text = pdfText();
      expect(text).toContain('0% · 3 of 3 steps done measure now 0, target 60 credits Started at 0');
      expect(text).toContain('50% · 0 of 1 step done measure now 7, target 2 days Started at 12');
      expect(text).toContain('PROGRESS Due 31 Mar 2027 0 of 1 step done Dropped:');
    });

    it('lists the review log newest first, with what was decided and the next review set', () => {
      expect(pdfText()).toContain(
        "Reviews 15 Sep 2026 2 reviews Family move means the paediatric plan is off. DECIDED Drop the children's hospital goal Next review: 15 Nov 2026 " +
          '30 Jun 2026 The certificate is on track; sleep is the weak spot. DECIDED See a sleep clinic Keep the induction week',
      );
    });
  });
});
