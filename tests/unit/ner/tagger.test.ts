import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/protocol/detectors/tokenize.ts';
import { BUCKETS, LABELS, extractFeatures, shape } from '../../../src/protocol/ner/features.ts';
import { MAX_WEIGHT, packWeights, unpackWeights } from '../../../src/protocol/ner/pack.ts';
import { B, I, O, decode, personSpans, shippedModel, tagTokens, type Model } from '../../../src/protocol/ner/tagger.ts';
import { found } from '../detectors/helpers.ts';

const spans = (text: string) => {
  const t = tokenize(text);
  return personSpans(tagTokens(t)).map(([a, b]) => text.slice(t[a]!.start, t[b]!.end));
};

describe('name tagger', () => {
  it('packs and unpacks weights exactly: long zero gaps, every value, buckets at both ends', () => {
    const labels = 3;
    const w = new Int8Array(400 * labels);
    // A gap of 0, 1, 58, 59, 60 and 118 all-zero buckets (59 is where the continuation character begins).
    const at = [0, 2, 61, 121, 182, 301, 399];
    at.forEach((b, k) => {
      for (let y = 0; y < labels; y++) w[b * labels + y] = ((k * 7 + y * 5) % (2 * MAX_WEIGHT + 1)) - MAX_WEIGHT;
    });
    w[10 * labels + 2] = MAX_WEIGHT; // a bucket with one non-zero label only
    const packed = packWeights(w, labels);
    expect(packed.gaps).not.toMatch(/["\\]/);
    expect(packed.values).not.toMatch(/["\\]/);
    expect(Array.from(unpackWeights(packed, labels, w.length))).toEqual(Array.from(w));
    expect(() => packWeights(Int8Array.from([MAX_WEIGHT + 1, 0, 0]), labels)).toThrow();
    expect(() => unpackWeights(packed, labels, 100 * labels)).toThrow();
  });

  it('ships weights for the whole feature space', () => {
    expect(shippedModel().weights.length).toBe(BUCKETS * LABELS);
    expect(shippedModel().weights.some((w) => w !== 0)).toBe(true);
  });

  it('gives every token features inside the hash space', () => {
    const { feats, offsets } = extractFeatures(tokenize('Trots op Daan van der Meer uit H4b!'));
    expect(offsets.length).toBe(9);
    for (let k = 0; k < offsets[8]!; k++) {
      expect(feats[k]).toBeGreaterThanOrEqual(0);
      expect(feats[k]).toBeLessThan(BUCKETS);
    }
  });

  it('collapses word shapes', () => {
    expect(shape('Jan-Willem')).toBe('Xx-Xx');
    expect(shape("O'Brien")).toBe("X'Xx");
    expect(shape('H4b')).toBe('Xdx');
    expect(shape('Öztürk')).toBe('Xx');
  });

  it('never lets I follow O or open the text (Viterbi constraint)', () => {
    // A model that prefers I everywhere still has to start a name with B.
    const weights = new Float64Array(BUCKETS * LABELS);
    for (let f = 0; f < BUCKETS; f++) weights[f * LABELS + I] = 1;
    const model: Model = { weights, transitions: new Array((LABELS + 1) * LABELS).fill(0) };
    const t = tokenize('een twee drie');
    const { feats, offsets } = extractFeatures(t);
    const labels = decode(feats, offsets, t.length, model);
    expect(labels[0]).toBe(B);
    for (let i = 1; i < labels.length; i++) expect(labels[i - 1] === O && labels[i] === I).toBe(false);
  });

  it.each([
    ['Goossens was er vandaag niet.', ['Goossens']],
    ['Ik ging met Nguyen en Oksana uit mijn mentorklas naar Drachten.', ['Nguyen', 'Oksana']],
    ['Van der Vlist heeft de debatwedstrijd gewonnen.', ['Van der Vlist']],
    ['Kim heeft haar tas laten liggen in lokaal 12.', ['Kim']],
  ])('tags the names in %j', (text, names) => {
    expect(spans(text)).toEqual(names);
  });

  it.each(['Roman history is my favourite subject.', 'New York was amazing.', 'Mercedes heeft een nieuwe auto gepresenteerd.', 'Star Trek marathon this weekend!', 'De Financiële Morgen schreef over de cao.'])(
    'finds no person in %j',
    (text) => {
      expect(found(text, 'name')).toEqual([]);
    },
  );
});
