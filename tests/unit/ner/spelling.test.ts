// The spelling model (src/protocol/ner/spelling.ts): letter patterns of words against names. None of the words
// below is among its training items (checked when this test was written: the compounds are in neither Debian word
// list, the names in neither the Meertens list, the lexicons nor the training corpora), so this measures what it
// learned, not what it saw. What it must do: put the nouns that open school posts far on the word side, put names
// of many origins clearly on the name side, and let the detector keep a lone unlisted name opening a sentence
// only when the spelling says name.
import { describe, expect, it } from 'vitest';
import { spellingLevel, spellingScore } from '../../../src/protocol/ner/spelling.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const NOUNS = ['Fietsenstallingsdienst', 'Pleinwachtrooster', 'Gymzaalsleutel', 'Mentoruurplanning', 'Brugklaskampweek', 'Ouderavondrooster', 'Toetsweekplanning', 'Kluisjessleutel'];
const NAMES = ['Nakamura', 'Adeyemi', 'Oyelaran', 'Nwachukwu', 'Wiśniowiecka', 'Yıldırımoğlu'];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('spelling model', () => {
  it('puts Dutch compound nouns on the word side', () => {
    for (const w of NOUNS) expect(spellingScore(w.toLowerCase()), w).toBeLessThan(-2);
  });
  it('puts names of many origins on the name side on average, far from the nouns', () => {
    const names = NAMES.map((w) => spellingScore(w.toLowerCase()));
    expect(mean(names)).toBeGreaterThan(1);
    expect(names.filter((x) => x > 0).length).toBe(NAMES.length);
    expect(mean(names) - mean(NOUNS.map((w) => spellingScore(w.toLowerCase())))).toBeGreaterThan(8);
  });
  it('maps scores to levels 0–6 in order, and words under three letters to 7', () => {
    expect(spellingLevel('ab')).toBe(7);
    expect(spellingLevel('fietsenstallingsdienst')).toBe(0);
    expect(spellingLevel('oyelaran')).toBe(6);
    const levels = ['toetsweekplanning', 'nakamura', 'oyelaran'].map(spellingLevel);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
  it('lets a lone unlisted name open a sentence, and not a noun', () => {
    const names = (text: string) => evaluate({ text }, DEFAULT_SETTINGS).findings.filter((f) => f.category === 'name').map((f) => text.slice(f.start, f.end));
    expect(names('Oyelaran zei gisteren dat de bus later komt.')).toEqual(['Oyelaran']);
    expect(names('Pleinwachtrooster hangt vanaf morgen in de docentenkamer.')).toEqual([]);
    expect(names('Kluisjessleutel kwijt? Meld het bij de balie.')).toEqual([]);
  });
});
