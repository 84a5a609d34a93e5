// Reads the effective settings in extension contexts (content script, popup, background).
// Minimal first version: defaults merged with the user's stored values; managed policies and per-field
// fallback come with the settings issue. The signatures below are the contract the UI codes against.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema.ts';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(stored as object | undefined) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `cb` with the new effective settings whenever stored or managed settings change. */
export function onSettingsChange(cb: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') void getSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
