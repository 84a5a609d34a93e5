// The name lexicon and the tagger's common words ship front-coded; decoding must give back every word in order.
import { describe, expect, it } from 'vitest';
import { frontCodedHas, frontDecode, frontEncode } from '../../src/protocol/front-coding.ts';
import { lexicon } from '../../src/protocol/detectors/lexicon.ts';
import { commonWords } from '../../src/protocol/ner/common.ts';

describe('front coding', () => {
  it('round-trips lists with shared prefixes, repeats, prefixes of the word before and long shared runs', () => {
    const words = ['abdel', 'abdelali', 'abdelaziz', 'abdel', 'ab', 'abcdefghijklmno', 'abcdefghijklmnop', '', 'van der veen', "d'hondt", 'zoë'];
    const coded = frontEncode(words);
    expect(frontDecode(coded)).toEqual(words);
    expect(coded.length).toBeLessThan(words.join(' ').length);
    expect(frontDecode('')).toEqual([]);
    expect(() => frontEncode(['a1'])).toThrow();
    expect(() => frontDecode('abc')).toThrow();
  });

  it('decodes the shipped lists into the words the detectors look up', () => {
    const { strong, word, surnames } = lexicon();
    expect(strong.size).toBeGreaterThan(10_000);
    expect(strong.has('sanne')).toBe(true);
    expect(surnames.has('de jong')).toBe(true);
    expect(word.size).toBeGreaterThan(500);
    expect(commonWords().size).toBe(14_000);
    for (const w of [...strong, ...surnames]) expect(w).not.toMatch(/\d/);
  });

  it('finds a word in a coded list without decoding it, with the same answer as the decoded set', () => {
    const words = ['ab', 'abdel', 'abdelali', 'abdelaziz', 'b', 'van der veen', 'zoë'];
    const coded = frontEncode(words);
    for (const w of words) expect(frontCodedHas(coded, w)).toBe(true);
    // Before the first word, between words, a prefix of a word, a word's extension, past the last word.
    for (const w of ['a', 'abd', 'abdela', 'abdelazizz', 'abc', 'c', 'van', 'zoe', 'zz', '']) expect(frontCodedHas(coded, w)).toBe(false);
    expect(frontCodedHas('', 'a')).toBe(false);
  });
});
