// Reads and writes settings in extension contexts (content script, popup, background). Thin on purpose: all the
// logic (migration, fallback, policy merge, locks) is pure and lives in effective.ts, tested in Node.
//
// The user's settings live in storage.local, not storage.sync: the account mode is explicitly about *this*
// browser's accounts, sync is often off on school-managed browsers, and its per-item quota (8 KB) is close to
// a school profile with long disclaimer texts. Only what differs from the defaults is stored.
import browser from 'webextension-polyfill';
import { computeState, diffFromDefaults, PAUSE_MS, type SettingsState } from './effective.ts';
import { isPlainObject } from './paths.ts';
import type { Settings } from './schema.ts';

export const STORAGE_KEY = 'settings';

export type { SettingsState };

/**
 * In Chromium 156 without any policy, `storage.managed.get()` never settles (seen in the worker and in content
 * scripts), and right after the browser starts a read can take seconds while the policy service loads. So one
 * read is kept in flight at a time and waited for at most MANAGED_DEADLINE_MS from when it started. A read that
 * has not settled by then answers with the last policy this extension saw, kept in storage.local across
 * restarts, rather than with none: after a browser start the pages are judged with the school's settings, not
 * with the defaults until the slow read comes back (for MANAGED_STARTUP_MS at most, see below). When a late read does come back with something else, the
 * listeners of onSettingsStateChange hear of it at once. A read older than MANAGED_RETRY_MS is given up for a
 * fresh one. Firefox without a policy rejects, and some builds lack the area: both mean "no policy".
 */
export const MANAGED_DEADLINE_MS = 500;
export const MANAGED_RETRY_MS = 3000;
/** storage.local key of the last policy read, used while a read has not settled. */
export const MANAGED_CACHE_KEY = 'managedPolicy';
let lastManaged: unknown;
let lastKnown = false;
let pending: { read: Promise<unknown>; since: number; answeredStale: boolean } | undefined;
const lateListeners = new Set<() => void>();

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * How long after this context started the stored copy may stand in for a read that has not settled. Without any
 * policy Chromium's read never settles, so a copy from before an admin removed the policy must not live on:
 * after this window a hanging read means "no policy", and the copy is deleted.
 */
export const MANAGED_STARTUP_MS = 20_000;
const startedAt = Date.now();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
let keepCopy = false;

/**
 * The background worker, which publishes what the tabs act on, keeps and uses the stored copy; other contexts
 * (the popup) neither write nor read it, so a page's own view of the policy never becomes the tabs'.
 */
export function keepPolicyCopy(): void {
  keepCopy = true;
}

async function cachedManaged(): Promise<unknown> {
  if (lastKnown) return lastManaged;
  if (!keepCopy) return undefined;
  if (Date.now() - startedAt >= MANAGED_STARTUP_MS) {
    try {
      void browser.storage.local.remove(MANAGED_CACHE_KEY).catch(() => undefined);
    } catch {
      /* storage unavailable */
    }
    return undefined;
  }
  try {
    const cached = (await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
    // If no read settles within the window, the listeners hear that the policy is now taken to be absent.
    if (cached !== undefined && cached !== null) {
      expiryTimer ??= setTimeout(() => {
        if (!lastKnown) for (const l of lateListeners) l();
      }, startedAt + MANAGED_STARTUP_MS - Date.now());
    }
    return cached;
  } catch {
    return undefined;
  }
}

function remember(m: unknown): void {
  const changed = !lastKnown || !same(lastManaged, m);
  lastManaged = m;
  lastKnown = true;
  if (!changed || !keepCopy) return;
  void browser.storage.local.set({ [MANAGED_CACHE_KEY]: m ?? null }).catch(() => undefined);
}

async function readManaged(): Promise<unknown> {
  try {
    if (!pending || Date.now() - pending.since > MANAGED_RETRY_MS) {
      const entry: { read: Promise<unknown>; since: number; answeredStale: boolean } = { read: Promise.resolve(), since: Date.now(), answeredStale: false };
      const before = await cachedManaged();
      entry.read = (browser.storage.managed.get(null) as Promise<unknown>)
        .then(
          (m) => m,
          () => undefined,
        )
        .then((m) => {
          remember(m);
          if (pending === entry) pending = undefined;
          // Callers were already answered with the cached policy: tell the listeners if the real one differs.
          if (entry.answeredStale && !same(before, m)) for (const l of lateListeners) l();
          return m;
        });
      pending = entry;
    }
    const entry = pending;
    const left = entry.since + MANAGED_DEADLINE_MS - Date.now();
    const stale = () => {
      entry.answeredStale = true;
      return cachedManaged();
    };
    if (left <= 0) return await stale();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([entry.read, new Promise((resolve) => (timer = setTimeout(() => resolve(stale()), left)))]);
    clearTimeout(timer);
    return result;
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
    if (area === 'managed') {
      // A changed policy deserves a fresh read, even while an old one hangs; meanwhile the change itself says
      // what the policy now is (a read after the last policy is removed may never settle in Chromium).
      pending = undefined;
      void cachedManaged().then((cached) => {
        let next: Record<string, unknown> = isPlainObject(cached) ? { ...cached } : {};
        for (const [key, change] of Object.entries(changes)) {
          const nv = (change as { newValue?: unknown } | undefined)?.newValue;
          if (nv === undefined) delete next[key];
          else next = { ...next, [key]: nv };
        }
        remember(next);
        void getSettingsState().then(cb);
      });
      return;
    }
    if (area === 'local' && STORAGE_KEY in changes) void getSettingsState().then(cb);
  };
  const late = () => void getSettingsState().then(cb);
  browser.storage.onChanged.addListener(listener);
  lateListeners.add(late);
  signal?.addEventListener(
    'abort',
    () => {
      browser.storage.onChanged.removeListener(listener);
      lateListeners.delete(late);
    },
    { once: true },
  );
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
