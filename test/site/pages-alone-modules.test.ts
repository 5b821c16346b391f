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

it('a build of a few plans loads pdfkit once, in the thread that draws their PDFs, not in the build\'s own thread too', () => {
  const out = path.join(makePortfolio({}), '_site');
  const args = ['build', '--plans', path.resolve('test/fixtures/good'), '--out', out, '--no-search', '--no-history'];
  const result = runPlanfolio(args, { NODE_OPTIONS: `--import ${TRACE}` });
  expect(result.code, result.stderr).toBe(0);
  // Each thread loads its own modules and prints them: the build's thread once loaded pdfkit as well.
  const pdfkit = result.stderr.split('\n').filter((line) => line.startsWith('loaded ') && line.includes('/node_modules/pdfkit/js/'));
  expect(pdfkit).toHaveLength(1);
});
