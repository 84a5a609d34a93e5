// Placeholder entry: the build replaces this script by the evaluator's data modules (the name lexicon, franc's
// trigram table), see scripts/vite-plugin-content-scripts.ts. It is listed before src/content/index.ts in the
// manifest so the data is in place when the main script's evaluator starts.
export {};
