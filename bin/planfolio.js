#!/usr/bin/env node
// Planfolio is written in TypeScript; tsx runs it on Node 20 without a compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
