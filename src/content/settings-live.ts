// The effective settings as the content script sees them, kept current: a change in the popup (or the school's
// policy) applies to open tabs at once, without a reload.
//
// The worker validates the settings and applies the policy, and publishes the result (see
// src/background/settings-publisher.ts); this script only reads that plain object. That keeps zod and the
// policy merge (some 30 KB gzipped) out of a script that loads with every page of four busy sites, and avoids
// `storage.managed.get()`, which never settles in a Chromium content script when no policy is set.
// Until a published copy exists (the first moments after install) nothing is evaluated.
import browser from 'webextension-polyfill';
import type { Lang } from '../protocol/types.ts';
import { EFFECTIVE_SETTINGS_KEY, PUBLISH_REQUEST } from '../settings/published.ts';
import { isPaused, resolveUiLanguage, siteEnabled } from '../settings/runtime.ts';
import type { Settings } from '../settings/schema.ts';


let current: Settings | undefined;
const listeners = new Set<(s: Settings) => void>();

/** The published object came from our own worker; this only guards against a shape from an older version. */
function plausible(v: unknown): v is Settings {
  const s = v as Partial<Settings> | undefined;
  return !!s && typeof s === 'object' && typeof s.schemaVersion === 'number' && !!s.school && !!s.rules && !!s.accounts && typeof s.pausedUntil === 'number';
}

function accept(v: unknown): void {
  if (!plausible(v)) return;
  current = v;
  for (const l of listeners) l(v);
}

export async function startSettings(signal: AbortSignal): Promise<void> {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && EFFECTIVE_SETTINGS_KEY in changes) accept(changes[EFFECTIVE_SETTINGS_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  const stored = (await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY];
  if (plausible(stored)) accept(stored);
  else await browser.runtime.sendMessage(PUBLISH_REQUEST).catch(() => undefined);
}

/** The current settings, or undefined before the first published copy arrived. */
export const settingsNow = (): Settings | undefined => current;

export function onSettings(cb: (s: Settings) => void, signal: AbortSignal): void {
  listeners.add(cb);
  signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
}

/** The interface language: the user's choice, or the browser's UI language when automatic. */
export function uiLang(settings: Settings): Lang {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = navigator.language;
  }
  return resolveUiLanguage(settings.uiLanguage, ui);
}

export { isPaused, siteEnabled };
