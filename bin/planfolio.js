#!/usr/bin/env node
// Planfolio is written in TypeScript and always runs as the JavaScript that
// bin/compile.js makes of it in dist/: `npm install` compiles it (the
// `prepare` script), and this compiles it again first whenever src/ has
// changed since, so the command never runs stale code.
import { compile, isCompiled } from './compile.js';

if (!isCompiled()) await compile();
await import('../dist/main.js');
