import { describe, expect, it } from 'vitest';
import { byHarm, evaluate } from '../../src/protocol/index.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { isDarkBackground, parseRgb } from '../../src/content/banner/theme.ts';

describe('byHarm', () => {
  it('lists abuse before personal data before the disclaimer, whatever order the rules ran in', () => {
    const ev = evaluate(
      { text: 'Mooie ouderavond bij ons op het Liudger, maar die vader van Daan Hoekstra is echt een idioot. Bel hem: 06-12345678', site: 'facebook' },
      DEFAULT_SETTINGS,
    );
    const codes = [...new Set(byHarm(ev.findings).map((f) => f.code))];
    expect(codes.slice(0, 2)).toEqual(['abusive', 'personal-data']);
    expect(codes.indexOf('disclosure-missing')).toBeGreaterThan(1);
  });

  it('keeps draft order inside one kind and does not change the input', () => {
    const f = (code: 'personal-data' | 'during-lesson' | 'abusive', start?: number) => ({ code, article: 'A2' as const, severity: 'warning' as const, messageKey: 'x', start });
    const input = [f('during-lesson'), f('personal-data', 30), f('personal-data', 3), f('abusive', 50)];
    expect(byHarm(input).map((x) => `${x.code}@${x.start ?? '-'}`)).toEqual(['abusive@50', 'personal-data@3', 'personal-data@30', 'during-lesson@-']);
    expect(input[0]!.code).toBe('during-lesson');
  });
});

describe('banner theme from the page background', () => {
  it('reads the colours browsers report', () => {
    expect(parseRgb('rgb(21, 32, 43)')).toEqual({ r: 21, g: 32, b: 43, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseRgb('rgb(0 0 0 / 50%)')?.a).toBe(0.5);
    expect(parseRgb('color(srgb 1 1 1)')).toBeNull();
  });

  it("calls X's Dim and Lights out and Facebook's dark grey dark, white and light greys light, and transparent unknown", () => {
    expect(isDarkBackground('rgb(21, 32, 43)')).toBe(true); // X Dim
    expect(isDarkBackground('rgb(0, 0, 0)')).toBe(true); // X Lights out
    expect(isDarkBackground('rgb(36, 37, 38)')).toBe(true); // Facebook dark
    expect(isDarkBackground('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkBackground('rgb(243, 242, 239)')).toBe(false); // LinkedIn's feed
    expect(isDarkBackground('rgba(0, 0, 0, 0)')).toBeNull();
  });
});
