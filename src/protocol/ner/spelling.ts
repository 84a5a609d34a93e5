// How much a word's spelling looks like a person's name rather than a Dutch or English word: a logistic model
// over hashed character n-grams (2- to 5-grams of the lower-case word with ^ and $ at its ends), trained by
// scripts/train-ner.ts on the Debian word lists (words) against the Meertens family names and the first-name
// lists (names). It knows no word or name by heart — only letter patterns — so it carries to names of any
// origin ("Veerappan", "Barrichello", "Wytske") and tells them from ordinary nouns that open a sentence
// ("Ochtendwandeling", "Kaartjes"), which the tagger alone cannot tell apart by their capital.
//
// Why a separate model: the word lists behind it (400,000 Dutch words) are far too large to ship; a few
// thousand n-gram weights hold what matters of them. The tagger reads its verdict as a feature (a level),
// cached per distinct word with the tagger's other word facts.
import { NER_SPELLING_BITS, NER_SPELLING_GAPS, NER_SPELLING_SCALE, NER_SPELLING_VALUES } from '../data/ner-spelling.generated.ts';
import { unpackWeights } from './pack.ts';

/** FNV-1a of s[from, to) (the same as features.ts's, kept here so this module stands alone). */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The n-gram buckets of a lower-case word, into `out` (returns how many). */
export function spellingGrams(lower: string, bits: number, out: Int32Array): number {
  const w = '^' + lower + '$';
  const mask = (1 << bits) - 1;
  let k = 0;
  for (let n = 2; n <= 5; n++) {
    for (let i = 0; i + n <= w.length && k < out.length; i++) {
      // The n-gram's length is mixed in so a 3-gram and a 4-gram never share a bucket by construction.
      let h = hash(w, i, i + n) ^ Math.imul(n, 0x9e3779b1);
      h ^= h >>> 15;
      out[k++] = h & mask || 1; // bucket 0 is the bias
    }
  }
  return k;
}

let weights: Int8Array | Float64Array | null = null;
let scale = NER_SPELLING_SCALE;
let bits = NER_SPELLING_BITS;
let installed = 0;
/** Changes whenever other weights are installed: caches of the levels are keyed on it. */
export const spellingVersion = (): number => installed;

/** For training: use these (unquantised) weights instead of the shipped ones. */
export function installSpelling(w: Float64Array | Int8Array, wScale: number, wBits: number): void {
  installed++;
  weights = w;
  scale = wScale;
  bits = wBits;
}

const grams = new Int32Array(200);

/** Log-odds that the word is a name by its spelling alone (> 0: name-like). Words under 3 letters: 0. */
export function spellingScore(lower: string): number {
  if (lower.length < 3 || lower.length > 45) return 0;
  weights ??= unpackWeights({ gaps: NER_SPELLING_GAPS, values: NER_SPELLING_VALUES }, 1, 1 << bits);
  const n = spellingGrams(lower, bits, grams);
  let s = weights[0]!; // the bias
  for (let i = 0; i < n; i++) s += weights[grams[i]!]!;
  return s / scale;
}

/** The score as a small level for the tagger's features: 0 (surely a word) … 6 (surely a name); 7 too short. */
export function spellingLevel(lower: string): number {
  if (lower.length < 3) return 7;
  const s = spellingScore(lower);
  return s <= -4 ? 0 : s <= -2 ? 1 : s <= -0.5 ? 2 : s < 0.5 ? 3 : s < 2 ? 4 : s < 4 ? 5 : 6;
}
