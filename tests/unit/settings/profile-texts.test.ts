// Each language whole (issue 14): profile texts per language, and an English disclaimer that reads right when
// the writer set no English function.
import { describe, expect, it } from 'vitest';
import { buildDisclaimer } from '../../../src/protocol/disclaimer.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { profileText } from '../../../src/settings/profile-text.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';

const teacher: Settings = { ...DEFAULT_SETTINGS, function: 'docent aardrijkskunde', functionEn: '' };

describe('English disclaimer without an English function', () => {
  it('says where the writer works, never the Dutch function', () => {
    const en = buildDisclaimer(teacher, 'en', 'facebook');
    expect(en).toMatch(/^I work at CSG Liudger\. This is my personal opinion/);
    expect(en).not.toMatch(/docent|aardrijkskunde/);
    expect(buildDisclaimer(teacher, 'en', 'x')).toBe('I work at CSG Liudger; personal opinion, not on behalf of the school.');
    // The Dutch one keeps the function.
    expect(buildDisclaimer(teacher, 'nl', 'facebook')).toMatch(/^Ik werk als docent aardrijkskunde bij CSG Liudger\./);
  });

  it('uses the English function once one is set', () => {
    expect(buildDisclaimer({ ...teacher, functionEn: 'geography teacher' }, 'en', 'facebook')).toMatch(/^I work as geography teacher at CSG Liudger\./);
  });

  it('satisfies C3 and C4 once inserted, in English on every site', () => {
    const draft = 'Great open day at CSG Liudger today, our pupils did so well!';
    for (const site of ['facebook', 'x', 'linkedin', 'instagram'] as const) {
      const text = `${draft}\n${buildDisclaimer(teacher, 'en', site)}`;
      const codes = evaluate({ text, site }, teacher).findings.map((f) => f.code);
      expect(codes).not.toContain('disclosure-missing');
      expect(codes).not.toContain('opinion-missing');
    }
  });
});

describe('profile texts per language', () => {
  it('come in the interface language, and an empty English text stays empty rather than Dutch', () => {
    expect(profileText(DEFAULT_SETTINGS.school.escalationContact, 'en')).toBe('your line manager');
    expect(profileText(DEFAULT_SETTINGS.school.escalationContact, 'nl')).toBe('je leidinggevende');
    expect(profileText({ nl: 'de rector', en: '' }, 'en')).toBe('');
    // A published copy from before version 3 (one Dutch string) shows in Dutch only.
    expect(profileText('de rector', 'nl')).toBe('de rector');
    expect(profileText('de rector', 'en')).toBe('');
  });
});
