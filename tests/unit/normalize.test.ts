import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_CHECKED_CHARS } from '../../src/protocol/evaluate.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import type { Rule } from '../../src/protocol/rule.ts';
import { RULES } from '../../src/protocol/rules/index.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

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

describe('normalize with an output cap', () => {
  it('stops at the cap on text that grows under NFKC, at a whole cluster, and says so', () => {
    const input = '\uFDFA'.repeat(100_000); // each becomes 18 characters
    const n = normalize(input, 100_000);
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThanOrEqual(100_000);
    expect(n.text.length).toBeGreaterThan(100_000 - 18);
    expect(n.original).toBe(input.slice(0, n.original.length));
    expect(n.original.length).toBe(Math.floor(100_000 / 18));
    expect(n.toOriginal(n.text.length - 1, n.text.length)).toEqual([n.original.length - 1, n.original.length]);
  });

  it('cut or not, the text is the normalised original it covers; uncut it is the plain result', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', 'e\u0301', '\uFDFA', '\u200B', 'Ａ', '😀', '\u0301', 'ﬃ'), maxLength: 40 }), fc.nat(60), (s, cap) => {
        const n = normalize(s, cap);
        expect(n.text.length).toBeLessThanOrEqual(cap);
        expect(s.startsWith(n.original)).toBe(true);
        expect(normalize(n.original).text).toBe(n.text);
        if (!n.truncated) expect(n.text).toBe(normalize(s).text);
        else expect(n.original.length).toBeLessThan(s.length);
      }),
    );
  });
});

describe('evaluate on giant drafts', () => {
  const seen: number[] = [];
  const probe: Rule = {
    meta: { ...RULES[0]!.meta },
    check(ctx) {
      seen.push(ctx.norm.text.length, ctx.norm.original.length);
      return [];
    },
  };

  it('judges at most MAX_CHECKED_CHARS of the normalised text, however much the draft grows', () => {
    for (const grower of ['\uFDFA', '\u3250', 'ﬃ', '\u2474', 'e\u0301\u200B']) {
      seen.length = 0;
      const text = grower.repeat(Math.ceil(MAX_CHECKED_CHARS / grower.length));
      const e = evaluate({ text }, DEFAULT_SETTINGS, [probe]);
      expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
      if (normalize(grower).text.length > grower.length) expect(e.truncatedAt).toBeLessThan(MAX_CHECKED_CHARS);
    }
  });

  it('says where it stopped and keeps offsets in the original', () => {
    const head = 'Vragen? Mail jan.devries@gmail.com ';
    const text = head + '\uFDFA'.repeat(20_000) + ' piet@example.org';
    const e = evaluate({ text }, DEFAULT_SETTINGS);
    expect(e.truncatedAt).toBe(head.length + Math.floor((MAX_CHECKED_CHARS - head.length) / 18));
    const emails = e.findings.filter((f) => f.category === 'email');
    expect(emails.map((f) => text.slice(f.start, f.end))).toEqual(['jan.devries@gmail.com']);
    for (const f of e.findings) if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(e.truncatedAt!);
    // Short drafts are judged whole and say nothing.
    expect(evaluate({ text: head }, DEFAULT_SETTINGS).truncatedAt).toBeUndefined();
    expect('truncatedAt' in evaluate({ text: 'x'.repeat(MAX_CHECKED_CHARS) }, DEFAULT_SETTINGS)).toBe(false);
    expect(evaluate({ text: 'x'.repeat(MAX_CHECKED_CHARS + 1) }, DEFAULT_SETTINGS).truncatedAt).toBe(MAX_CHECKED_CHARS);
  });
});
