// The effective settings as the content script sees them, kept current: a change in the popup (or the school's
// policy) applies to open tabs at once, without a reload.
import browser from 'webextension-polyfill';
import type { Lang } from '../protocol/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import { getSettings, onSettingsChange } from '../settings/store.ts';

let current: Settings = DEFAULT_SETTINGS;
const listeners = new Set<(s: Settings) => void>();

export async function startSettings(signal: AbortSignal): Promise<void> {
  onSettingsChange((s) => {
    current = s;
    for (const l of listeners) l(s);
  }, signal);
  current = await getSettings();
  for (const l of listeners) l(current);
}

export const settingsNow = (): Settings => current;

export function onSettings(cb: (s: Settings) => void, signal: AbortSignal): void {
  listeners.add(cb);
  signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
}

/** The interface language: the user's choice, or the browser's UI language when set to automatic. */
export function uiLang(settings: Settings): Lang {
  if (settings.uiLanguage !== 'auto') return settings.uiLanguage;
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = navigator.language;
  }
  return /^en\b/i.test(ui) ? 'en' : 'nl';
}

export const isPaused = (s: Settings, now = Date.now()): boolean => s.pausedUntil > now;
