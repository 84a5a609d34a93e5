// A8 on the functional cases of abusive-cases.ts: every category has cases that must and must not fire, in
// Dutch and English; recall over the abuse cases and the share of contrast cases left alone are asserted, and
// per-category figures are printed so a regression is visible.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { ABUSE_CATEGORIES, type Case, FUNCTIONAL_CASES } from './abusive-cases.ts';
import { parent, pupil } from './helpers.ts';

const fires = (text: string, settings = DEFAULT_SETTINGS) => evaluate({ text }, settings).findings.some((f) => f.code === 'abusive');

export function table(cases: Case[]) {
  const rows = new Map<string, { tp: number; pos: number; tn: number; neg: number }>();
  const misses: string[] = [];
  for (const k of cases) {
    const key = `${k.cat}/${k.lang}`;
    const r = rows.get(key) ?? { tp: 0, pos: 0, tn: 0, neg: 0 };
    const got = fires(k.text);
    if (k.fire) {
      r.pos++;
      if (got) r.tp++;
    } else {
      r.neg++;
      if (!got) r.tn++;
    }
    if (got !== k.fire) misses.push(`${k.fire ? 'MISS' : 'FALSE'} ${key}: ${k.text}`);
    rows.set(key, r);
  }
  const pos = [...rows.values()].reduce((a, r) => a + r.pos, 0);
  const tp = [...rows.values()].reduce((a, r) => a + r.tp, 0);
  const neg = [...rows.values()].reduce((a, r) => a + r.neg, 0);
  const tn = [...rows.values()].reduce((a, r) => a + r.tn, 0);
  return { rows, misses, recall: tp / pos, contrast: tn / neg, pos, neg };
}

describe('A8 functional cases', () => {
  it('cover every category with must-fire and must-not-fire cases in both languages', () => {
    for (const cat of ABUSE_CATEGORIES) {
      for (const lang of ['nl', 'en'] as const) {
        const here = FUNCTIONAL_CASES.filter((k) => k.cat === cat && k.lang === lang);
        expect(here.some((k) => k.fire), `${cat}/${lang} fire`).toBe(true);
        expect(here.some((k) => !k.fire), `${cat}/${lang} no-fire`).toBe(true);
      }
    }
  });

  it('find the abuse (recall ≥ 0.98) and leave the contrast cases alone (≥ 0.98)', { timeout: 120_000 }, () => {
    const t = table(FUNCTIONAL_CASES);
    const lines = [...t.rows].map(([k, r]) => `${k.padEnd(28)} fire ${r.tp}/${r.pos}  pass ${r.tn}/${r.neg}`);
    console.log(`${lines.join('\n')}\nrecall ${t.recall.toFixed(3)} of ${t.pos}, contrast ${t.contrast.toFixed(3)} of ${t.neg}\n${t.misses.join('\n')}`);
    expect(t.recall).toBeGreaterThanOrEqual(0.98);
    expect(t.contrast).toBeGreaterThanOrEqual(0.98);
  });

  it('serves the pupil and parent roles', () => {
    for (const s of [pupil, parent]) {
      expect(fires('Niemand wil jou erbij, vetzak', s)).toBe(true);
      expect(fires('I will break your neck', s)).toBe(true);
      expect(fires('Fijne vakantie allemaal!', s)).toBe(false);
    }
  });

  it('takes a compound role noun as a person: no list holds every school role', () => {
    for (const t of ['Open dag op Liudger, die conrector is een idioot', 'die teamleider is echt een sukkel', 'die gymleraar moet je in elkaar slaan']) {
      expect(fires(t)).toBe(true);
    }
    expect(fires('die printer is echt waardeloos')).toBe(false);
    expect(fires('de conrector is ziek, dus de les valt uit')).toBe(false);
  });
});
