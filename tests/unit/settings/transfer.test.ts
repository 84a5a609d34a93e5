import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings, MAX_IMPORT_BYTES } from '../../../src/settings/transfer.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema.ts';

describe('import/export', () => {
  it('round-trips an export', () => {
    const s = { ...structuredClone(DEFAULT_SETTINGS), role: 'ouder' as const, function: '', setupDone: true };
    const r = importSettings(exportSettings(s));
    expect(r).toEqual({ ok: true, settings: s });
  });

  it('accepts a BOM and a partial file, filling in defaults', () => {
    const r = importSettings(`\uFEFF{"schemaVersion":${SCHEMA_VERSION},"function":"mentor"}`);
    expect(r.ok && r.settings.function).toBe('mentor');
    expect(r.ok && r.settings.school).toEqual(DEFAULT_SETTINGS.school);
  });

  it.each([
    ['not JSON', '{role: medewerker', 'settings_import_not_json'],
    ['an array', '[1,2]', 'settings_import_not_settings'],
    ['some other JSON', '{"name":"package","version":"1.0.0"}', 'settings_import_not_settings'],
    ['a newer version', `{"schemaVersion":${SCHEMA_VERSION + 1},"role":"ouder"}`, 'settings_import_newer'],
    ['too large', `{"function":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`, 'settings_import_too_large'],
  ])('rejects %s with a clear message', (_name, text, key) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.messageKey).toBe(key);
  });

  it('keeps the current values for fields the file leaves out', () => {
    const base = { ...structuredClone(DEFAULT_SETTINGS), role: 'leerling' as const, function: 'mentor', setupDone: true };
    const r = importSettings(JSON.stringify({ schemaVersion: SCHEMA_VERSION, school: { name: 'Het Lyceum' } }), base);
    expect(r.ok && r.settings).toEqual({ ...base, school: { ...base.school, name: 'Het Lyceum' } });
  });

  it('rejects a file with any invalid field and names the fields', () => {
    const r = importSettings(JSON.stringify({ schemaVersion: SCHEMA_VERSION, role: 'directeur', school: { reportUrl: 'javascript:alert(1)' } }));
    expect(r).toEqual({ ok: false, messageKey: 'settings_import_invalid_fields', args: ['role, school.reportUrl'] });
  });
});
