// The heavy part of the content script: the compose-box warnings with the evaluator, the banner and their data.
// Loaded by the watcher (index.ts) on the first focus of a compose box, as an ES module in the content script's
// isolated world; modules the watcher already holds (settings, attached files, site adapters) are shared with it,
// see scripts/vite-plugin-content-scripts.ts.
import { composeWarnings } from './compose-warnings.ts';
import type { FeatureContext } from './feature.ts';

/** Features that start once a compose box is in use. */
const FEATURES = [composeWarnings];

export function start(ctx: FeatureContext): void {
  for (const feature of FEATURES) {
    if (!feature.runsOn(ctx.adapter, location)) continue;
    try {
      void feature.start(ctx);
    } catch (err) {
      console.warn(`Postwacht: feature ${feature.id} failed to start`, err);
    }
  }
}
