#!/usr/bin/env node
// Planfolio is written in TypeScript and always runs as the JavaScript that
// bin/compile.js makes of it in dist/: `npm install` and `npm pack` compile
// it (the `prepare` script), and in a clone this compiles it again first
// whenever src/ has changed since, so the command never runs stale code.
// An installed package has no src/ and runs its dist/ as packed.
import { compile, isCompiled } from './compile.js';

if (!isCompiled()) await compile();
await import('../dist/main.js');
