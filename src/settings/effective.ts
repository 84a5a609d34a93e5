// The effective settings = defaults ⊕ the user's stored values ⊕ the school's policy. Pure, so Node tests cover it.
import { parseWithFallback } from './fallback.ts';
import { parseManaged } from './managed.ts';
import { migrate } from './migrate.ts';
import { getAt, isPlainObject, setAt, type Path } from './paths.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, settingsSchema, type Settings } from './schema.ts';

export interface SettingsState {
  /** What the extension acts on. */
  effective: Settings;
  /** The user's own settings (defaults where they set nothing); the popup edits these. */
  user: Settings;
  /** User fields that failed validation and fell back to their defaults. */
  fallbacks: Path[];
  /** Fields fixed by the school's policy. */
  locked: Path[];
  /** Policy fields that were invalid and ignored. */
  managedInvalid: Path[];
}

export interface UserParse {
  settings: Settings;
  fallbacks: Path[];
  /** Version the stored data had; -1 when it was unreadable, undefined when nothing was stored. */
  from?: number;
}

export function parseUserSettings(raw: unknown): UserParse {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), fallbacks: [] };
  const migrated = migrate(raw);
  if (!migrated) return { settings: structuredClone(DEFAULT_SETTINGS), fallbacks: ['*'], from: -1 };
  const { value, fallbacks } = parseWithFallback(settingsSchema, DEFAULT_SETTINGS, migrated.data);
  return { settings: value, fallbacks, from: migrated.from };
}

export function computeState(userRaw: unknown, managedRaw: unknown): SettingsState {
  const user = parseUserSettings(userRaw);
  const managed = parseManaged(managedRaw);
  let effective = user.settings;
  for (const path of managed.locked) effective = setAt(effective, path, getAt(managed.overrides, path));
  return {
    effective,
    user: user.settings,
    fallbacks: user.fallbacks,
    locked: managed.locked,
    managedInvalid: managed.invalid,
  };
}

/**
 * The sparse form that is stored: only what differs from the defaults (arrays as a whole), so a later release's
 * better defaults still reach users who never touched a field.
 */
export function diffFromDefaults(settings: Settings): Record<string, unknown> {
  const out = diff(DEFAULT_SETTINGS, settings);
  return { ...(out as object), schemaVersion: SCHEMA_VERSION };
}

function diff(def: unknown, value: unknown): unknown {
  if (isPlainObject(def) && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const d = diff(def[key], value[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(def) === JSON.stringify(value) ? undefined : value;
}

export { isPaused, PAUSE_MS, resolveUiLanguage } from './runtime.ts';
