import { parseManaged } from '../../../src/settings/managed.ts';
import { describe, expect, it } from 'vitest';
import { parseUserSettings } from '../../../src/settings/effective.ts';
import { migrate } from '../../../src/settings/migrate.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema.ts';

describe('migrate', () => {
  it('upgrades the unversioned prototype shape (v0) to the current version', () => {
    const v0 = {
      role: 'employee',
      functie: 'docent wiskunde',
      language: 'en',
      paused: true,
      officialAccounts: ['instagram'],
      rules: { abusive: false },
    };
    const r = parseUserSettings(v0);
    expect(r.from).toBe(0);
    expect(r.fallbacks).toEqual([]);
    expect(r.settings).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      role: 'medewerker',
      function: 'docent wiskunde',
      uiLanguage: 'en',
      pausedUntil: 0,
      setupDone: true,
      accounts: { facebook: 'private', x: 'private', linkedin: 'private', instagram: 'official' },
    });
    expect(r.settings.rules.abusive).toBe(false);
  });

  it('maps every known v0 role, and reports an unknown one as fallen back', () => {
    expect(parseUserSettings({ role: 'student' }).settings.role).toBe('leerling');
    expect(parseUserSettings({ role: 'guardian' }).settings.role).toBe('ouder');
    const r = parseUserSettings({ role: 'janitor' });
    expect(r.settings.role).toBe(DEFAULT_SETTINGS.role);
    expect(r.fallbacks).toEqual(['role']);
  });

  it('upgrades v1 (no school.reportUrl/escalationEmail, no setupDone)', () => {
    const r = parseUserSettings({ schemaVersion: 1, role: 'leerling', school: { name: 'CSG Liudger', reportTo: 'de mentor' } });
    expect(r.from).toBe(1);
    expect(r.fallbacks).toEqual([]);
    expect(r.settings.setupDone).toBe(true);
    // v2→3: the old single (Dutch) string becomes the Dutch text; a custom one has no English text.
    expect(r.settings.school.reportTo).toEqual({ nl: 'de mentor', en: '' });
    expect(r.settings.school.reportUrl).toBe('');
    expect(r.settings.school.escalationEmail).toBe('');
  });

  it('upgrades v2 profile texts to per-language ones, keeping the default English for the default Dutch text', () => {
    const r = parseUserSettings({ schemaVersion: 2, school: { escalationContact: 'je leidinggevende', reportTo: 'de rector' } });
    expect(r.from).toBe(2);
    expect(r.fallbacks).toEqual([]);
    expect(r.settings.school.escalationContact).toEqual({ nl: 'je leidinggevende', en: 'your line manager' });
    expect(r.settings.school.reportTo).toEqual({ nl: 'de rector', en: '' });
    // A v2 policy's single string (Firefox passes it on unchecked) is the Dutch text.
    const m = parseManaged({ school: { escalationContact: 'de teamleider' } });
    expect(m.invalid).toEqual([]);
    expect(m.locked).toEqual(['school.escalationContact.nl']);
  });

  it('upgrades v4: the four sites keep their account modes, the new sites start private, every site switched on', () => {
    const r = parseUserSettings({ schemaVersion: 4, accounts: { facebook: 'official', x: 'private', linkedin: 'official', instagram: 'private' } });
    expect(r.from).toBe(4);
    expect(r.fallbacks).toEqual([]);
    expect(r.settings.accounts).toEqual({
      facebook: 'official', x: 'private', linkedin: 'official', instagram: 'private',
      threads: 'private', bluesky: 'private', youtube: 'private', tiktok: 'private', whatsapp: 'private',
    });
    expect(Object.values(r.settings.sites)).toHaveLength(9);
    expect(Object.values(r.settings.sites).every((on) => on === true)).toBe(true);
  });

  it('keeps a site switched off, reports a non-boolean switch, and lets a policy lock one site alone', () => {
    const r = parseUserSettings({ schemaVersion: SCHEMA_VERSION, sites: { tiktok: false, youtube: 'nee' } });
    expect(r.settings.sites.tiktok).toBe(false);
    expect(r.settings.sites.youtube).toBe(true);
    expect(r.fallbacks).toEqual(['sites.youtube']);
    const m = parseManaged({ sites: { bluesky: false, myspace: false } });
    expect(m.locked).toEqual(['sites.bluesky']);
    expect(m.invalid).toEqual(['sites.myspace']);
  });

  it('leaves current-version data as it is and does not mutate its input', () => {
    const input = { schemaVersion: SCHEMA_VERSION, role: 'ouder', setupDone: false };
    const frozen = JSON.stringify(input);
    const m = migrate(input)!;
    expect(m.from).toBe(SCHEMA_VERSION);
    expect(m.data).toEqual(input);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('reads a future version field by field instead of discarding it', () => {
    const r = parseUserSettings({ schemaVersion: SCHEMA_VERSION + 5, role: 'ouder', newThing: 1 });
    expect(r.settings.role).toBe('ouder');
    expect(r.settings.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('returns undefined for non-objects', () => {
    expect(migrate('x')).toBeUndefined();
    expect(migrate(null)).toBeUndefined();
    expect(migrate([])).toBeUndefined();
  });
});
