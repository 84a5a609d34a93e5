import { describe, expect, it } from 'vitest';
import { computeState, diffFromDefaults, isPaused, PAUSE_MS, resolveUiLanguage } from '../../../src/settings/effective.ts';
import { parseManaged } from '../../../src/settings/managed.ts';
import { hasLockedWithin, isLockedPath, setAt } from '../../../src/settings/paths.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema.ts';

describe('parseManaged', () => {
  it('treats a missing policy as empty', () => {
    expect(parseManaged(undefined)).toEqual({ overrides: {}, locked: [], invalid: [] });
    expect(parseManaged({})).toEqual({ overrides: {}, locked: [], invalid: [] });
  });

  it('locks valid leaves and reports invalid, unknown and personal fields', () => {
    const r = parseManaged({
      school: { name: 'Het Lyceum', escalationEmail: 'not-an-email', disclaimers: { nl: { short: 'Kort {school}' } }, bogus: 1 },
      rules: { abusive: false, lessonTime: 'yes' },
      lessonHours: { wed: [{ start: '08:30', end: '12:30' }] },
      role: 'leerling',
      function: 'rector',
    });
    expect(r.locked.sort()).toEqual(['lessonHours.wed', 'rules.abusive', 'school.disclaimers.nl.short', 'school.name']);
    expect(r.invalid.sort()).toEqual(['function', 'role', 'rules.lessonTime', 'school.bogus', 'school.escalationEmail']);
  });

  it('reports a non-object policy without throwing', () => {
    expect(parseManaged('policy').invalid).toEqual(['*']);
    expect(parseManaged({ school: 'Liudger' }).invalid).toEqual(['school']);
  });

  it('ignores prototype-pollution keys', () => {
    const r = parseManaged(JSON.parse('{"__proto__":{"polluted":1},"rules":{"__proto__":{"abusive":false}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.locked).toEqual([]);
    expect(r.invalid.sort()).toEqual(['__proto__', 'rules.__proto__']);
  });
});

describe('computeState: defaults ⊕ user ⊕ managed', () => {
  it('lets the policy override the user, field by field', () => {
    const user = { schemaVersion: SCHEMA_VERSION, role: 'medewerker', function: 'mentor', rules: { abusive: true, opinion: false }, school: { name: 'Eigen' } };
    const s = computeState(user, { rules: { abusive: false }, school: { name: 'Beleid', handles: 'nope' } });
    expect(s.effective.function).toBe('mentor');
    expect(s.effective.rules.abusive).toBe(false);
    expect(s.effective.rules.opinion).toBe(false);
    expect(s.effective.school.name).toBe('Beleid');
    expect(s.effective.school.handles).toEqual(DEFAULT_SETTINGS.school.handles);
    expect(s.user.school.name).toBe('Eigen');
    expect(s.locked.sort()).toEqual(['rules.abusive', 'school.name']);
    expect(s.managedInvalid).toEqual(['school.handles']);
  });

  it('reports user fallbacks next to policy results', () => {
    const s = computeState({ schemaVersion: SCHEMA_VERSION, role: 7 }, undefined);
    expect(s.fallbacks).toEqual(['role']);
    expect(s.effective).toEqual(DEFAULT_SETTINGS);
  });
});

describe('locks', () => {
  const locked = ['school.name', 'lessonHours'];
  it('covers a field and its descendants', () => {
    expect(isLockedPath(locked, 'school.name')).toBe(true);
    expect(isLockedPath(locked, 'lessonHours.mon')).toBe(true);
    expect(isLockedPath(locked, 'school.names')).toBe(false);
    expect(isLockedPath(locked, 'school')).toBe(false);
    expect(hasLockedWithin(locked, 'school')).toBe(true);
    expect(hasLockedWithin(locked, 'rules')).toBe(false);
  });
});

describe('diffFromDefaults', () => {
  it('stores only what the user changed, and round-trips', () => {
    let s = structuredClone(DEFAULT_SETTINGS);
    s = setAt(s, 'function', 'teamleider');
    s = setAt(s, 'lessonHours.fri', []);
    const d = diffFromDefaults(s);
    expect(d).toEqual({ schemaVersion: SCHEMA_VERSION, function: 'teamleider', lessonHours: { fri: [] } });
    expect(computeState(d, undefined).effective).toEqual(s);
  });
});

describe('pause and language', () => {
  it('pauses until the stored time only', () => {
    const now = 1_700_000_000_000;
    expect(isPaused({ pausedUntil: now + PAUSE_MS }, now)).toBe(true);
    expect(isPaused({ pausedUntil: now + PAUSE_MS }, now + PAUSE_MS)).toBe(false);
    expect(isPaused({ pausedUntil: 0 }, now)).toBe(false);
  });
  it('resolves auto from the browser language', () => {
    expect(resolveUiLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveUiLanguage('auto', 'nl')).toBe('nl');
    expect(resolveUiLanguage('auto', 'fy')).toBe('nl');
    expect(resolveUiLanguage('auto', undefined)).toBe('nl');
    expect(resolveUiLanguage('en', 'nl-NL')).toBe('en');
  });
});
