import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldLines } from 'ical-generator';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/deploy/headers.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { extractText, squash } from '../pdf/poppler.js';
import { makeTempDir } from '../helpers/portfolio.js';
import { runPlanfolioHere } from '../helpers/run-here.js';
import { useSharedBuild } from '../helpers/shared-builds.js';

const DRAFT = { slug: 'sato-hanako', owner: '佐藤 花子', title: 'Logistics coordinator to freelance Japanese-English translator' };
/** The tests pin SOURCE_DATE_EPOCH to this (PINNED_ENV): 2026-01-01T00:00:00Z. */
const STAMP = '2026-01-01T00:00:00Z';

/** Builds the sample plans into a fresh folder, removed after the test, in this process (run-here.ts), and returns it. */
async function build(args: string[] = [], cwd?: string): Promise<string> {
  const out = path.join(makeTempDir('planfolio-exports-'), '_site');
  const result = await runPlanfolioHere(['build', '--plans', path.resolve('plans'), '--out', out, ...args], {}, cwd);
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  return out;
}

/** The events of an iCalendar file, read by ical.js (which throws on anything malformed). */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      stamp: vevent.getFirstPropertyValue('dtstamp')!.toString(),
    };
  });
}

let site: string;
let plans: LoadedPlan[];
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

beforeAll(async () => {
  // The suite's one build of the sample plans; test/site/reproducible.test.ts holds a second build byte for byte to it.
  site = (await useSharedBuild('samples')).out;
  plans = (await loadPortfolio({ plansDir: 'plans', today: '2026-11-25' })).plans;
});

describe('/plans.json', () => {
  it('holds every published plan with its validated data, derived facts and addresses, and no draft', () => {
    const data = JSON.parse(read(site, 'plans.json')) as { title: string; plans: Record<string, any>[] };
    expect(data.title).toBe('Career plans');
    expect(data.plans.map((p) => p.slug).sort()).toEqual(plans.map((p) => p.slug).sort());
    const ana = data.plans.find((p) => p.slug === 'ana-garcia/2026-data-lead')!;
    expect(Object.keys(ana)).toEqual(['slug', 'source', 'url', 'personUrl', 'pdfUrl', 'calendarUrl', 'plan', 'facts']);
    expect(ana.url).toBe('/plans/ana-garcia/2026-data-lead/');
    expect(existsSync(path.join(site, decodeURI(ana.pdfUrl)))).toBe(true);
    expect(Object.keys(ana.plan).slice(0, 4)).toEqual(['title', 'owner', 'role', 'status']);
    expect(ana.plan.vision.horizon).toEqual({ amount: 5, kind: 'years', text: '5 years' });
    expect(ana.facts.progress).toEqual(plans.find((p) => p.slug === ana.slug)!.facts.progress);
    expect(JSON.stringify(data)).not.toContain(DRAFT.owner);
  });
});

describe('the calendars', () => {
  it('parse as iCalendar with every open goal, step and next review as an all-day event', () => {
    const events = readEvents(read(site, 'deadlines.ics'));
    const open = plans.flatMap((p) => [...p.facts.overdue, ...p.facts.upcoming]);
    const reviews = plans.filter((p) => p.plan.nextReview);
    expect(events).toHaveLength(open.length + reviews.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.allDay && e.stamp === STAMP)).toBe(true);
    for (const deadline of open) expect(events.some((e) => e.start === deadline.when.day && e.uid.includes(`/${encodeURIComponent(deadline.goalId)}`))).toBe(true);
    for (const plan of reviews) expect(events).toContainEqual(expect.objectContaining({ uid: `${plan.slug}/review@planfolio`, start: plan.plan.nextReview }));
  });

  it('put a goal due in a month on its last day, as one whole day', () => {
    const events = readEvents(read(site, 'deadlines.ics'));
    expect(events.find((e) => e.uid === 'eleni-papadopoulou/running@planfolio')).toMatchObject({
      start: '2027-03-31',
      end: '2027-04-01',
      summary: 'Goal due: Finish the Athens Half Marathon (Ελένη Παπαδοπούλου)',
    });
  });

  it('give each person a calendar of their own plans only', () => {
    const ana = readEvents(read(site, 'people/ana-garcia/deadlines.ics'));
    expect(ana.length).toBeGreaterThan(0);
    expect(ana.every((e) => e.uid.startsWith('ana-garcia/'))).toBe(true);
    const all = readEvents(read(site, 'deadlines.ics'));
    expect(all.filter((e) => e.uid.startsWith('ana-garcia/'))).toEqual(ana);
  });

  it('import cleanly: CRLF lines of at most 75 bytes and ASCII UIDs', () => {
    for (const file of ['deadlines.ics', 'people/ana-garcia/deadlines.ics', 'people/дмитрий-соколов/deadlines.ics']) {
      const text = read(site, file);
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), file).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75), file).toEqual([]);
      expect(text.match(/^UID:.*$/gm)!.every((uid) => /^UID:[\x21-\x7e]+\r?$/.test(uid)), file).toBe(true);
    }
  });

  it('fold lines exactly where ical-generator itself folds them, multi-byte characters included', () => {
    // Planfolio lends ical-generator a quicker byte counter while it writes (see export-calendar.ts).
    const text = read(site, 'people/дмитрий-соколов/deadlines.ics');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/[^\x00-\x7f]/);
    expect(foldLines(unfolded)).toBe(text);
  });
});

describe('the deploy files', () => {
  it('include _headers, for hosts that read their headers from the published folder', () => {
    expect(read(site, '_headers')).toBe(renderHeadersFile());
  });
});

describe('privacy by default', () => {
  it('turns crawlers away and marks every page noindex', () => {
    expect(read(site, 'robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    for (const page of ['index.html', 'plans/kim-minjun/index.html', '404.html', 'search/index.html']) {
      expect(read(site, page), page).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('lets crawlers in when planfolio.config.json says "public": true', async () => {
    const project = makeTempDir('planfolio-public-');
    writeFileSync(path.join(project, 'planfolio.config.json'), '{ "public": true, "title": "Open plans" }\n');
    const open = await build(['--no-pdf', '--no-search'], project);
    expect(read(open, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(read(open, 'index.html')).not.toContain('noindex');
    expect(read(open, 'index.html')).toContain('<title>Portfolio · Open plans</title>');
  });

  // The search index is compressed; test/browser/deploy.test.ts searches it for the draft instead.
  it('never lets a draft into the published pages, JSON, calendars or PDFs', () => {
    expect(existsSync(path.join(site, 'plans', DRAFT.slug))).toBe(false);
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.includes(DRAFT.slug) || f.includes('佐藤'))).toEqual([]);
    for (const file of files.filter((f) => /\.(html|json|ics|txt)$/.test(f))) {
      const text = read(site, file);
      expect(text.includes(DRAFT.owner) || text.includes(DRAFT.title), file).toBe(false);
    }
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) {
      expect(squash(extractText(path.join(site, pdf))), pdf).not.toContain(squash(DRAFT.owner));
    }
  });
});
