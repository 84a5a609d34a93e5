// The effective settings as the content script sees them, kept current: a change in the popup (or the school's
// policy) applies to open tabs at once, without a reload.
//
// Why not store.ts's getSettings()/onSettingsChange() here: in a Chromium content script
// `storage.managed.get()` never settles when no policy is set (seen with Chromium 156), and getSettings()
// waits for it, so the banner would stay on the defaults forever. The same pure merge (computeState) is used,
// with the policy read given a deadline; extension pages (popup) are not affected and keep using store.ts.
import browser from 'webextension-polyfill';
import type { Lang } from '../protocol/types.ts';
import { computeState, isPaused as pausedAt, resolveUiLanguage } from '../settings/effective.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import { STORAGE_KEY } from '../settings/store.ts';

const MANAGED_DEADLINE_MS = 300;

let current: Settings = DEFAULT_SETTINGS;
let lastManaged: unknown;
const listeners = new Set<(s: Settings) => void>();

async function readUser(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  } catch {
    return undefined;
  }
}

async function readManaged(): Promise<unknown> {
  try {
    const read = browser.storage.managed.get(null) as Promise<unknown>;
    const deadline = new Promise<typeof lastManaged>((r) => setTimeout(() => r(lastManaged), MANAGED_DEADLINE_MS));
    return (lastManaged = await Promise.race([read, deadline]));
  } catch {
    return undefined;
  }
}

async function refresh(): Promise<void> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  current = computeState(user, managed).effective;
  for (const l of listeners) l(current);
}

export async function startSettings(signal: AbortSignal): Promise<void> {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && STORAGE_KEY in changes) || area === 'managed') void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  await refresh();
}

export const settingsNow = (): Settings => current;

export function onSettings(cb: (s: Settings) => void, signal: AbortSignal): void {
  listeners.add(cb);
  signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
}

/** The interface language: the user's choice, or the browser's UI language when set to automatic. */
export function uiLang(settings: Settings): Lang {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = navigator.language;
  }
  return resolveUiLanguage(settings.uiLanguage, ui);
}

export const isPaused = (s: Settings, now = Date.now()): boolean => pausedAt(s, now);
