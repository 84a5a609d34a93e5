// What the benchmark loads from the bundled core.
export { evaluate } from '../src/protocol/evaluate.ts';
export { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
