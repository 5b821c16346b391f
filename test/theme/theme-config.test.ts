import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, readConfigText } from '../../src/config/load-config.js';
import { PlanProblemsError } from '../../src/errors/errors.js';
import { formatProblem } from '../../src/errors/problem.js';
import { makePortfolio } from '../helpers/portfolio.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b7a5a"/></svg>\n';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** The problem lines a configuration gives in a project folder, as `planfolio check` prints them. */
function problemsOf(text: string, root: string = makePortfolio({})): string[] {
  try {
    readConfigText(text, 'planfolio.config.json', root);
  } catch (error) {
    if (error instanceof PlanProblemsError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('theme in planfolio.config', () => {
  it('takes an accent, a logo inside the project and a font, and leaves no theme when there is none', () => {
    const dir = makePortfolio({ 'brand/logo.svg': SVG, 'planfolio.config.json': '{"theme": {"accent": "#0B7A5A", "logo": "brand/logo.svg", "font": "serif"}}' });
    expect(loadConfig(dir).theme).toEqual({ accent: '#0b7a5a', logo: { path: path.join(dir, 'brand/logo.svg'), type: 'svg' }, font: 'serif' });
    expect(loadConfig(makePortfolio({ 'planfolio.config.json': '{"title": "Plans"}' }))).not.toHaveProperty('theme');
    expect(readConfigText('theme:\n  accent: "#067"\n', 'planfolio.config.yaml').theme).toEqual({ accent: '#006677', font: 'sans' });
  });

  it('refuses an accent too light to read on white, with its ratio and a darker colour of the same hue', () => {
    expect(problemsOf('{\n  "title": "Plans",\n  "theme": { "accent": "#88ccff" }\n}\n')).toEqual([
      'planfolio.config.json:3:24 theme.accent: #88ccff has a contrast of 1.7:1 on white; text needs at least 4.5:1 (WCAG AA). Try #0074ca, the same hue darker.',
    ]);
    expect(problemsOf('theme:\n  accent: "#ffd400"\n')).toEqual([
      'planfolio.config.json:2:11 theme.accent: #ffd400 has a contrast of 1.4:1 on white; text needs at least 4.5:1 (WCAG AA). Try #877000, the same hue darker.',
    ]);
  });

  it('refuses an accent that passes on white but not on the page background', () => {
    expect(problemsOf('{"theme": {"accent": "#767676"}}')).toEqual([
      'planfolio.config.json:1:22 theme.accent: #767676 has a contrast of 4.2:1 on the page background #f6f7f9; text needs at least 4.5:1 (WCAG AA). Try #717171, the same hue darker.',
    ]);
  });

  it('refuses what is not a #RRGGBB or #RGB colour, and a font it does not know', () => {
    expect(problemsOf('{"theme": {"accent": "blue", "font": "mono"}}')).toEqual([
      'planfolio.config.json:1:22 theme.accent: "blue" is not a colour; write it as "#RRGGBB" or "#RGB", e.g. "#0b7a5a"',
      'planfolio.config.json:1:38 theme.font: "mono" is not allowed; use one of sans, serif',
    ]);
    for (const accent of ['#12345', 'rgb(0,0,0)', '0b7a5a', '#0b7a5a80']) {
      expect(problemsOf(JSON.stringify({ theme: { accent } }))[0], accent).toContain('is not a colour; write it as "#RRGGBB" or "#RGB"');
    }
  });

  it('refuses a logo that is missing, outside the project, of another type or not what its name says, at theme.logo', () => {
    const root = makePortfolio({ 'brand/logo.svg': SVG, 'brand/fake.png': 'not a PNG', 'brand/real.png': PNG, 'outside.svg': SVG });
    const logo = (value: string) => problemsOf(`{\n  "theme": {\n    "logo": ${JSON.stringify(value)}\n  }\n}\n`, path.join(root, 'brand'));
    expect(logo('missing.svg')).toEqual([
      'planfolio.config.json:3:13 theme.logo: "missing.svg": no such file; give the logo\'s path from the project folder, e.g. "brand/logo.svg"',
    ]);
    expect(logo('../outside.svg')).toEqual([
      'planfolio.config.json:3:13 theme.logo: "../outside.svg" is outside the project folder; put the logo inside it and give its path from there, e.g. "brand/logo.svg"',
    ]);
    expect(logo('logo.gif')).toEqual([
      'planfolio.config.json:3:13 theme.logo: "logo.gif" is not an SVG, PNG or JPEG file; give the path of a .svg, .png, .jpg or .jpeg logo',
    ]);
    expect(logo('fake.png')).toEqual([
      'planfolio.config.json:3:13 theme.logo: "fake.png" does not hold the kind of image its name says; save it in that format, or rename it to the format it is in',
    ]);
    expect(logo('real.png')).toEqual([]);
    expect(logo('logo.svg')).toEqual([]);
  });

  it('counts a link that leads out of the project as outside it', () => {
    const root = makePortfolio({ 'outside/logo.svg': SVG, 'project/.keep': '' });
    symlinkSync(path.join(root, 'outside/logo.svg'), path.join(root, 'project/logo.svg'));
    expect(problemsOf('{"theme": {"logo": "logo.svg"}}', path.join(root, 'project'))[0]).toContain('theme.logo: "logo.svg" is outside the project folder');
  });

  it('reports theme problems with the other problems of the file, in order', () => {
    expect(problemsOf('{"public": "no", "theme": {"logo": "x.svg", "accent": "#fff"}}')).toEqual([
      'planfolio.config.json:1:12 public: expected true or false, found text "no"',
      'planfolio.config.json:1:36 theme.logo: "x.svg": no such file; give the logo\'s path from the project folder, e.g. "brand/logo.svg"',
      'planfolio.config.json:1:55 theme.accent: #fff has a contrast of 1.0:1 on white; text needs at least 4.5:1 (WCAG AA). Try #717171, the same hue darker.',
    ]);
  });
});
