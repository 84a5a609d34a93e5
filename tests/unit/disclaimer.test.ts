import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendDisclaimerEdit, buildDisclaimer, xWeightedLength } from '../../src/protocol/disclaimer.ts';
import { applyEdits } from '../../src/protocol/edits.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS, SITES, type Settings } from '../../src/settings/schema.ts';

const withFunction = (fn: string, official = false): Settings => ({
  ...DEFAULT_SETTINGS,
  function: fn,
  accounts: official ? (Object.fromEntries(SITES.map((s) => [s, 'official'])) as Settings['accounts']) : DEFAULT_SETTINGS.accounts,
});

describe('buildDisclaimer', () => {
  it('fills in function and school from the settings texts', () => {
    const s = withFunction('docent wiskunde');
    expect(buildDisclaimer(s, 'nl', 'facebook')).toBe(
      'Ik werk als docent wiskunde bij CSG Liudger. Dit is mijn persoonlijke mening, op persoonlijke titel geschreven; die staat los van de missie en visie van CSG Liudger.',
    );
    // No English function: an English disclaimer says where, not a Dutch function (issue 14).
    expect(buildDisclaimer(s, 'en', 'linkedin')).toMatch(/^I work at CSG Liudger\. This is my personal opinion/);
  });

  it('uses the English function in English disclaimers when one is set', () => {
    const s: Settings = { ...withFunction('docent wiskunde'), functionEn: 'maths teacher' };
    expect(buildDisclaimer(s, 'en', 'linkedin')).toMatch(/^I work as maths teacher at CSG Liudger\./);
    expect(buildDisclaimer(s, 'nl', 'linkedin')).toMatch(/^Ik werk als docent wiskunde bij CSG Liudger\./);
    for (const lang of ['nl', 'en'] as const) {
      for (const site of SITES) {
        const draft = 'Open day at CSG Liudger today, so proud of our students!';
        const text = applyEdits(draft, [appendDisclaimerEdit(draft, buildDisclaimer(s, lang, site))]);
        const codes = evaluate({ text, site }, s).findings.map((f) => f.code);
        expect(codes).not.toContain('disclosure-missing');
        expect(codes).not.toContain('opinion-missing');
      }
    }
  });

  it('puts the function and school name in literally: `$&`, `$1`, `$\'` and placeholders are not expanded', () => {
    const fn = "docent R$&D $1 $' $` $$ {school}";
    const school = 'Scholengroep $& {functie} $2';
    const s: Settings = { ...withFunction(fn), functionEn: fn, school: { ...DEFAULT_SETTINGS.school, name: school } };
    for (const lang of ['nl', 'en'] as const) {
      for (const site of SITES) {
        const text = buildDisclaimer(s, lang, site);
        // The function may open the sentence (capitalised on X).
        expect(text).toContain(fn.slice(1));
        expect(text).toContain(school);
      }
    }
    expect(buildDisclaimer(s, 'nl', 'x')).toBe(`Docent R$&D $1 $' $\` $$ {school} bij ${school}; persoonlijke mening, niet namens de school.`);
  });

  it('uses the short text on X and only the disclosure on an official channel', () => {
    expect(buildDisclaimer(withFunction('mentor'), 'nl', 'x')).toBe('Mentor bij CSG Liudger; persoonlijke mening, niet namens de school.');
    expect(buildDisclaimer(withFunction('mentor', true), 'nl', 'facebook')).toBe('Ik werk als mentor bij CSG Liudger.');
  });

  it('stays well under 280 weighted characters on X, even with a long or wide function', () => {
    for (const fn of ['docent', 'x'.repeat(200), '教'.repeat(200), '🎓'.repeat(100)]) {
      for (const lang of ['nl', 'en'] as const) expect(xWeightedLength(buildDisclaimer(withFunction(fn), lang, 'x'))).toBeLessThanOrEqual(200);
    }
  });

  it('leaves room in the short posts of Bluesky (300 graphemes) and TikTok comments (150), and the full sentences on Threads and YouTube', () => {
    const graphemes = (t: string) => [...new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(t)].length;
    for (const fn of ['docent', 'x'.repeat(200), '🎓'.repeat(100)]) {
      for (const lang of ['nl', 'en'] as const) {
        expect(graphemes(buildDisclaimer(withFunction(fn), lang, 'bluesky'))).toBeLessThanOrEqual(150);
        expect(graphemes(buildDisclaimer(withFunction(fn), lang, 'tiktok'))).toBeLessThanOrEqual(150);
      }
    }
    expect(buildDisclaimer(withFunction('mentor'), 'nl', 'tiktok')).toBe('Mentor bij CSG Liudger; persoonlijke mening, niet namens de school.');
    expect(buildDisclaimer(withFunction('mentor'), 'nl', 'threads')).toBe(buildDisclaimer(withFunction('mentor'), 'nl', 'facebook'));
    expect(buildDisclaimer(withFunction('mentor'), 'nl', 'youtube')).toBe(buildDisclaimer(withFunction('mentor'), 'nl', 'facebook'));
  });

  it('appends on its own line without piling up blank lines', () => {
    expect(appendDisclaimerEdit('abc', 'D')).toEqual({ start: 3, end: 3, text: '\nD' });
    expect(appendDisclaimerEdit('abc\n', 'D')).toEqual({ start: 4, end: 4, text: 'D' });
    expect(appendDisclaimerEdit('', 'D')).toEqual({ start: 0, end: 0, text: 'D' });
  });

  it('property: any draft + newline + disclaimer gets neither C3 nor C4, for any function, language and site', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme', minLength: 0, maxLength: 60 }),
        fc.constantFrom('nl' as const, 'en' as const),
        fc.constantFrom(undefined, ...SITES),
        fc.boolean(),
        (draft, fn, lang, site, official) => {
          const settings = withFunction(fn.trim(), official);
          const text = applyEdits(draft, [appendDisclaimerEdit(draft, buildDisclaimer(settings, lang, site))]);
          const codes = evaluate(site ? { text, site } : { text }, settings).findings.map((f) => f.code);
          expect(codes).not.toContain('disclosure-missing');
          expect(codes).not.toContain('opinion-missing');
        },
      ),
      { numRuns: 400 },
    );
  });
});
