import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import type { Draft } from '../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

// Text that looks like drafts: Dutch words, names, digits, punctuation, emoji, odd Unicode and lone surrogates.
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('Liudger', 'CSG Liudger', 'mijn klas', 'idioot', 'van der', '06-12345678', '@', '.', ' ', '\n', '\uD800', '\uDC00', '\u200B', '\u00AD', 'é', 'ﬁ', '１２３', 'İ', 'ß', '🔪', 'Σ', 'Jan de Vries', 'NL91ABNA0417164300', '#werkzaambijCSGLiudger'),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const draft = fc.record(
  { text, site: fc.constantFrom('facebook', 'x', 'linkedin', 'instagram'), now: fc.integer({ min: 0, max: 4_102_444_800_000 }), media: fc.record({ photos: fc.nat(5), videos: fc.nat(2) }) },
  { requiredKeys: ['text'] },
) as fc.Arbitrary<Draft>;

describe('evaluate, for any draft', () => {
  it('does not throw, keeps spans inside the text with matching text, and is deterministic', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const a = evaluate(d, DEFAULT_SETTINGS);
        for (const f of a.findings) {
          if (f.start === undefined) continue;
          expect(f.end).toBeDefined();
          expect(0 <= f.start && f.start <= f.end! && f.end! <= d.text.length).toBe(true);
          if (f.text !== undefined) expect(d.text.slice(f.start, f.end)).toBe(f.text);
        }
        expect(evaluate(d, DEFAULT_SETTINGS)).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with huge and repetitive input', () => {
    for (const t of ['a'.repeat(200_000), '1'.repeat(100_000), ' '.repeat(100_000), '@.'.repeat(50_000), 'van der '.repeat(10_000), '\uD800'.repeat(50_000), 'mijn '.repeat(20_000)]) {
      const r = evaluate({ text: t }, DEFAULT_SETTINGS);
      for (const f of r.findings) if (f.start !== undefined) expect(t.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
