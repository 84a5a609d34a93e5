// store.ts against an in-memory stand-in for the extension storage API.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const fake = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  managed: undefined as Record<string, unknown> | undefined | 'throw' | 'hang',
  listeners: new Set<(changes: Record<string, unknown>, area: string) => void>(),
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (key in fake.local ? { [key]: fake.local[key] } : {}),
        remove: async (key: string) => {
          delete fake.local[key];
        },
        set: async (items: Record<string, unknown>) => {
          Object.assign(fake.local, structuredClone(items));
          for (const l of fake.listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), 'local');
        },
      },
      managed: {
        get: async () => {
          if (fake.managed === 'throw') throw new Error('Managed storage manifest not found');
          // Chromium 156 without any policy: the promise never settles.
          if (fake.managed === 'hang') return new Promise(() => {});
          return fake.managed ?? {};
        },
      },
      onChanged: {
        addListener: (l: Listener) => fake.listeners.add(l),
        removeListener: (l: Listener) => fake.listeners.delete(l),
      },
    },
  },
}));

const store = await import('../../../src/settings/store.ts');
const { DEFAULT_SETTINGS, SCHEMA_VERSION } = await import('../../../src/settings/schema.ts');

beforeEach(() => {
  fake.local = {};
  fake.managed = undefined;
  fake.listeners.clear();
});

describe('settings store', () => {
  it('merges the stored user settings with the policy', async () => {
    fake.local.settings = { schemaVersion: 2, function: 'mentor', rules: { abusive: false } };
    fake.managed = { rules: { abusive: true }, timeZone: 42 };
    const s = await store.getSettingsState();
    expect(s.effective.function).toBe('mentor');
    expect(s.effective.rules.abusive).toBe(true);
    expect(s.locked).toEqual(['rules.abusive']);
    expect(s.managedInvalid).toEqual(['timeZone']);
  });

  it('treats an unavailable managed area as no policy', async () => {
    fake.managed = 'throw';
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores only the differences and tells listeners, until aborted', async () => {
    const seen: string[] = [];
    const ac = new AbortController();
    store.onSettingsChange((s) => seen.push(s.function), ac.signal);
    await store.saveUserSettings({ ...DEFAULT_SETTINGS, function: 'teamleider' });
    expect(fake.local.settings).toEqual({ schemaVersion: SCHEMA_VERSION, function: 'teamleider' });
    await vi.waitFor(() => expect(seen).toEqual(['teamleider']));
    ac.abort();
    await store.saveUserSettings({ ...DEFAULT_SETTINGS, function: 'rector' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['teamleider']);
  });

  it('ignores changes to other keys in storage.local', async () => {
    const seen: unknown[] = [];
    store.onSettingsChange((s) => seen.push(s));
    for (const l of fake.listeners) l({ somethingElse: { newValue: 1 } }, 'local');
    for (const l of fake.listeners) l({}, 'managed');
    await vi.waitFor(() => expect(seen.length).toBe(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(1);
  });

  // Last on purpose: the hanging read stays pending in the module, as it would in the browser.
  it('waits for a hanging policy read once, then answers at once, and reads afresh when the policy changes', async () => {
    vi.useFakeTimers();
    try {
      fake.managed = 'hang';
      fake.local.settings = { schemaVersion: 2, function: 'mentor' };
      let settled = false;
      const first = store.getSettingsState().then((s) => ((settled = true), s));
      await vi.advanceTimersByTimeAsync(store.MANAGED_DEADLINE_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await first).effective.function).toBe('mentor');
      // No timer is advanced now: a second wait would never end and time the test out.
      expect((await store.getSettingsState()).effective.function).toBe('mentor');

      fake.managed = { rules: { abusive: false } };
      const seen: boolean[] = [];
      store.onSettingsStateChange((s) => seen.push(s.effective.rules.abusive));
      for (const l of fake.listeners) l({ rules: { newValue: { abusive: false } } }, 'managed');
      await vi.waitFor(() => expect(seen).toEqual([false]));
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers a read that is slow at browser start with last session's policy, and tells listeners when the real one arrives", async () => {
    vi.useFakeTimers();
    try {
      vi.resetModules();
      const fresh = await import('../../../src/settings/store.ts');
      fresh.keepPolicyCopy();
      // Last session's policy, kept by the extension; the browser's policy service is still loading.
      fake.local[fresh.MANAGED_CACHE_KEY] = { school: { name: 'OSG Voorbeeld' } };
      let release!: (v: unknown) => void;
      fake.managed = 'hang';
      const managedGet = vi.spyOn((await import('webextension-polyfill')).default.storage.managed, 'get').mockImplementation(
        () => new Promise((r) => (release = r)) as never,
      );
      const seen: string[] = [];
      fresh.onSettingsStateChange((s) => seen.push(s.effective.school.name));
      const first = fresh.getSettingsState();
      await vi.advanceTimersByTimeAsync(fresh.MANAGED_DEADLINE_MS);
      // Judged with the school's settings, not the defaults.
      expect((await first).effective.school.name).toBe('OSG Voorbeeld');
      expect((await first).locked).toContain('school.name');
      // The real policy arrives late and differs: listeners hear of it without any storage event.
      release({ school: { name: 'CSG Nieuw' } });
      await vi.waitFor(() => expect(seen).toEqual(['CSG Nieuw']));
      expect(fake.local[fresh.MANAGED_CACHE_KEY]).toEqual({ school: { name: 'CSG Nieuw' } });
      managedGet.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops using the stored policy once the start-up window has passed without a read settling (policy removed)', async () => {
    vi.useFakeTimers();
    try {
      vi.resetModules();
      const fresh = await import('../../../src/settings/store.ts');
      fresh.keepPolicyCopy();
      fake.local[fresh.MANAGED_CACHE_KEY] = { school: { name: 'OSG Voorbeeld' } };
      fake.managed = 'hang';
      const seen: string[] = [];
      fresh.onSettingsStateChange((s) => seen.push(s.effective.school.name));
      const first = fresh.getSettingsState();
      await vi.advanceTimersByTimeAsync(fresh.MANAGED_DEADLINE_MS);
      expect((await first).effective.school.name).toBe('OSG Voorbeeld');
      // The window ends with the read still hanging: listeners hear of the defaults, and the copy is gone.
      await vi.advanceTimersByTimeAsync(fresh.MANAGED_STARTUP_MS);
      await vi.waitFor(() => expect(seen.at(-1)).toBe('CSG Liudger'));
      expect(fake.local[fresh.MANAGED_CACHE_KEY]).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the stored copy alone outside the worker (the popup)', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/settings/store.ts');
    fake.managed = { school: { name: 'Het Beleidscollege' } };
    expect((await fresh.getSettingsState()).effective.school.name).toBe('Het Beleidscollege');
    expect(fake.local[fresh.MANAGED_CACHE_KEY]).toBeUndefined();
  });

  it('follows a removed policy through its change event, even when the next read never settles', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/settings/store.ts');
    fresh.keepPolicyCopy();
    fake.managed = { rules: { abusive: false }, timeZone: 'Europe/London' };
    expect((await fresh.getSettingsState()).effective.rules.abusive).toBe(false);
    fake.managed = 'hang';
    const seen: boolean[] = [];
    fresh.onSettingsStateChange((s) => seen.push(s.effective.rules.abusive));
    for (const l of fake.listeners) l({ rules: { oldValue: { abusive: false } } }, 'managed');
    await vi.waitFor(() => expect(seen).toEqual([true]), { timeout: 3000 });
    expect((await fresh.getSettingsState()).effective.timeZone).toBe('Europe/London');
  });

  it('pauses for an hour and resumes', async () => {
    const now = 1_700_000_000_000;
    const paused = await store.pauseWarnings(DEFAULT_SETTINGS, now);
    expect(paused.pausedUntil).toBe(now + 60 * 60 * 1000);
    expect((fake.local.settings as { pausedUntil: number }).pausedUntil).toBe(now + 3_600_000);
    const resumed = await store.resumeWarnings(paused);
    expect(resumed.pausedUntil).toBe(0);
    expect(fake.local.settings).toEqual({ schemaVersion: SCHEMA_VERSION });
  });
});
