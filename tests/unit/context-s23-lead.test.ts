// Session 23, from the misses of the unseen batch-10 after its one measurement (sentences of our own):
// letter-first class codes after a pupil word, Frisian compound classes, the lesson hour in English, the
// abbreviated mentor class, and a child named by a superlative with an age in brackets.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const judge = (text: string) => evaluate({ text, site: 'facebook' }, DEFAULT_SETTINGS);
const codes = (text: string) => judge(text).findings.map((f) => f.code);

describe('work at the school, said in a teacher\'s shorthand', () => {
  it.each([
    "ll h3 vandaag: 'mag ik naar de wc?' nee, de bel gaat zo",
    'Laatste toets met myn eksamenklasse, wat een groep',
    'that boy in my 3rd hour keeps sleeping, fine by me',
    'sorry lieve mentorkl, morgen trakteer ik',
  ])('asks for the disclosure: %s', (text) => {
    expect(codes(text)).toContain('disclosure-missing');
  });
  it.each([
    'Our 2nd hour of waiting at the airport, great start of the holiday',
    'de v8 motor van mijn auto maakt herrie',
    'a4 papier op, wie heeft er nog?',
  ])('leaves alone: %s', (text) => {
    expect(codes(text)).not.toContain('disclosure-missing');
  });
});

describe('an age in brackets after a child named by a superlative', () => {
  it.each(['My youngest (6) lost her first tooth today', 'onze oudste (12) mag voor het eerst alleen fietsen'])('flags the age: %s', (text) => {
    expect(judge(text).findings.some((f) => f.category === 'birthdate')).toBe(true);
  });
  it('leaves a ranking alone', () => {
    expect(judge('De jongste deelnemer van de race finishte als 6e').findings.some((f) => f.category === 'birthdate')).toBe(false);
  });
});
