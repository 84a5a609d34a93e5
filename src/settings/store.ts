// Reads and writes settings in extension contexts (content script, popup, background). Thin on purpose: all the
// logic (migration, fallback, policy merge, locks) is pure and lives in effective.ts, tested in Node.
//
// The user's settings live in storage.local, not storage.sync: the account mode is explicitly about *this*
// browser's accounts, sync is often off on school-managed browsers, and its per-item quota (8 KB) is close to
// a school profile with long disclaimer texts. Only what differs from the defaults is stored.
import browser from 'webextension-polyfill';
import { computeState, diffFromDefaults, PAUSE_MS, type SettingsState } from './effective.ts';
import type { Settings } from './schema.ts';

export const STORAGE_KEY = 'settings';

export type { SettingsState };

/**
 * In Chromium 156 without any policy, `storage.managed.get()` never settles (seen in the worker and in content
 * scripts). So one read is kept in flight at a time and waited for at most MANAGED_DEADLINE_MS from when it
 * started; while an old read hangs, callers get the last policy seen at once instead of waiting again, and a
 * policy change still arrives through storage.onChanged. Firefox without a policy rejects, and some builds lack
 * the area: both mean "no policy".
 */
export const MANAGED_DEADLINE_MS = 500;
let lastManaged: unknown;
let pending: { read: Promise<unknown>; since: number } | undefined;

async function readManaged(): Promise<unknown> {
  try {
    if (!pending) {
      const read = (browser.storage.managed.get(null) as Promise<unknown>)
        .then(
          (m) => (lastManaged = m),
          () => (lastManaged = undefined),
        )
        .finally(() => (pending = undefined));
      pending = { read, since: Date.now() };
    }
    const left = pending.since + MANAGED_DEADLINE_MS - Date.now();
    if (left <= 0) return lastManaged;
    return await Promise.race([pending.read, new Promise((resolve) => setTimeout(() => resolve(lastManaged), left))]);
  } catch {
    return undefined;
  }
}

async function readUser(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  } catch {
    return undefined;
  }
}

/** Effective settings plus the user's own, the fields that fell back, and what the school's policy locked. */
export async function getSettingsState(): Promise<SettingsState> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  return computeState(user, managed);
}

export async function getSettings(): Promise<Settings> {
  return (await getSettingsState()).effective;
}

/** Calls `cb` with the new state whenever the user's stored settings or the school's policy change. */
export function onSettingsStateChange(cb: (state: SettingsState) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    // A changed policy deserves a fresh read, even while an old one hangs.
    if (area === 'managed') pending = undefined;
    if ((area === 'local' && STORAGE_KEY in changes) || area === 'managed') void getSettingsState().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Calls `cb` with the new effective settings whenever stored or managed settings change. */
export function onSettingsChange(cb: (settings: Settings) => void, signal?: AbortSignal): void {
  onSettingsStateChange((state) => cb(state.effective), signal);
}

/** Stores the user's own settings; open tabs follow through storage.onChanged. */
export async function saveUserSettings(user: Settings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: diffFromDefaults(user) });
}

export async function pauseWarnings(user: Settings, now = Date.now()): Promise<Settings> {
  const next = { ...user, pausedUntil: now + PAUSE_MS };
  await saveUserSettings(next);
  return next;
}

export async function resumeWarnings(user: Settings): Promise<Settings> {
  const next = { ...user, pausedUntil: 0 };
  await saveUserSettings(next);
  return next;
}
