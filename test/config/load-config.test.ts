import { describe, expect, it } from 'vitest';
import { loadConfig, overrideBase, readConfigText } from '../../src/config/load-config.js';
import { PlanProblemsError } from '../../src/errors/errors.js';
import { formatProblem } from '../../src/errors/problem.js';
import { makePortfolio } from '../helpers/portfolio.js';

/** The problem lines a configuration text gives, as `planfolio build` prints them. */
function problemsOf(text: string, file = 'planfolio.config.json'): string[] {
  try {
    readConfigText(text, file);
  } catch (error) {
    if (error instanceof PlanProblemsError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('the portfolio configuration', () => {
  it('needs no file at all: a private site titled "Career plans" at the root, commit messages only where a commit changed one plan', () => {
    expect(loadConfig(makePortfolio({ 'plans/.keep': '' }))).toEqual({ title: 'Career plans', base: '/', public: false, commitSubjects: 'alone', language: 'en', pdfPageSize: 'A4' });
  });

  it.each([
    ['es', 'Planes de carrera'],
    ['de', 'Karrierepläne'],
  ])('without a title, names the portfolio in its language (%s: "%s")', (language, title) => {
    expect(loadConfig(makePortfolio({ 'planfolio.config.json': JSON.stringify({ language }) })).title).toBe(title);
  });

  it('reads title, base path, repository, public, commit messages and PDF paper from planfolio.config.json', () => {
    const config = { title: 'Mentoring 2026', base: '/career', repository: 'https://github.com/ana/plans', public: true, commitSubjects: 'never', language: 'es', pdf: { pageSize: 'Letter' } };
    const dir = makePortfolio({ 'planfolio.config.json': JSON.stringify(config) });
    expect(loadConfig(dir)).toEqual({
      title: 'Mentoring 2026',
      base: '/career/',
      repositoryUrl: 'https://github.com/ana/plans',
      public: true,
      commitSubjects: 'never',
      language: 'es',
      pdfPageSize: 'LETTER',
      file: 'planfolio.config.json',
    });
  });

  it('also reads planfolio.config.yaml, and takes a full URL as the base', () => {
    const dir = makePortfolio({ 'planfolio.config.yaml': 'base: https://plans.example.org/team/\n' });
    expect(loadConfig(dir)).toMatchObject({ base: '/team/', siteUrl: 'https://plans.example.org/team/' });
  });

  it('refuses two configuration files, naming both', () => {
    const dir = makePortfolio({ 'planfolio.config.json': '{}', 'planfolio.config.yaml': 'title: x\n' });
    expect(() => loadConfig(dir)).toThrow('planfolio.config.json, planfolio.config.yaml: more than one configuration file; keep one of them');
  });

  it('reports each mistake on one line with file, line, column and setting, as plan problems are', () => {
    const text = '{\n  "titel": "Plans",\n  "base": "career",\n  "public": "yes"\n}\n';
    expect(problemsOf(text)).toEqual([
      'planfolio.config.json:2:3 titel: unknown key; did you mean "title"?',
      'planfolio.config.json:3:11 base: "career" is not a place to serve the site from; write a path such as "/career/" or a URL such as "https://example.org/career/"',
      'planfolio.config.json:4:13 public: expected true or false, found text "yes"',
    ]);
  });

  it('refuses a language Planfolio ships no words for, listing the ones it does', () => {
    expect(problemsOf('{"language": "fr"}')).toEqual(['planfolio.config.json:1:14 language: "fr" is not allowed; use one of en, es, de (did you mean "en"?)']);
  });

  it('reports a JSON syntax error at its line', () => {
    expect(problemsOf('{\n  "title": "Plans",,\n}\n')[0]).toMatch(/^planfolio\.config\.json:2:\d+ invalid YAML: /);
  });

  it('refuses a base that climbs out or carries a query', () => {
    for (const base of ['/a/../b/', '/a?x=1', 'https://example.org/a/#top', '/two words/']) {
      expect(problemsOf(JSON.stringify({ base }))[0], base).toContain('is not a place to serve the site from');
    }
  });

  it('lets --base override the configured path and keep the configured host', () => {
    const config = readConfigText('{"base": "https://example.org/old/"}', 'planfolio.config.json');
    expect(overrideBase(config, '/new')).toMatchObject({ base: '/new/', siteUrl: 'https://example.org/new/' });
    expect(() => overrideBase(config, 'new')).toThrow('--base "new" is not a place to serve the site from');
  });
});
