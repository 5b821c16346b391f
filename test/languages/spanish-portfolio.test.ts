// A portfolio built with `language: es`: its pages, PDFs and history speak
// Spanish, a plan written in Vietnamese is marked as such, and axe is content.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/words/en/index.js';
import { es } from '../../src/words/es/index.js';
import { findAxeViolations } from '../helpers/axe.js';
import { launchBrowser } from '../helpers/browser.js';
import { removeWithCaches } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';
import { serveStatic, type StaticSite } from '../helpers/serve.js';
import { makeRepo } from '../history/git-repo.js';
import { extractText } from '../pdf/poppler.js';

const spanishPlan = (extra: string) => `---
title: Llegar a jefa de equipo
owner: Lucía Fernández
role: Analista de datos
created: 2026-01-12
nextReview: 2026-10-01
tags: [datos]
vision:
  statement: Dirigir un equipo pequeño de análisis.
  horizon: 3 years
strengths: [Comunicación clara]
weaknesses: [Delegar]
skills:
  - { name: SQL, kind: technical, level: 3, target: 5 }
barriers:
  - barrier: Poco tiempo
    mitigation: Reservar los viernes
goals:
  - title: Dirigir la reunión semanal
    outcome: La dirijo un trimestre sin ayuda
    start: 2026-02-01
    due: 2026-09-30
    skills: [SQL]
    steps:
      - action: Acompañar a la responsable actual
        due: 2026-03-31
        done: 2026-03-20
        evaluation: { worth: yes }
      - action: Dirigir dos reuniones
        due: 2026-06-30
${extra}---
Notas de Lucía.
`;

const vietnamesePlan = `---
title: Trở thành trưởng nhóm
owner: Nguyễn Văn An
lang: vi
created: 2026-01-12
vision:
  statement: Dẫn dắt một nhóm nhỏ.
  horizon: 2 years
goals:
  - title: Tổ chức họp nhóm hằng tuần
    outcome: Tự tổ chức trong một quý
    due: 2026-12-31
    steps:
      - action: Quan sát trưởng nhóm hiện tại
        due: 2026-06-30
---
Ghi chú.
`;

/** The English catalogue's phrases whose Spanish differs: each text's pieces between places, of two words or more. */
function listEnglishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const [key, entry] of Object.entries(en)) {
    const spanish = JSON.stringify(es[key as keyof typeof es]);
    for (const text of typeof entry === 'string' ? [entry] : Object.values(entry)) {
      for (const piece of text.split(/\{\w+\}/)) {
        const phrase = piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
        if (/\p{L}+\s+\p{L}+/u.test(phrase) && !spanish.includes(phrase)) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

/** What a reader sees or hears of a page: its text and the labels of its elements, without scripts and styles. */
function readPageText(html: string): string {
  const labels = [...html.matchAll(/\b(?:aria-label|placeholder|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${text} ${labels.join(' ')}`.replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ');
}

const listFiles = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith(ext)).map((name) => path.join(dir, name));

let out: string;
let repoDir: string;
beforeAll(async () => {
  const repo = makeRepo();
  repoDir = repo.dir;
  repo.commit('Primer plan', '2026-01-12', { 'plans/lucia.md': spanishPlan(''), 'plans/an.md': vietnamesePlan });
  repo.commit('Revisión', '2026-05-02', { 'plans/lucia.md': spanishPlan('reviewed: 2026-05-02\n') });
  repo.write({ 'planfolio.config.json': JSON.stringify({ title: 'Planes de carrera', language: 'es' }) });
  // Not a per-test temporary folder: every test here reads this one build.
  out = path.join(mkdtempSync(path.join(tmpdir(), 'planfolio-es-')), 'site');
  const build = runPlanfolio(['build', '--plans', 'plans', '--out', out, '--no-search'], {}, repo.dir);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
}, 120_000);
afterAll(() => {
  rmSync(path.dirname(out), { recursive: true, force: true });
  // The repository too, with the plan and PDF caches of its plans: made in a hook, git-repo.ts's own removal
  // runs only in the first file of a worker that shares modules.
  if (repoDir) removeWithCaches(repoDir);
});

describe('a portfolio built with language: es', () => {
  const phrases = listEnglishPhrases();

  it('has English phrases to look for', () => {
    expect(phrases.length).toBeGreaterThan(200);
  });

  it('leaves no English phrase in its pages, history pages included', () => {
    const pages = listFiles(out, '.html');
    expect(pages.some((file) => file.includes('history'))).toBe(true);
    const found = pages.flatMap((file) => {
      const text = readPageText(readFileSync(file, 'utf8'));
      return phrases.filter((phrase) => text.includes(phrase)).map((phrase) => `${path.relative(out, file)}: ${phrase}`);
    });
    expect(found).toEqual([]);
  });

  it('leaves no English phrase in its PDFs', () => {
    const pdfs = listFiles(out, '.pdf');
    expect(pdfs.length).toBe(3);
    const found = pdfs.flatMap((file) => {
      const text = extractText(file).replace(/\s+/g, ' ');
      return phrases.filter((phrase) => text.includes(phrase)).map((phrase) => `${path.basename(file)}: ${phrase}`);
    });
    expect(found).toEqual([]);
  });

  it('says it is in Spanish, and marks the text of a plan written in Vietnamese as Vietnamese, and only its text', () => {
    const spanish = readFileSync(listFiles(out, '.html').find((f) => f.includes('lucia'))!, 'utf8');
    const vietnamese = readFileSync(listFiles(out, '.html').find((f) => /\/an\/index\.html$/.test(f))!, 'utf8');
    expect(spanish).toContain('<html lang="es">');
    expect(vietnamese).toContain('<html lang="es">');
    expect(vietnamese).toMatch(/<h1 dir="auto" lang="vi">Trở thành trưởng nhóm<\/h1>/);
    expect(vietnamese).toContain('<p class="vision__statement" dir="auto" lang="vi">Dẫn dắt một nhóm nhỏ.</p>');
    expect(vietnamese).toContain('<h3 class="goal__title" dir="auto" lang="vi">Tổ chức họp nhóm hằng tuần</h3>');
    expect(vietnamese).toMatch(/<span class="visually-hidden" dir="ltr">[^<]+ <\/span><span lang="vi">Quan sát trưởng nhóm hiện tại<\/span>/);
    expect(vietnamese).toMatch(/<div class="card prose" dir="auto" lang="vi">\s*<p>Ghi chú.<\/p>/);
    // The site's own words inside the plan (its headings and labels) stay Spanish: no element around them says otherwise.
    expect(vietnamese).toContain('<div class="plan-body">');
    expect(vietnamese).toMatch(/<section id="goals" [^>]*>\s*<h2 id="goals-heading">/);
    expect(spanish).not.toContain('lang="vi"');
  });

  it('writes history sentences in Spanish', () => {
    const history = readFileSync(listFiles(out, '.html').find((f) => f.includes('lucia') && f.includes('history'))!, 'utf8');
    expect(history).toContain('Plan añadido con 1 objetivo y 2 pasos');
  });
});

describe('the Spanish site in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveStatic(out);
    // One tab for every page: each goto is a fresh document, and the tab's renderer keeps axe's compiled
    // code from one page to the next instead of a new tab compiling it again for each.
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(['/', '/people/', '/deadlines/', '/plans/lucia/', '/plans/an/', '/plans/lucia/history/'])('gives axe nothing to report on %s', async (url) => {
    await page.goto(`${site.url}${url}`);
    expect(await findAxeViolations(page)).toEqual([]);
    if (url === '/plans/lucia/' && process.env.PLANFOLIO_SCREENSHOT) await page.screenshot({ path: process.env.PLANFOLIO_SCREENSHOT, fullPage: true });
  }, 60_000);
});
