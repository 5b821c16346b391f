import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { makeSiteData, type SiteData } from '../../src/site/site-data.js';
import { writeExports } from '../../src/site/write-exports.js';
import { makePortfolio } from '../helpers/portfolio.js';

// writeExports writes plans.json, deadlines.ics and each person's calendar at
// once, several files under way while the next are made.
let site: SiteData;
const env = { SOURCE_DATE_EPOCH: '1767225600' };
// An empty folder, removed after the test.
const freshFolder = () => makePortfolio({});

beforeAll(async () => {
  site = makeSiteData(await loadPortfolio({ plansDir: 'plans', today: '2026-11-25' }));
});

it('writes every person a calendar, making the folders the pages have not made', async () => {
  const out = freshFolder();
  await writeExports(site, out, env);
  expect(readdirSync(path.join(out, 'people')).sort()).toEqual(site.people.map((p) => p.slug).sort());
  for (const person of site.people) expect(readFileSync(path.join(out, person.calendarUrl!), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR$/);
  expect(JSON.parse(readFileSync(path.join(out, 'plans.json'), 'utf8')).plans.length).toBeGreaterThan(0);
});

it('throws the first write that fails, once no file is still being written', async () => {
  const out = freshFolder();
  // A folder where a person's calendar goes: that one file cannot be written.
  const blocked = path.join(out, site.people[0]!.calendarUrl!);
  mkdirSync(blocked, { recursive: true });
  await expect(writeExports(site, out, env)).rejects.toMatchObject({ code: 'EISDIR' });
  // plans.json, under way beside the calendars, was let finish before the failure came back.
  expect(readFileSync(path.join(out, 'plans.json'), 'utf8')).toMatch(/\n\}\n$/);
});
