import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/protocol/normalize.ts';

describe('normalize', () => {
  it('folds full-width digits, zero-width characters, soft hyphens and look-alike letters', () => {
    const original = 'Ｓanne\u200B de J\u043Eng 06\u00AD-１２３';
    const n = normalize(original);
    expect(n.text).toBe('Sanne de Jong 06-123');
    const start = n.text.indexOf('Jong');
    const [os, oe] = n.toOriginal(start, start + 4);
    expect(original.slice(os, oe)).toBe('J\u043Eng');
  });

  it('maps spans back through composed characters and astral code points', () => {
    const original = 'e\u0301 😀 Ａ';
    const n = normalize(original);
    expect(n.text).toBe('é 😀 A');
    const [os, oe] = n.toOriginal(n.text.length - 1, n.text.length);
    expect(original.slice(os, oe)).toBe('Ａ');
  });

  it('keeps lower the same length as text', () => {
    const n = normalize('İstanbul ẞ');
    expect(n.lower.length).toBe(n.text.length);
  });

  it('returns spans inside the original for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        const start = Math.min(a, b) % (n.text.length + 1);
        const end = Math.max(a, b) % (n.text.length + 1);
        const [os, oe] = n.toOriginal(Math.min(start, end), Math.max(start, end));
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeGreaterThanOrEqual(os);
        expect(oe).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});
