// The person-name tagger: an averaged structured perceptron over BIO labels with Viterbi decoding, on the
// evaluator's own tokens (detectors/tokenize.ts).
//
// Why this model: it must run in the content script on every pause in typing (well under a millisecond for a
// post), ship in a few dozen kilobytes, and be retrained by a script from open data on a CPU in minutes. A
// linear model over hashed sparse features does all three, and its features (shape, casing, position,
// neighbouring words, name-list and common-word evidence) carry to names no list knows. A linear-chain CRF
// would have the same runtime and size; the averaged perceptron trains in a fraction of the time with about
// the same accuracy on this kind of task, and needs no optimiser code. A neural tagger would need embeddings
// that alone outweigh the size budget.
//
// Weights are int8 (one scale for all), BUCKETS × 3 labels, packed as text (./pack.ts) in a generated data module.
import { NER_B_BIAS, NER_SCALE, NER_TRANSITIONS, NER_WEIGHT_GAPS, NER_WEIGHT_VALUES } from '../data/ner-weights.generated.ts';
import type { Token } from '../detectors/tokenize.ts';
import { BUCKETS, LABELS, extractFeatures } from './features.ts';
import { unpackWeights } from './pack.ts';

export const O = 0;
export const B = 1;
export const I = 2;

export interface Model {
  /** BUCKETS × LABELS weights; label y of feature bucket f at f * LABELS + y. */
  weights: Int8Array | Float64Array | Float32Array;
  /** (LABELS + 1) × LABELS: row 0 is the start, row 1 + y the transition from label y. */
  transitions: ArrayLike<number>;
  /** Added to the score of B: above 0 the tagger opens a name more readily (recall for precision). */
  bias?: number;
}

let shipped: Model | null = null;
let override: Model | null = null;

/** The shipped model, decoded on first use. */
export function shippedModel(): Model {
  if (!shipped) {
    const weights = unpackWeights({ gaps: NER_WEIGHT_GAPS, values: NER_WEIGHT_VALUES }, LABELS, BUCKETS * LABELS);
    shipped = { weights, transitions: NER_TRANSITIONS, bias: NER_B_BIAS };
  }
  return shipped;
}

/** For training and tests: tag with another model (null restores the shipped one). */
export function useModel(model: Model | null): void {
  override = model;
}

// Scores are in quantised units; NER_SCALE only matters to read them as the trained values.
void NER_SCALE;

/** Best label sequence for the tokens (Viterbi over O/B/I; I may not follow O or start a sequence). */
export function tagTokens(tokens: Token[], model: Model = override ?? shippedModel(), margins?: Float64Array): Uint8Array {
  const n = tokens.length;
  const labels = new Uint8Array(n);
  if (!n) return labels;
  const { feats, offsets } = extractFeatures(tokens);
  return decode(feats, offsets, n, model, undefined, margins);
}

const NEG = -1e15;

/**
 * Viterbi; `ends[i]`, when given, cuts token i's features short (training drops context features). `margins`,
 * when given, receives for each token how far its own evidence favours opening a name over O (B's emission
 * score, bias included, minus O's), in the weights' units: how sure the tagger is, word by word.
 */
export function decode(feats: Int32Array, offsets: Int32Array, n: number, model: Model, ends?: Int32Array, margins?: Float64Array): Uint8Array {
  const { weights: w, transitions: tr } = model;
  const back = new Uint8Array(n * LABELS);
  const bias = model.bias ?? 0;
  // Three labels: the scores and transitions live in locals, not arrays (this runs on every pause in typing).
  // The arithmetic and the tie-breaking (first best wins) are those of the textbook loop over labels.
  const t0O = tr[0]!, t0B = tr[1]!; // from the start (I may not open the text)
  const tOO = tr[3]!, tOB = tr[4]!; // from O (O → I is forbidden)
  const tBO = tr[6]!, tBB = tr[7]!, tBI = tr[8]!;
  const tIO = tr[9]!, tIB = tr[10]!, tII = tr[11]!;
  let sO = 0;
  let sB = 0;
  let sI = 0;
  for (let i = 0; i < n; i++) {
    let eO = 0;
    let eB = 0;
    let eI = 0;
    const end = ends ? ends[i]! : offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const base = feats[k]! * LABELS;
      eO += w[base]!;
      eB += w[base + 1]!;
      eI += w[base + 2]!;
    }
    eB += bias;
    if (margins) margins[i] = eB - eO;
    if (i === 0) {
      sO = t0O + eO;
      sB = t0B + eB;
      sI = NEG;
      continue;
    }
    const at = i * LABELS;
    // To O and to B: from O, B or I. To I: from B or I.
    let best = sO + tOO;
    let arg = O;
    let c = sB + tBO;
    if (c > best) (best = c), (arg = B);
    c = sI + tIO;
    if (c > best) (best = c), (arg = I);
    const nO = best + eO;
    back[at] = arg;
    best = sO + tOB;
    arg = O;
    c = sB + tBB;
    if (c > best) (best = c), (arg = B);
    c = sI + tIB;
    if (c > best) (best = c), (arg = I);
    const nB = best + eB;
    back[at + 1] = arg;
    best = sB + tBI;
    arg = B;
    c = sI + tII;
    if (c > best) (best = c), (arg = I);
    sI = best + eI;
    back[at + 2] = arg;
    sO = nO;
    sB = nB;
  }
  const labels = new Uint8Array(n);
  let y = O;
  let top = sO;
  if (sB > top) (y = B), (top = sB);
  if (sI > top) y = I;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = y;
    y = back[i * LABELS + y]!;
  }
  return labels;
}

/** Person spans as [first, last] token indices (inclusive). */
export function personSpans(labels: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === O) continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === I) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}
