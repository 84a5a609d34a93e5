// The learned half of relatedness: a logistic regression over hashed words, word pairs and word ends of a
// draft, beside the hand-set evidence of related.ts. The hand features are precise but each is a phrasing; on
// drafts written after them they missed school life said in other words ("grades deadline, 3 classes to do",
// "werkweek, wie gaat mee als begeleider"). A linear model over the draft's vocabulary, fitted on drafts written
// for training by writers who never saw the code (training/context/README.md), weighs that vocabulary instead.
//
// Its output is one more term of evidence (weights.ts, MODEL_WEIGHT × the model's log-odds), so the decisive
// hand features and the ones that turn a draft off keep their say. Weights are int8 with one scale, base64, in a
// generated data module written by scripts/train-context.ts. Pure: no DOM, no network.
import { decodeBase64 } from '../base64.ts';
import { CTX_BIAS, CTX_SCALE, CTX_WEIGHTS } from '../data/context-weights.generated.ts';

/** Hash buckets of the feature table (a power of two). */
export const CTX_BUCKETS = 1 << 14;
const MASK = CTX_BUCKETS - 1;

const FNV = 0x811c9dc5;
function mix(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}
function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}
const SEED_UNI = hashStr(FNV, 'u');
const SEED_BI = hashStr(FNV, 'b');
const SEED_PRE = hashStr(FNV, 'p');
const SEED_SUF = hashStr(FNV, 's');
const SEED_HAND = hashStr(FNV, 'h');

const CHAR_GRAMS = typeof process !== 'undefined' && process.env?.CTX_GRAMS === '1';
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Words past this many are not read: the opening of a long paste says what it is about. */
const MAX_WORDS = 400;

/**
 * The feature buckets of a draft (its lower-cased, normalised text), deduplicated. Digits become 0 so that
 * "2b", "4c" and "h3a" share their shape; the first and last five letters of a long word carry compounds
 * ("wiskundeklas", "mentorgesprek") to the words the model was fitted on.
 */
export function contextFeatures(lower: string, hand: readonly string[] = []): number[] {
  const out = new Set<number>();
  for (const h of hand) out.add(hashStr(SEED_HAND, h) & MASK);
  let prev = '';
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m && n < MAX_WORDS; m = WORD.exec(lower), n++) {
    const w = m[0].replace(/\p{N}+/gu, '0').replace(/’/g, "'");
    out.add(hashStr(SEED_UNI, w) & MASK);
    if (prev) out.add(hashStr(mix(hashStr(SEED_BI, prev), 32), w) & MASK);
    if (CHAR_GRAMS) {
      const b = `#${w.slice(0, 30)}#`;
      for (let a = 0; a + 4 <= b.length; a++) out.add(hashStr(SEED_PRE, b.slice(a, a + 4)) & MASK);
    } else if (w.length >= 7) {
      out.add(hashStr(SEED_PRE, w.slice(0, 5)) & MASK);
      out.add(hashStr(SEED_SUF, w.slice(-5)) & MASK);
    }
    prev = w;
  }
  WORD.lastIndex = 0;
  return [...out];
}

/** Feature values are 1/sqrt(count): a long draft does not score higher for having more words. */
export function featureScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

let weights: Int8Array | null = null;

/** The model's log-odds that a draft is about the writer's work at a school, from its vocabulary alone. */
export function contextLogit(lower: string): number {
  if (!weights) {
    const bytes = decodeBase64(CTX_WEIGHTS);
    weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const feats = contextFeatures(lower);
  const v = featureScale(feats.length) * CTX_SCALE;
  let z = CTX_BIAS;
  for (const f of feats) z += weights[f]! * v;
  return z;
}
