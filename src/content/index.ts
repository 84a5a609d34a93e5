// Content script entry, on the served sites only (see manifest.json): a small watcher. Until a compose box gets
// focus (or input), it only remembers attached files; the settings, the evaluator, the banner and their data
// (lazy.ts) load on that first focus, so pages where nobody writes pay almost nothing.
// Each feature declares where it runs and starts with an AbortSignal.
import browser from 'webextension-polyfill';
import { adapterForHost } from '../sites/index.ts';
import { findEditor } from '../sites/editor.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { Feature, FeatureContext } from './feature.ts';
import { mediaFiles } from './media-files.ts';
import { startSettings } from './settings-live.ts';
import { WATCHING_REQUEST, type WatchingReply } from './watching.ts';

/** Features that run from page load: they must stay small. */
const FEATURES: readonly Feature[] = [mediaFiles];
/** The heavy part, built by scripts/vite-plugin-content-scripts.ts and web-accessible to the served sites only. */
const LAZY_MODULE = 'content/lazy.js';

interface LazyModule {
  start(ctx: FeatureContext): void;
}

/**
 * Loads the heavy part once, on the first focus of (or input into) a compose box, and starts reading the settings
 * then too, while the module loads: only the compose-box checks use them, and the read (a copy of the whole
 * settings object into this world) was a measurable part of every page load's cold start (issue 14).
 */
function startOnFirstFocus(adapter: SiteAdapter, signal: AbortSignal): void {
  const listeners = new AbortController();
  signal.addEventListener('abort', () => listeners.abort(), { once: true });
  let loading = false;
  // Until the heavy part has loaded (it answers from then on), no compose box is watched: say so to the popup.
  const answer = (message: unknown): Promise<WatchingReply> | undefined =>
    !loading && (message as { type?: unknown } | null)?.type === WATCHING_REQUEST ? Promise.resolve({ count: 0 }) : undefined;
  browser.runtime.onMessage.addListener(answer);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(answer), { once: true });
  const load = () => {
    if (loading) return;
    loading = true;
    listeners.abort();
    void startSettings(signal).catch(() => undefined);
    const url = browser.runtime.getURL(LAZY_MODULE);
    (import(/* @vite-ignore */ url) as Promise<LazyModule>).then(
      (m) => {
        if (!signal.aborted) m.start({ adapter, signal });
      },
      (err: unknown) => console.warn('Postwacht: the compose-box checks failed to load', err),
    );
  };
  const onEvent = (e: Event) => {
    if (findEditor(adapter, e.composedPath()[0] ?? e.target)) load();
  };
  document.addEventListener('focusin', onEvent, { capture: true, signal: listeners.signal });
  document.addEventListener('beforeinput', onEvent, { capture: true, signal: listeners.signal });
  // The page may have been focused in a composer before this script ran (it runs at document_idle).
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (findEditor(adapter, active)) load();
}

function main(): void {
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return;
  const controller = new AbortController();
  for (const feature of FEATURES) {
    if (!feature.runsOn(adapter, location)) continue;
    try {
      void feature.start({ adapter, signal: controller.signal });
    } catch (err) {
      console.warn(`Postwacht: feature ${feature.id} failed to start`, err);
    }
  }
  startOnFirstFocus(adapter, controller.signal);
}

main();
