import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUserSettings } from '../../../src/settings/effective.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, settingsSchema } from '../../../src/settings/schema.ts';

const v = (o: object) => ({ schemaVersion: SCHEMA_VERSION, ...o });

describe('parseUserSettings: per-field fallback', () => {
  it('returns the defaults, with no notice, when nothing is stored', () => {
    const r = parseUserSettings(undefined);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.fallbacks).toEqual([]);
  });

  it('keeps valid fields and resets only the invalid one', () => {
    const r = parseUserSettings(v({ role: 'leerling', function: 'mentor', uiLanguage: 'fr', rules: { abusive: false } }));
    expect(r.settings.role).toBe('leerling');
    expect(r.settings.function).toBe('mentor');
    expect(r.settings.uiLanguage).toBe(DEFAULT_SETTINGS.uiLanguage);
    expect(r.settings.rules.abusive).toBe(false);
    expect(r.settings.rules.opinion).toBe(true);
    expect(r.fallbacks).toEqual(['uiLanguage']);
  });

  it('recurses into nested objects and treats arrays as one field', () => {
    const r = parseUserSettings(
      v({
        school: { name: 'Het Lyceum', disclaimers: { nl: { opinion: 42 }, en: { short: 'Short {school}' } } },
        lessonHours: { mon: [{ start: '09:00', end: '25:00' }], tue: [{ start: '09:00', end: '15:00' }] },
      }),
    );
    expect(r.settings.school.name).toBe('Het Lyceum');
    expect(r.settings.school.disclaimers.nl.opinion).toBe(DEFAULT_SETTINGS.school.disclaimers.nl.opinion);
    expect(r.settings.school.disclaimers.nl.disclosure).toBe(DEFAULT_SETTINGS.school.disclaimers.nl.disclosure);
    expect(r.settings.school.disclaimers.en.short).toBe('Short {school}');
    expect(r.settings.lessonHours.mon).toEqual(DEFAULT_SETTINGS.lessonHours.mon);
    expect(r.settings.lessonHours.tue).toEqual([{ start: '09:00', end: '15:00' }]);
    expect(r.fallbacks.sort()).toEqual(['lessonHours.mon', 'school.disclaimers.nl.opinion']);
  });

  it('resets a whole object that is not an object', () => {
    const r = parseUserSettings(v({ accounts: 'official', rules: [true, false] }));
    expect(r.settings.accounts).toEqual(DEFAULT_SETTINGS.accounts);
    expect(r.settings.rules).toEqual(DEFAULT_SETTINGS.rules);
    expect(r.fallbacks.sort()).toEqual(['accounts', 'rules']);
  });

  it('treats a non-object as unreadable and reports it', () => {
    for (const raw of ['settings', 42, [1, 2], true]) {
      const r = parseUserSettings(raw);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.fallbacks).toEqual(['*']);
    }
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const hostile = JSON.parse(
      `{"schemaVersion":${SCHEMA_VERSION},"__proto__":{"polluted":true,"role":"ouder"},"constructor":{"prototype":{"polluted":true}},` +
        `"school":{"__proto__":{"name":"Evil"},"name":"Goed"},"rules":{"constructor":false}}`,
    );
    const r = parseUserSettings(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
    expect(r.settings.role).toBe('medewerker');
    expect(r.settings.school.name).toBe('Goed');
    expect(Object.keys(r.settings)).toEqual(Object.keys(settingsSchema.shape));
    expect(settingsSchema.safeParse(r.settings).success).toBe(true);
  });

  it('resets huge strings and arrays without choking', () => {
    const r = parseUserSettings(
      v({ function: 'x'.repeat(5_000_000), school: { aliases: Array.from({ length: 1_000_000 }, () => 'Liudger') } }),
    );
    expect(r.settings.function).toBe(DEFAULT_SETTINGS.function);
    expect(r.settings.school.aliases).toEqual(DEFAULT_SETTINGS.school.aliases);
    expect(r.fallbacks.sort()).toEqual(['function', 'school.aliases']);
  });

  it('does not share objects with DEFAULT_SETTINGS', () => {
    const r = parseUserSettings(undefined);
    r.settings.school.aliases.push('mutated');
    expect(DEFAULT_SETTINGS.school.aliases).not.toContain('mutated');
  });

  it('always yields schema-valid settings for arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ school: fc.anything(), role: fc.anything(), lessonHours: fc.anything() })), (raw) => {
        const r = parseUserSettings(raw);
        expect(settingsSchema.safeParse(r.settings).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
