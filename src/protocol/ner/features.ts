// Features of the person-name tagger, shared by the runtime (./tagger.ts) and the training script
// (scripts/train-ner.ts), so what was learned is exactly what is looked up.
//
// Hashed sparse features (the "hashing trick"): each feature is a short string ("w-1=mevrouw") hashed into a
// fixed number of buckets, so the model needs no vocabulary table — unseen words simply hash to buckets that
// carry little weight. What makes the tagger carry to names it has never seen are the features that do not
// name the word itself: capitalisation and position in the sentence, word shape, prefixes and suffixes, the
// neighbouring words ("mevrouw", "mijn leerling", "thanks to"), the name lists as evidence (first-name and
// surname membership, not a decision) and a list of common Dutch and English words.
import { lexicon } from '../detectors/lexicon.ts';
import type { Token } from '../detectors/tokenize.ts';
import { commonWords } from './common.ts';
import { spellingLevel, spellingVersion } from './spelling.ts';

/** log2 of the number of hash buckets; the weights file holds BUCKETS × LABELS values. */
export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
/** BIO labels for one entity type, person: O, B (begins a name), I (inside a name). */
export const LABELS = 3;
/** The number of neighbouring-word features at the end of each token's features. */
export const CONTEXT_FEATURES = 7;

// Hashing: every token's word, shape, affixes and separators are hashed once (FNV-1a over a range of the
// string, no slices or concatenation), and each feature is a cheap integer mix of a per-template seed with
// those hashes and small codes. The tagger runs on every pause in typing; a string per feature would be the
// bulk of its time and garbage.

/** FNV-1a of s[from, to). */
export function strHash(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Murmur3's finaliser: spreads the bits of a combined hash. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
const MASK = BUCKETS - 1;
const f1 = (k: number, a: number): number => fmix(k ^ Math.imul(a, 0x9e3779b1)) & MASK;
const f2 = (k: number, a: number, b: number): number => fmix(fmix(k ^ Math.imul(a, 0x9e3779b1)) ^ Math.imul(b, 0x27d4eb2f)) & MASK;
const f3 = (k: number, a: number, b: number, c: number): number =>
  fmix(fmix(fmix(k ^ Math.imul(a, 0x9e3779b1)) ^ Math.imul(b, 0x27d4eb2f)) ^ Math.imul(c, 0x165667b1)) & MASK;

/** Word shape with runs collapsed: "Jan-Willem" → "Xx-Xx", "O'Brien" → "X'Xx", "06" → "d", "H4b" → "XdX"... */
export function shape(text: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < text.length && out.length < 8; i++) {
    const code = text.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = text[i]!;
    else {
      const ch = text[i]!;
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per-token facts computed once and read by the features of the token and of its neighbours. */
interface TokenInfo {
  /** Hash of the lower-case word without a possessive 's. */
  word: number;
  /** casing (0 number, 1 all capitals, 2 capitalised, 3 lower case, 4 padding) × 16 + lex × 2 + common. */
  code: number;
  casing: number;
  /** Name-list evidence: 0 none, 1 first name (not a word), 2 first name that is also a word; +3 surname. */
  lex: number;
  common: number;
  /** Hashes of the shape and of the affixes (0 where the word is too short for them). */
  shape: number;
  p3: number;
  s3: number;
  s2: number;
  s4: number;
  s5: number;
  /** Length without a possessive 's. */
  len: number;
  /** How name-like the spelling is (./spelling.ts): 0 surely a word … 6 surely a name, 7 too short. */
  spell: number;
}

const PAD: TokenInfo = { word: strHash('<s>'), code: 4 * 16, casing: 4, lex: 0, common: 0, shape: 0, p3: 0, s3: 0, s2: 0, s4: 0, s5: 0, len: 0, spell: 7 };

function possessiveEnd(lower: string): number {
  return lower.endsWith("'s") ? lower.length - 2 : lower.length;
}

function infoOfUncached(t: Token): TokenInfo {
  const lex = lexicon();
  const len = possessiveEnd(t.lower);
  const l = len === t.lower.length ? t.lower : t.lower.slice(0, len);
  let kind = 0;
  if (!t.numeric) {
    if (lex.strong.has(l)) kind = 1;
    else if (lex.word.has(l)) kind = 2;
    else if (l.includes('-')) {
      const parts = l.split('-');
      if (parts.length <= 3 && parts.every((p) => lex.strong.has(p) || lex.word.has(p))) kind = 1;
    }
    if (lex.surnames.has(l)) kind += 3;
  }
  const casing = t.numeric ? 0 : t.allCaps ? 1 : t.cap ? 2 : 3;
  const common = commonWords().has(l) ? 1 : 0;
  const lw = t.lower;
  return {
    word: strHash(l),
    code: casing * 16 + kind * 2 + common,
    casing,
    lex: kind,
    common,
    shape: strHash(shape(t.text)),
    p3: len > 3 ? strHash(lw, 0, 3) : 0,
    s3: len > 3 ? strHash(lw, len - 3, len) : 0,
    s2: len > 3 ? strHash(lw, len - 2, len) : 0,
    s4: len > 5 ? strHash(lw, len - 4, len) : 0,
    s5: len > 6 ? strHash(lw, len - 5, len) : 0,
    len,
    spell: t.numeric ? 7 : spellingLevel(l),
  };
}

// Everything above depends on the token's text alone (its casing flags come from the text too), so it is
// kept per distinct text: a draft is re-checked on every pause in typing and repeats most of its words, so
// most tokens cost one Map lookup instead of five Set lookups and seven hashes. Bounded: cleared when full,
// and whenever the name lexicon or the common-word list is replaced.
const INFO_CACHE_MAX = 20_000;
const infoCache = new Map<string, TokenInfo>();
let cachedFor: [object, object, number] | null = null;

/** Name-list evidence of a token as the tagger sees it (0 none, 1 first name, 2 word-like first name; +3 surname). */
export function lexKind(t: Token): number {
  return infoOf(t).lex;
}

function infoOf(t: Token): TokenInfo {
  const lex = lexicon();
  const common = commonWords();
  if (!cachedFor || cachedFor[0] !== lex || cachedFor[1] !== common || cachedFor[2] !== spellingVersion()) {
    infoCache.clear();
    cachedFor = [lex, common, spellingVersion()];
  }
  let info = infoCache.get(t.text);
  if (!info) {
    if (infoCache.size >= INFO_CACHE_MAX) infoCache.clear();
    info = infoOfUncached(t);
    infoCache.set(t.text, info);
  }
  return info;
}

/** The separators that matter before a token, as a small hash: quote, @, #, comma, colon, full stop, dash, newline. */
function gapHash(before: string): number {
  if (!before) return 1;
  let h = 7;
  const n = Math.min(before.length, 3);
  for (let i = 0; i < n; i++) {
    const ch = before[i]!;
    let c: number;
    if (ch === '\n' || ch === '\r') c = 10;
    else if ('@#,.:()"!?'.includes(ch)) c = ch.charCodeAt(0);
    else if (ch === '-' || ch === '–' || ch === '—') c = 45;
    else if (ch === "'" || ch === '‘' || ch === '’' || ch === '“' || ch === '”') c = 34;
    else c = 42;
    h = h * 131 + c;
  }
  return h;
}

const T = (name: string) => strHash(name);
const K = {
  bias: T('bias'), w: T('w'), sh: T('sh'), cl: T('cl'), cs: T('cs'), p3: T('p3'), s3: T('s3'), s2: T('s2'), s4: T('s4'),
  len: T('len'), g: T('g'), ng: T('ng'), w1: T('w1'), w1c: T('w1c'), n1: T('n1'), n1c: T('n1c'), w2: T('w2'), n2: T('n2'),
  sp: T('sp'), sp2: T('sp2'), c1: T('c1'), cn1: T('cn1'), c2: T('c2'), cn2: T('cn2'), lx3: T('lx3'), w1s: T('w1s'), ns2: T('ns2'), ps3: T('ps3'), ps5: T('ps5'),
};

const BIAS_FEATURE = f1(K.bias, 0);

/**
 * Feature buckets for every token: a flat array with `offsets[i]..offsets[i+1]` the features of token i.
 * The sentence position comes from the tokenizer (start of text, after . ! ? or a newline or an emoji).
 */
export function extractFeatures(tokens: Token[]): { feats: Int32Array; offsets: Int32Array } {
  const n = tokens.length;
  const info = tokens.map(infoOf);
  const at = (i: number): TokenInfo => (i >= 0 && i < n ? info[i]! : PAD);
  const feats = new Int32Array(n * 30);
  const offsets = new Int32Array(n + 1);
  let f = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = f;
    const t = tokens[i]!;
    const me = info[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const ss = t.sentenceStart ? 1 : 0;
    const meCode = me.code * 2 + ss; // casing, lex, common, sentence start
    const len = me.len;
    feats[f++] = BIAS_FEATURE;
    feats[f++] = f1(K.w, me.word);
    feats[f++] = f1(K.sh, me.shape);
    feats[f++] = f1(K.cl, meCode);
    feats[f++] = f1(K.cs, me.casing * 2 + ss);
    if (len > 3) {
      feats[f++] = f1(K.p3, me.p3);
      feats[f++] = f1(K.s3, me.s3);
      feats[f++] = f1(K.s2, me.s2);
      if (len > 5) feats[f++] = f1(K.s4, me.s4);
    }
    feats[f++] = f2(K.len, me.casing, Math.min(len, 10));
    feats[f++] = f2(K.g, gapHash(t.before), me.casing);
    feats[f++] = f2(K.ng, i + 1 < n ? gapHash(tokens[i + 1]!.before) : 3, me.casing);
    feats[f++] = f2(K.c1, p1.code, meCode);
    feats[f++] = f2(K.cn1, n1.code, meCode);
    feats[f++] = f3(K.c2, p2.casing * 8 + p1.casing, me.casing, n1.casing);
    feats[f++] = f3(K.cn2, me.casing, n1.casing, n2.casing);
    feats[f++] = f3(K.lx3, p1.lex * 8 + me.lex, n1.lex, me.casing * 2 + ss);
    // The neighbours' endings, not their words: a verb after a lone surname ("Gabriëls benadrukte", "Dua
    // keurde", "Barak kent"), a role or a preposition before it. Morphology carries to sentences never seen.
    feats[f++] = f3(K.ns2, n1.s2, n1.casing, me.casing * 2 + ss);
    feats[f++] = f3(K.ps3, p1.s3, p1.casing, me.casing * 2 + ss);
    // A longer ending of the word before: roles inside compounds that no word feature has seen ("oud-premier",
    // "VVD-fractievoorzitter", "assistent-bondscoach") end like the role itself.
    feats[f++] = f3(K.ps5, p1.s5, p1.casing, me.casing * 2 + ss);
    // The spelling's verdict (a name's letters or a word's), with casing, position and the common-word flag;
    // and with the next word's casing, which tells "Katzav is" from "Kaartjes zijn" no better than the
    // spelling does, but together with it separates a lone name opening a sentence from a noun.
    feats[f++] = f3(K.sp, me.spell, me.casing * 2 + ss, me.common * 8 + me.lex);
    feats[f++] = f3(K.sp2, me.spell, me.casing * 2 + ss, n1.casing * 8 + p1.casing);
    // The neighbouring words come last (CONTEXT_FEATURES of them): training drops them now and then so the
    // model cannot lean on a template's wording alone.
    feats[f++] = f1(K.w1, p1.word);
    feats[f++] = f2(K.w1c, p1.word, me.casing);
    feats[f++] = f3(K.w1s, p1.word, me.casing, me.lex * 2 + me.common);
    feats[f++] = f1(K.n1, n1.word);
    feats[f++] = f2(K.n1c, n1.word, me.casing);
    feats[f++] = f2(K.w2, p2.word, p1.word);
    feats[f++] = f2(K.n2, n1.word, n2.word);
  }
  offsets[n] = f;
  return { feats, offsets };
}
