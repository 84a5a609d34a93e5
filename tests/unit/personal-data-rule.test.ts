import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/protocol/edits.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { initialOf, mask, personalDataMeta, personalDataRule } from '../../src/protocol/rules/personal-data.ts';
import { RULES } from '../../src/protocol/rules/index.ts';
import { detectPersonalData } from '../../src/protocol/detectors/index.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import nl from '../../public/_locales/nl/messages.json' with { type: 'json' };

const pd = (text: string) => evaluate({ text }, DEFAULT_SETTINGS).findings.filter((f) => f.code === 'personal-data');

describe('personal-data rule', () => {
  it('is registered with its metadata', () => {
    expect(RULES).toContain(personalDataRule);
    expect(personalDataMeta).toMatchObject({ code: 'personal-data', article: 'A2', severity: 'warning', setting: 'personalData' });
  });

  it('has every message key in both locales', () => {
    for (const key of personalDataMeta.messageKeys) {
      expect(nl).toHaveProperty(key);
      expect(en).toHaveProperty(key);
    }
  });

  it('reports spans into the original text, also after normalisation', () => {
    const text = 'Ｂｅｌ Femke\u200B Bosma op ０６-４１８２７３５６ 😀';
    const findings = pd(text);
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ['name', 'Femke\u200B Bosma'],
      ['phone', '０６-４１８２７３５６'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('offers an initial for names and a mask for numbers, as edits that apply cleanly', () => {
    const text = 'Vraag het Femke Bosma, 06-41827356.';
    const [name, phone] = pd(text);
    expect(name!.fixes![0]!.labelKey).toBe('pd_fix_initial');
    expect(applyEdits(text, name!.fixes![0]!.edits)).toBe('Vraag het F., 06-41827356.');
    expect(phone!.fixes![0]!.labelKey).toBe('pd_fix_mask');
    expect(applyEdits(text, phone!.fixes![0]!.edits)).toBe('Vraag het Femke Bosma, 06-********.');
  });

  it('masks and abbreviates sensibly', () => {
    expect(initialOf('P. de Boer')).toBe('P.');
    expect(initialOf('Mrs. Kramer')).toBe('K.');
    expect(initialOf('jildou')).toBe('J.');
    expect(mask('a.b@c.nl')).toBe('*.*@*.**');
  });

  it('is off when the setting is off', () => {
    const off = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, personalData: false } };
    expect(evaluate({ text: 'Bel Femke op 06-41827356' }, off).findings.filter((f) => f.code === 'personal-data')).toEqual([]);
  });

  it('never throws and keeps spans inside the text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const spans = detectPersonalData(normalize(text), DEFAULT_SETTINGS);
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThan(s.end);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on name-like and number-like noise, and returns non-overlapping spans', () => {
    const piece = fc.constantFrom('Femke', 'de', 'van der', 'Bosma', 'P.', '06-', '1234', ' ', '\n', '@', '.', 'NL91', 'ABNA', '(15)', 'dyslexie', 'hij', 'straat', 'KD', '😀', '\u200B');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const spans = detectPersonalData(normalize(text), DEFAULT_SETTINGS);
        for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
