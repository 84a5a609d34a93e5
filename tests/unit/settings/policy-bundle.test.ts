// Policy bundles: every form parses as what it claims to be, reads back to the same policy, and a bad or foreign
// file gives a message, never an exception.
import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  exportAll,
  exportPolicy,
  importPolicy,
  policyFromSettings,
  POLICY_FORMS,
  regFileBytes,
} from '../../../src/settings/policy-bundle.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { settingsFor, WADWIJK_PROFILE } from '../../fixtures/profiles.ts';

const wadwijk = settingsFor(WADWIJK_PROFILE, { rules: { ...DEFAULT_SETTINGS.rules, lessonTime: false }, timeZone: 'Europe/Brussels' });
const policy = policyFromSettings(wadwijk);

describe('policy export', () => {
  it('holds the school profile, checks, lesson hours and time zone, and accounts only when asked', () => {
    expect(Object.keys(policy)).toEqual(['school', 'rules', 'lessonHours', 'timeZone']);
    expect(Object.keys(policyFromSettings(wadwijk, { accounts: true }))).toContain('accounts');
    // A copy: editing the export never edits the settings.
    (policy.school as { name: string }).name = 'x';
    expect(wadwijk.school.name).toBe('Wadwijk College');
    (policy.school as { name: string }).name = 'Wadwijk College';
  });

  it('writes JSON forms that parse, with the policy where each browser looks for it', () => {
    const all = exportAll(policy, { extensionId: 'abcdefghijklmnopabcdefghijklmnop' });
    expect(JSON.parse(all.policy)).toEqual(policy);
    expect(JSON.parse(all.admin).school).toEqual({ Value: policy.school });
    expect(JSON.parse(all.firefox).policies['3rdparty'].Extensions['postwacht@csgliudger.nl']).toEqual(policy);
    expect(JSON.parse(all.firefox).policies.ExtensionSettings['postwacht@csgliudger.nl'].installation_mode).toBe('force_installed');
    expect(JSON.parse(all.linux)['3rdparty'].extensions.abcdefghijklmnopabcdefghijklmnop).toEqual(policy);
  });

  it('writes .reg files regedit can read: header, key, one escaped string value per policy key', () => {
    const reg = exportPolicy(policy, 'reg-edge', { extensionId: 'abc' });
    const lines = reg.trimEnd().split('\n');
    expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
    expect(lines[2]).toBe('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\abc\\policy]');
    expect(lines.slice(3).map((l) => /^"(\w+)"="(?:[^"\\]|\\.)*"$/.exec(l)?.[1])).toEqual(['school', 'rules', 'lessonHours', 'timeZone']);
    expect(reg).toContain('"timeZone"="Europe/Brussels"');
    const bytes = regFileBytes(reg);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(bytes.slice(2))).toBe(reg.replace(/\n/g, '\r\n'));
  });

  it('writes an Intune script with one here-string per value', () => {
    const ps = exportPolicy(policy, 'intune', { extensionId: "it's" });
    expect(ps.startsWith("$id = 'it''s'\n$values = [ordered]@{\n'school' = @'\n{")).toBe(true);
    expect(ps.match(/^'@$/gm)).toHaveLength(4);
    expect(ps).toContain("HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge");
  });
});

describe('policy import', () => {
  it('reads every form back to the same policy, all of it valid, and applies it', () => {
    for (const form of POLICY_FORMS) {
      const r = importPolicy(exportPolicy(policy, form));
      expect(r.ok, form).toBe(true);
      if (!r.ok) continue;
      expect(r.form).toBe(form);
      expect(r.policy, form).toEqual(policy);
      expect(r.invalid, form).toEqual([]);
      expect(applyPolicy(DEFAULT_SETTINGS, r)).toEqual({ ...DEFAULT_SETTINGS, school: wadwijk.school, rules: wadwijk.rules, timeZone: 'Europe/Brussels' });
    }
  });

  it('reads a .reg saved as UTF-16 with CRLF and a byte-order mark', () => {
    const text = new TextDecoder('utf-16le').decode(regFileBytes(exportPolicy(policy, 'reg-chrome')));
    const r = importPolicy(text);
    expect(r.ok && r.policy).toEqual(policy);
  });

  it('names invalid fields and keeps the valid ones', () => {
    const bad = { ...policy, rules: { abusive: 'ja', opinion: false }, school: { ...WADWIJK_PROFILE, protocolUrl: 'http://x.example' } };
    const r = importPolicy(exportPolicy(bad, 'admin'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.invalid.sort()).toEqual(['rules.abusive', 'school.protocolUrl']);
    const applied = applyPolicy(DEFAULT_SETTINGS, r);
    expect(applied.rules.opinion).toBe(false);
    expect(applied.rules.abusive).toBe(true);
    expect(applied.school.protocolUrl).toBe(DEFAULT_SETTINGS.school.protocolUrl);
    expect(applied.school.articles.disclosure.label).toBe('Art. 3.1');
  });

  it('answers bad files with a message', () => {
    expect(importPolicy('{')).toEqual({ ok: false, messageKey: 'settings_import_not_json' });
    expect(importPolicy('[1,2]')).toEqual({ ok: false, messageKey: 'settings_import_not_settings' });
    expect(importPolicy('{"foo": 1}')).toEqual({ ok: false, messageKey: 'settings_import_not_settings' });
    expect(importPolicy('Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\X]\n')).toEqual({ ok: false, messageKey: 'settings_import_not_settings' });
    expect(importPolicy(' '.repeat(300 * 1024))).toEqual({ ok: false, messageKey: 'settings_import_too_large' });
    const r = importPolicy('{"school": {"__proto__": {"polluted": 1}, "name": "X"}}');
    expect(r.ok && r.invalid).toEqual(['school.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
