#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx postwacht` works right after `npm ci`.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
