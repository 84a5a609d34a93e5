// Content script entry, on the four sites only (see manifest.json). Each feature declares where it runs and
// starts with an AbortSignal; the evaluator's data was loaded just before this script by content/data.js.
import { adapterForHost } from '../sites/index.ts';
import { composeWarnings } from './compose-warnings.ts';
import type { Feature } from './feature.ts';
import { mediaFiles } from './media-files.ts';
import { startSettings } from './settings-live.ts';

const FEATURES: readonly Feature[] = [mediaFiles, composeWarnings];

function main(): void {
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return;
  const controller = new AbortController();
  void startSettings(controller.signal).catch(() => undefined);
  for (const feature of FEATURES) {
    if (!feature.runsOn(adapter, location)) continue;
    try {
      void feature.start({ adapter, signal: controller.signal });
    } catch (err) {
      console.warn(`Postwacht: feature ${feature.id} failed to start`, err);
    }
  }
}

main();
