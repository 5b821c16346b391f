import { cpSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { makePortfolio } from '../helpers/portfolio.js';
import { runPlanfolio } from '../helpers/run-cli.js';

const TRACE = pathToFileURL(path.resolve('test/fixtures/module-trace/trace-loads.mjs')).href;

it('a build without PDFs never loads pdfkit, fontkit or the PDF layout', () => {
  const out = path.join(makePortfolio({}), '_site');
  const args = ['build', '--plans', path.resolve('test/fixtures/good'), '--out', out, '--no-pdf', '--no-search', '--no-history'];
  const result = runPlanfolio(args, { NODE_OPTIONS: `--import ${TRACE}` });
  expect(result.code, result.stderr).toBe(0);
  const loaded = result.stderr.split('\n').filter((line) => line.startsWith('loaded '));
  // The trace saw the build load its pages' engine, so an empty list below means something.
  expect(loaded.some((line) => line.includes('/node_modules/@11ty/eleventy/'))).toBe(true);
  const pdfModules = loaded.filter((line) => /\/node_modules\/(pdfkit|fontkit|linebreak|bidi-js)\//.test(line));
  expect(pdfModules).toEqual([]);
});

it('a build of a few plans loads pdfkit once, in the thread that draws their PDFs, and a build that draws none never loads it', () => {
  // The plans copied into a folder of their own: its kept PDFs start empty and go with it.
  const root = makePortfolio({});
  cpSync(path.resolve('test/fixtures/good'), path.join(root, 'plans'), { recursive: true });
  const args = ['build', '--plans', path.join(root, 'plans'), '--out', path.join(root, '_site'), '--no-search', '--no-history'];
  const loadsOfPdfkit = () => {
    const result = runPlanfolio(args, { NODE_OPTIONS: `--import ${TRACE}` });
    expect(result.code, result.stderr).toBe(0);
    // Each thread loads its own modules and prints them: the build's thread once loaded pdfkit as well.
    return result.stderr.split('\n').filter((line) => line.startsWith('loaded ') && line.includes('/node_modules/pdfkit/js/')).length;
  };
  expect(loadsOfPdfkit()).toBe(1);
  // Nothing changed: every PDF is copied from what the first build kept, and no thread starts to draw.
  expect(loadsOfPdfkit()).toBe(0);
});
