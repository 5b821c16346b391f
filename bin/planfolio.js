#!/usr/bin/env node
// Planfolio is written in TypeScript and runs as JavaScript compiled into
// dist/ (see compile.js), compiled again here whenever src/ has changed. Where
// dist/ cannot be written (a read-only install), tsx runs the sources instead.
import { compile, isCompiled } from './compile.js';

let entry = '../dist/main.js';
if (!isCompiled()) {
  try {
    await compile();
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    entry = '../src/cli/main.ts';
  }
}
await import(entry);
