// The options page's per-field messages come from the settings' own zod schema: each kind of refusal maps to a
// message that exists in both locales, and hostile input gets a message, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/translate.ts';
import { fieldIssue, unknownPlaceholders, type FieldIssue } from '../../../src/settings/field-issue.ts';
import { withField } from '../../../src/settings/form.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const keysOf = (i: FieldIssue | undefined): string[] => (i ? [i.key, ...keysOf(i.item?.issue)] : []);

describe('fieldIssue', () => {
  it('accepts exactly what the settings accept', () => {
    expect(fieldIssue('school.name', 'Het Testcollege')).toBeUndefined();
    expect(fieldIssue('school.escalationEmail', '')).toBeUndefined();
    expect(fieldIssue('school.reportUrl', 'https://school.example/melden')).toBeUndefined();
    expect(fieldIssue('lessonHours.mon', [{ start: '08:30', end: '12:00' }])).toBeUndefined();
  });

  it('names the limit and the length of a value that is too long', () => {
    expect(fieldIssue('school.name', 'x'.repeat(10_000))).toEqual({ key: 'options_error_too_long', args: ['200', '10000'] });
    expect(fieldIssue('school.articles.abusive.label', 'Artikel 12.4, tweede lid sub b')).toEqual({ key: 'options_error_too_long', args: ['24', '30'] });
    // Emoji count as one character each, as a person counts them.
    expect(fieldIssue('school.name', '🏫'.repeat(201))?.args).toEqual(['200', '201']);
  });

  it('says what is wrong with an empty name, an e-mail address and an http link', () => {
    expect(fieldIssue('school.name', '   ')).toEqual({ key: 'options_error_required', args: [] });
    expect(fieldIssue('school.escalationEmail', 'geen adres')).toEqual({ key: 'options_error_email', args: [] });
    expect(fieldIssue('school.reportUrl', 'http://school.example')).toEqual({ key: 'options_error_url', args: [] });
    expect(fieldIssue('school.protocolUrl', 'javascript:alert(1)')).toEqual({ key: 'options_error_url', args: [] });
  });

  it('names the item of a list that is wrong, shortened', () => {
    expect(fieldIssue('school.handles', ['testcollege', 'a'])).toEqual({ key: 'options_error_item', args: [], item: { text: 'a', issue: { key: 'options_error_too_short', args: ['2'] } } });
    const long = fieldIssue('school.aliases', ['ok', 'y'.repeat(500)]);
    expect(long?.item?.text).toBe(`${'y'.repeat(40)}…`);
    expect(long?.item?.issue).toEqual({ key: 'options_error_too_long', args: ['200', '500'] });
    expect(fieldIssue('lessonHours.mon', [{ start: '08:30', end: '25:00' }])?.item).toEqual({ text: '25:00', issue: { key: 'options_error_format', args: [] } });
  });

  it('refuses a list over its length by the length alone', () => {
    expect(fieldIssue('school.domains', Array.from({ length: 1_000_000 }, () => 'school.nl'))).toEqual({ key: 'options_error_too_many', args: ['20'] });
  });

  it('never throws on any value, and each issue is a message in both locales; accepted exactly when withField accepts', () => {
    const paths = ['school.name', 'school.aliases', 'school.escalationEmail', 'school.reportUrl', 'school.disclaimers.nl.short', 'lessonHours.tue', 'rules.abusive', 'school.articles.opinion.inProtocol', 'timeZone', 'no.such.field'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.array(fc.string()), fc.anything()), (path, value) => {
        const issue = fieldIssue(path, value);
        expect(issue === undefined).toBe(withField(DEFAULT_SETTINGS, path, value) !== undefined);
        for (const key of keysOf(issue)) {
          expect(LOCALES.nl[key], key).toBeDefined();
          expect(LOCALES.en[key], key).toBeDefined();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('unknownPlaceholders', () => {
  it('lists placeholders that are never filled in', () => {
    expect(unknownPlaceholders('Ik werk als {functie} bij {school}.')).toEqual([]);
    expect(unknownPlaceholders('{naam} bij {school} en {naam} {Functie}')).toEqual(['{naam}', '{Functie}']);
    // A space inside the braces is a typo nobody would see until the text is inserted.
    expect(unknownPlaceholders('{ school }')).toEqual(['{ school }']);
  });
});
