// Features of the relatedness experiment (scripts/cv-context.ts): hashed words, word pairs and word ends of a
// draft, optionally with the hand features of src/protocol/related.ts. A logistic regression over these, fitted on
// training/context/ctx-train-1.jsonl, was measured as one more evidence term beside the hand-set weights and did not
// beat them on drafts it was not fitted on (training/context/README.md), so nothing of it ships in the extension;
// the features live here so that the experiment can be re-run when more training drafts exist.
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
    if (w.length >= 7) {
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

