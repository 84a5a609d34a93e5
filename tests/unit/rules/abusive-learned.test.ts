// The learned A8 classifier beside the grammar (src/protocol/abuse/learned.ts): the shipped weights load and are
// the ones the training script recorded, scoring is deterministic, it fires on clear cases written for this test
// (none of them, nor their abusive words, is in training/a8/) where the grammar alone stays quiet, it stays quiet
// on ordinary sentences and contrasts, and its findings point at the words it saw.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { a8Units, analyzeAbuse, useA8Learned } from '../../../src/protocol/abuse/analyze.ts';
import { A8_BUCKETS, attribution, scoreUnit, shippedA8Model } from '../../../src/protocol/abuse/learned.ts';
import { A8_SHA256, A8_THRESHOLD } from '../../../src/protocol/data/a8-weights.generated.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { normalize } from '../../../src/protocol/normalize.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const spans = (text: string) => {
  const n = normalize(text);
  return analyzeAbuse(n.lower, n.text).map(([s, e]) => n.text.slice(s, e));
};
const findings = (text: string) => evaluate({ text, site: 'facebook' }, DEFAULT_SETTINGS).findings.filter((f) => f.code === 'abusive');

afterEach(() => useA8Learned(true));

describe('learned A8 classifier', () => {
  it('loads the shipped weights: one int8 per bucket, the bytes the training script recorded', () => {
    const m = shippedA8Model();
    expect(m.weights.length).toBe(A8_BUCKETS);
    const w = m.weights as Int8Array;
    expect(createHash('sha256').update(new Uint8Array(w.buffer, w.byteOffset, w.byteLength)).digest('hex')).toBe(A8_SHA256);
    let nonZero = 0;
    for (let i = 0; i < w.length; i++) if (w[i]) nonZero++;
    // A trained table, neither empty nor dense noise.
    expect(nonZero).toBeGreaterThan(A8_BUCKETS / 10);
    expect(nonZero).toBeLessThan(A8_BUCKETS);
    expect(A8_THRESHOLD).toBeGreaterThan(0.5);
    expect(A8_THRESHOLD).toBeLessThan(1);
  });

  it('scores deterministically', () => {
    const text = 'jouw smoel is zo afstotelijk';
    const n = normalize(text);
    const a = scoreUnit(a8Units(n.lower, n.text, false)[0]!);
    const b = scoreUnit(a8Units(n.lower, n.text, false)[0]!);
    expect(a.p).toBe(b.p);
    expect([...a.contrib]).toEqual([...b.contrib]);
    expect(spans(text)).toEqual(spans(text));
  });

  // Written for this test; the grammar alone does not flag them (checked below), so the finding is the model's.
  const modelCases: [string, string][] = [
    ['jouw smoel is zo afstotelijk', 'afstotelijk'],
    ['your face is so repulsive nobody can look at it', 'repulsive'],
    ['Your opinion is worthless, just like you', 'worthless'],
    // School bullying without an abusive word: exclusion ("nobody + picks/wants + you") and a mocked trait, and an
    // insult the grammar's frames miss. They rest on the word classes and sentence signals added for them
    // (social, exposure, trait, nobody; exclusion, negated positive, trait aimed at someone).
    ['Met jou wil echt niemand in een groepje, Sem.', 'niemand'],
    ['Nobody in this class ever picks you for their team, Josh.', 'Nobody'],
    ['Iedereen weet dat jij de domste van de klas bent', 'domste'],
    ['Kijk hoe hij loopt met die rare beugel, echt zielig', 'zielig'],
  ];
  it.each(modelCases)('fires where the grammar does not: %s', (text, word) => {
    useA8Learned(false);
    expect(spans(text)).toEqual([]);
    useA8Learned(true);
    const got = spans(text);
    expect(got.length).toBe(1);
    // The span names the words it saw: the abusive word, not the pronoun or the whole sentence.
    expect(got[0]).toContain(word);
    expect(got[0]!.length).toBeLessThan(text.length);
  });

  it('carries its span into a finding on the original draft', () => {
    const text = 'Even iets kwijt. Jouw smoel is zo afstotelijk.';
    const f = findings(text);
    expect(f.length).toBe(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
    expect(f[0]!.text).toContain('afstotelijk');
    expect(f[0]!.start).toBeGreaterThan(text.indexOf('Jouw') - 1);
  });

  it.each([
    'dank je wel voor de bloemen',
    'Ik zie je morgen in de les',
    'thank you for the lovely card',
    'you were brilliant tonight',
    'die printer is echt ruk',
    "ik ben zo'n kluns vandaag",
    'Iedereen welkom bij de kerstviering, ook als je nooit komt!',
    'Calling him "repulsive" was cruel and I told them so.',
    'Jouw smoel is helemaal niet afstotelijk, doe niet zo gek.',
    // Look-alikes of the exclusion and trait frames, and a negated insult.
    'Niemand hoeft zich alleen te voelen op onze school.',
    'Nobody should sit alone at lunch, come join us.',
    'Mijn collega stottert soms, daar hebben we begrip voor.',
    'She bought cheap shoes at the market today.',
    'Je bent niet dom, je had gewoon pech.',
    // A sentence of a longer, ordinary post: the whole draft must read as abusive too.
    'Best decision this year: no phones at lunch. The kids play cards with each other again and you can hear them laugh.',
    'Our class voted on the trip today. Everyone wanted the zoo, so we are going to the zoo! Thank you all.',
    // Dutch "héél" is no HurtLex "heel", "iemand die" no death wish, a negated share no call to share.
    'Mijn mentorleerling was vandaag héél dapper tijdens haar spreekbeurt.',
    'Eindelijk iemand die zegt dat het om tijd gaat.',
    "Een leerling schold me vandaag uit voor 'trut'. Ik deel het niet om medelijden, maar omdat het vaak gebeurt.",
  ])('stays quiet: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('attribution widens from the strongest word to strong neighbours only', () => {
    expect(attribution(Float64Array.from([0.1, 2, 1, -1, 0.3]))).toEqual([1, 2]);
    expect(attribution(Float64Array.from([-1, -2]))).toBeNull();
    expect(attribution(Float64Array.from([3, 0, 0, 0, 0, 3]))).toEqual([0, 0]);
  });
});
