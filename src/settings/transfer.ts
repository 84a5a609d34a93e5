// Import and export of settings as a JSON file. An import is all or nothing: any invalid field rejects the whole
// file with a message naming the fields, so a half-broken file never changes what a teacher sees.
import { parseWithFallback } from './fallback.ts';
import { migrate } from './migrate.ts';
import { isPlainObject, ownValue } from './paths.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, settingsSchema, type Settings } from './schema.ts';

/** Far above a real settings file (a few KB); refuses a pasted video before JSON.parse has to chew on it. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; messageKey: string; args?: string[] };

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ ...settings, schemaVersion: SCHEMA_VERSION }, null, 2)}\n`;
}

export function exportFileName(now: Date): string {
  return `postwacht-settings-${now.toISOString().slice(0, 10)}.json`;
}

const KNOWN_KEYS = new Set([...Object.keys(settingsSchema.shape), 'functie', 'language', 'paused', 'officialAccounts']);

/**
 * Reads a settings file. Fields the file leaves out keep their values from `base` (the user's current settings),
 * so the communications office can hand out a file holding only the school profile.
 */
export function importSettings(text: string, base: Settings = DEFAULT_SETTINGS): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, messageKey: 'settings_import_too_large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, messageKey: 'settings_import_not_json' };
  }
  if (!isPlainObject(raw) || !Object.keys(raw).some((k) => KNOWN_KEYS.has(k))) {
    return { ok: false, messageKey: 'settings_import_not_settings' };
  }
  const version = ownValue(raw, 'schemaVersion');
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, messageKey: 'settings_import_newer', args: [String(version)] };
  }
  const migrated = migrate(raw)!;
  const parsed = parseWithFallback(settingsSchema, base, migrated.data);
  if (parsed.fallbacks.length) {
    return { ok: false, messageKey: 'settings_import_invalid_fields', args: [parsed.fallbacks.join(', ')] };
  }
  return { ok: true, settings: parsed.value };
}
