// The learned half of A8: a logistic-regression classifier over hashed sparse features of one sentence, beside
// the grammar in analyze.ts. The grammar recognises the frames it was written for; on new wording by the same
// writer its recall halved (tests/functional/README.md). A linear model over word and character n-grams, lexicon
// classes and the grammar's own structural signals carries to wording it never saw, because it weighs evidence
// instead of demanding one exact frame.
//
// Why logistic regression (and not an averaged perceptron, as the name tagger uses): the model fires alone only
// above a probability threshold chosen on validation data, so its scores must be calibrated probabilities; the
// perceptron's margins are not. Both are linear, so runtime, size and feature attribution are the same. Why not
// a neural model: the weights must stay a few dozen kilobytes gzipped in a lazily loaded bundle near its budget,
// run well under a millisecond per draft, and train on a CPU in seconds from a few thousand sentences.
//
// Weights are int8 (one scale), A8_BUCKETS hashed buckets, base64 in a generated data module written by
// scripts/train-a8.ts (`npm run train:a8`). Features hash to buckets with FNV-1a; collisions are the price of a
// fixed small table. Pure: no DOM, no network.
import { A8_BIAS, A8_SCALE, A8_THRESHOLD, A8_WEIGHTS } from '../data/a8-weights.generated.ts';
import { decodeBase64 } from '../base64.ts';
import type { Token } from './tokens.ts';

/** Hash buckets of the feature table (a power of two). */
export const A8_BUCKETS = 1 << 16;
const MASK = A8_BUCKETS - 1;

/** Word classes from the grammar's lexicons, one bit each (computed by analyze.ts for every token). */
export const C = {
  SLUR: 1,
  INSULT: 2,
  NEG_ADJ: 4,
  DEHUM: 8,
  HATE: 16,
  VIOLENT: 32,
  DIE: 64,
  GROUP: 128,
  P2: 256,
  P3: 512,
  SELF: 1024,
  NEGATOR: 2048,
  PERSON: 4096,
  CURSE: 8192,
  BODY: 16384,
  MODAL: 32768,
  LAUGH: 65536,
  REPORT: 131072,
  POSITIVE: 262144,
  NAME: 524288,
  COPULA: 1048576,
  /** Being with others (exclusion frames). */
  SOCIAL: 1 << 21,
  /** Personal details and the acts of spreading them. */
  EXPOSE: 1 << 22,
  /** Traits pupils are mocked for. */
  TRAIT: 1 << 23,
  /** Insinuation markers. */
  INSINUATE: 1 << 24,
  /** Sarcasm and mock praise. */
  SARCASM: 1 << 25,
  /** "niemand", "nobody": the subject of an exclusion frame. */
  NOBODY: 1 << 26,
} as const;
const CLASS_NAMES = Object.keys(C);
const CLASS_BITS = Object.values(C);

/** Sentence-level signals the grammar computes, one bit each. */
export const S = {
  /** The reader is addressed. */
  P2: 1,
  /** A third person, a person noun, a group or a name is mentioned. */
  OTHER: 2,
  GROUP: 4,
  NEGATION: 8,
  /** Quoting, reporting or condemning abuse ("hij noemde me…", "racisme is…", "niemand vindt jou…"). */
  REPORTED: 16,
  /** Only the writer is spoken of. */
  SELF_ONLY: 32,
  LAUGH: 64,
  /** Every word is inside quotation marks. */
  QUOTED: 128,
  GAME: 256,
  QUESTION: 512,
  SHARE: 1024,
  /** A negator right before a positive word ("je bent niet slim", "geen echte man"). */
  NEG_POSITIVE: 2048,
  /** "niemand"/"nobody" with a word of being together and someone to exclude. */
  EXCLUSION: 4096,
  /** Someone addressed or named next to a word of a trait pupils are mocked for. */
  TRAIT_TARGET: 8192,
  /** A call on the others ("laten we", "let's", "iedereen") about a named or third person, with a word of being
   * together, spreading, piling on, a mocked trait or laughter: the form of school bullying without abusive words. */
  PILE_ON: 16384,
  /** "Iemand zoals zij", "people like that", "mensen zoals jij": a person set apart as a kind. */
  LIKE_THEM: 32768,
  /** "Nog één keer", "next time", "ever again" with the writer or the reader as the one who acts: an ultimatum. */
  ULTIMATUM: 65536,
} as const;
const SIG_BITS = Object.values(S);

/** One sentence (or, in training, one whole text) as the model sees it. */
export interface Unit {
  toks: Token[];
  /** Class bits per token (C). */
  cls: number[];
  /** Sentence signals (S). */
  sig: number;
}

// FNV-1a over char codes, seeded per feature kind so "u:rat" and "g:rat" fall in different buckets.
const FNV = 0x811c9dc5;
function mix(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}
function hashStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = mix(h, s.charCodeAt(i));
  return h;
}
const SEED_UNI = hashStr(FNV, 'u');
const SEED_BI = hashStr(FNV, 'b');
const SEED_GRAM = hashStr(FNV, 'g');
const SEED_CLS = hashStr(FNV, 'c');
const SEED_CLS_BI = hashStr(FNV, 'cb');
const SEED_CLS_TRI = hashStr(FNV, 'ct');
const SEED_SIG = hashStr(FNV, 's');
const SEED_SIG_CLS = hashStr(FNV, 'sc');

/** The strongest class of a token, for class n-grams ("P2 COPULA INSULT" generalises over every insult). */
const PRIORITY = [C.SLUR, C.DEHUM, C.INSULT, C.HATE, C.VIOLENT, C.DIE, C.NEG_ADJ, C.CURSE, C.P2, C.P3, C.SELF, C.GROUP, C.PERSON, C.NAME, C.NOBODY, C.NEGATOR, C.TRAIT, C.EXPOSE, C.SOCIAL, C.COPULA, C.MODAL, C.BODY, C.POSITIVE, C.SARCASM, C.INSINUATE, C.LAUGH, C.REPORT];
function primary(bits: number): number {
  for (let i = 0; i < PRIORITY.length; i++) if (bits & PRIORITY[i]!) return i + 1;
  return 0;
}

/** Longest word whose character n-grams are taken; longer ones are pasted links or noise. */
const MAX_GRAM_WORD = 30;

/**
 * The feature buckets of a unit. `owner[i]` is the token a feature belongs to (-1 for sentence-level ones, and
 * for a bigram its first word; attribution splits bigrams over both words).
 */
export function featurize(u: Unit, feats: number[], owner: number[]): void {
  const { toks, cls } = u;
  const n = toks.length;
  const prim: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = toks[i]!.k;
    prim[i] = primary(cls[i]!);
    feats.push(hashStr(SEED_UNI, k) & MASK);
    owner.push(i);
    if (i + 1 < n) {
      feats.push(hashStr(mix(hashStr(SEED_BI, k), 32), toks[i + 1]!.k) & MASK);
      owner.push(i);
    }
    // Character 3- to 5-grams inside the word with boundary marks: spelling variants and compounds
    // ("kankerlijer", "moslimratten") share them with the words the model was trained on.
    const len = Math.min(k.length, MAX_GRAM_WORD);
    // Positions -1 and len stand for the boundary marks; each start extends one hash through lengths 3, 4, 5.
    for (let a = -1; a < len; a++) {
      let h = SEED_GRAM;
      for (let x = a; x < a + 5 && x <= len; x++) {
        h = mix(h, x < 0 || x >= len ? 35 : k.charCodeAt(x));
        if (x - a >= 2) {
          feats.push(h & MASK);
          owner.push(i);
        }
      }
    }
    const bits = cls[i]!;
    for (let c = 0; c < CLASS_BITS.length; c++) {
      if (bits & CLASS_BITS[c]!) {
        feats.push(mix(SEED_CLS, c) & MASK);
        owner.push(i);
      }
    }
  }
  // Class bigrams and trigrams, a word without a class standing as 0, over a window that skips nothing: they
  // carry the frames ("jij bent een <insult>", "<modal> <die>") to every word of each class.
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && (prim[i]! || prim[i + 1]!)) {
      feats.push(mix(mix(SEED_CLS_BI, prim[i]!), prim[i + 1]!) & MASK);
      owner.push(prim[i]! ? i : i + 1);
    }
    if (i + 2 < n && (prim[i]! || prim[i + 2]!)) {
      feats.push(mix(mix(mix(SEED_CLS_TRI, prim[i]!), prim[i + 1]!), prim[i + 2]!) & MASK);
      owner.push(prim[i + 2]! ? i + 2 : i);
    }
  }
  // Sentence signals, alone and with each class present: "reported" with a slur differs from a slur alone.
  let present = 0;
  for (let i = 0; i < n; i++) present |= cls[i]!;
  for (let s = 0; s < SIG_BITS.length; s++) {
    if (!(u.sig & SIG_BITS[s]!)) continue;
    feats.push(mix(SEED_SIG, s) & MASK);
    owner.push(-1);
    for (let c = 0; c < CLASS_BITS.length; c++) {
      if (present & CLASS_BITS[c]!) {
        feats.push(mix(mix(SEED_SIG_CLS, s), c) & MASK);
        owner.push(-1);
      }
    }
  }
}

/** Feature values are 1/sqrt(count): a long sentence does not score higher for having more words. */
export function featureScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

export interface A8Model {
  weights: ArrayLike<number>;
  /** Multiplies a weight (int8 units) into the trained value. */
  scale: number;
  bias: number;
  threshold: number;
}

let shipped: A8Model | null = null;
let override: A8Model | null = null;

/** The shipped model, decoded on first use. */
export function shippedA8Model(): A8Model {
  if (!shipped) {
    const bytes = decodeBase64(A8_WEIGHTS);
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    if (weights.length !== A8_BUCKETS) throw new Error('Postwacht: A8 weights do not match the feature space');
    shipped = { weights, scale: A8_SCALE, bias: A8_BIAS, threshold: A8_THRESHOLD };
  }
  return shipped;
}

/** For training and tests: score with another model (null restores the shipped one). */
export function useA8Model(model: A8Model | null): void {
  override = model;
}
export function currentA8Model(): A8Model {
  return override ?? shippedA8Model();
}

export interface Scored {
  /** Probability that the unit is abusive. */
  p: number;
  /** Each token's share of the score (bigrams split over their two words), in trained units. */
  contrib: Float64Array;
}

const feats: number[] = [];
const owner: number[] = [];

export function scoreUnit(u: Unit, model: A8Model = currentA8Model()): Scored {
  feats.length = 0;
  owner.length = 0;
  featurize(u, feats, owner);
  const v = featureScale(feats.length) * model.scale;
  const contrib = new Float64Array(u.toks.length);
  let z = model.bias;
  for (let i = 0; i < feats.length; i++) {
    const w = model.weights[feats[i]!]! * v;
    z += w;
    const o = owner[i]!;
    if (o >= 0) contrib[o]! += w;
  }
  return { p: 1 / (1 + Math.exp(-z)), contrib };
}

/**
 * The words the model saw: the token with the largest positive share, widened to neighbours (at most three
 * words either side) whose share is at least 40% of it. Returns token indices [first, last], or null when no
 * word pushed the score up.
 */
export function attribution(contrib: Float64Array): [number, number] | null {
  let best = -1;
  for (let i = 0; i < contrib.length; i++) if (contrib[i]! > 0 && (best < 0 || contrib[i]! > contrib[best]!)) best = i;
  if (best < 0) return null;
  const cut = contrib[best]! * 0.4;
  let a = best;
  let b = best;
  for (let i = best - 1; i >= Math.max(0, best - 3); i--) if (contrib[i]! >= cut) a = i;
  for (let i = best + 1; i <= Math.min(contrib.length - 1, best + 3); i++) if (contrib[i]! >= cut) b = i;
  return [a, b];
}

/** Class names of a bit set, for debugging and the training report. */
export function classNames(bits: number): string[] {
  return CLASS_NAMES.filter((_, i) => bits & CLASS_BITS[i]!);
}
