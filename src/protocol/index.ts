// Public surface of the pure core, for the CLI, the content script and tests.
export { evaluate } from './evaluate.ts';
export { normalize } from './normalize.ts';
export type * from './types.ts';
