// Words of a draft for the A8 grammar, each with its [start, end) offsets in the normalised text and a matching
// key that folds spelling variants: digits and symbols for letters ("1d10t", "b!tch", "k@nker"), repeated
// letters ("idioooot", "sukkkel" and "sukel" all become "sukel"), apostrophes, hyphens and accents. Written by
// hand: it is a single linear pass over char codes, and no tokenizer library keeps offsets through these folds.
import { withinOneEdit } from '../edit-distance.ts';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e' };
/** Characters that count inside a word when a letter or digit follows: "b!tch", "f*ck", "you're", "kut-wijf". */
const JOINERS = new Set(['@', '$', '!', '|', '*', "'", '-', '€', '.']);
export const DIACRITIC = /\p{M}/gu;
// eslint-disable-next-line no-control-regex
export const NON_ASCII = /[^\u0000-\u007f]/;

/** Capitalised words that are not people. */
const NOT_NAME = new Set(
  'monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays maandag maandagen dinsdag dinsdagen woensdag woensdagen donderdag donderdagen vrijdag vrijdagen zaterdag zaterdagen zondag zondagen january february march april may june july august september october november december januari februari maart mei juni juli augustus oktober christmas kerst pasen easter god'.split(' '),
);

/**
 * Work done in the parts whose cost grows with a word's length or a clause's length, in character or token
 * steps. Read by a unit test that checks the growth is linear (twice the draft, about twice the work), which a
 * timed test could not show reliably on a shared machine.
 */
export const work = { steps: 0 };

/**
 * Words longer than this are never matched fuzzily or split into parts: no insult or person noun is this long,
 * and without the cap one long run of digits or capitals costs time quadratic in its length (each of its
 * one-letter deletions is a new string as long as the word).
 */
export const MAX_FUZZY_WORD = 24;

/** Titles written with a stop before a name. */
const TITLE_ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'dhr', 'mw', 'mevr', 'prof', 'drs', 'ir', 'mr', 'st']);

export interface Token {
  /** Offsets in the normalised text. */
  s: number;
  e: number;
  /** Lower-cased surface form. */
  w: string;
  /** Matching key. */
  k: string;
  /** Capitalised in the draft and not the first word of a sentence: likely a name. */
  cap: boolean;
  /** Punctuation before this word: 0 none, 1 a clause break (comma, colon, dash), 2 a sentence break. */
  brk: 0 | 1 | 2;
  /** Between quotation marks. */
  quoted: boolean;
  /** Starts with a capital letter in the draft. */
  upper: boolean;
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
}

/**
 * West Frisian closed-class words read as their Dutch counterparts: pronouns, determiners, modals, negators and
 * prepositions. Staff in Friesland write Frisian posts, and every frame of the grammar (and the model's class
 * features) is keyed on these words; content words are left to the fuzzy match ("idioat" is one edit from
 * "idioot"). Only words that are no Dutch or English word themselves: "in" (a), "it" (the), "do" (you), "net"
 * (not), "ús" (our), "mei" (with) are left as they are.
 */
const FRISIAN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dy: 'die', dizze: 'deze', hy: 'hij', sy: 'zij', wy: 'wij', syn: 'zijn', myn: 'mijn', dyn: 'jouw', harren: 'hun', fan: 'van',
    san: 'zon', moat: 'moet', moatte: 'moeten', soe: 'zou', sil: 'zal', wol: 'wil', kinne: 'kunnen', gjin: 'geen', noait: 'nooit',
    nimmen: 'niemand', immen: 'iemand', elkenien: 'iedereen', hjir: 'hier', noch: 'nog', ien: 'een', kear: 'keer', binne: 'zijn',
    wurde: 'worden', foar: 'voor', oer: 'over', troch: 'door', sunder: 'zonder', mear: 'meer', altyd: 'altijd', wer: 'weer',
    hawwe: 'hebben', hie: 'had', halde: 'houden', jimme: 'jullie', ut: 'uit', sa: 'zo',
  }),
);

/** The matching key of a word. */
export function keyOf(word: string): string {
  const k = keyOfRaw(word);
  return FRISIAN.get(k) ?? k;
}
function keyOfRaw(word: string): string {
  // Fast path: plain lower-case ASCII letters with no run of three (most words) are their own key.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const code = word.charCodeAt(i);
    plain = code >= 97 && code <= 122 && !(i >= 2 && code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2));
  }
  if (plain) return word;
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(DIACRITIC, '');
  let letters = false;
  for (let i = 0; i < w.length && !letters; i++) letters = w[i]! >= 'a' && w[i]! <= 'z';
  // Runs of three or more letters become two ("idiooooot" -> "idioot"); a dropped double letter ("sukel") is
  // left to the one-edit fuzzy match, because folding all doubles makes "zoon" "zon" and "been" "ben".
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    let c = ch;
    if (letters && LEET[c] !== undefined) c = LEET[c]!;
    if (c === "'" || c === '-' || c === '*' || c === '.' || c === '\u2019') continue;
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run > 2) continue;
    out += c;
  }
  return out;
}

/** Words of `lower` (the normalised, lower-cased draft); `text` is the same with its case, for names. */
export function tokenize(lower: string, text: string): Token[] {
  const out: Token[] = [];
  const n = lower.length;
  let brk: 0 | 1 | 2 = 2;
  let inDouble = false;
  let inSingle = false;
  let i = 0;
  while (i < n) {
    const c = lower[i]!;
    if (isWordChar(c) || ((c === '@' || c === '$') && i + 1 < n && isWordChar(lower[i + 1]!))) {
      let j = i + 1;
      while (j < n) {
        const d = lower[j]!;
        if (isWordChar(d)) j++;
        else if (JOINERS.has(d) && j + 1 < n && isWordChar(lower[j + 1]!) && !(d === '.' && !isWordChar(lower[j - 1]!))) j++;
        else break;
      }
      const w = lower.slice(i, j);
      const first = text[i]!;
      out.push({ s: i, e: j, w, k: keyOf(w), cap: brk !== 2 && first !== c && w !== 'i' && !NOT_NAME.has(w), brk, quoted: inDouble || inSingle, upper: first !== c });
      brk = 0;
      i = j;
      continue;
    }
    if (c === '.' && out.length > 0 && out[out.length - 1]!.e === i && TITLE_ABBREV.has(out[out.length - 1]!.w)) {
      // "Mr. Howard", "Dhr. Jansen": the stop of a title is no sentence break, so the name stays a name.
    } else if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ';') {
      brk = 2;
      inSingle = false;
      if (c === '\n') inDouble = false;
    } else if (c === ',' || c === ':' || c === '(' || c === ')' || c === '-' || c === '\u2013') {
      if (brk < 1) brk = 1;
    } else if (c === '"') {
      inDouble = !inDouble;
      if (brk < 1) brk = 1;
    } else if (c === "'") {
      // A single quote opens at a word start and closes at a word end; apostrophes inside words never get here.
      const before = i > 0 ? lower[i - 1]! : ' ';
      const after = i + 1 < n ? lower[i + 1]! : ' ';
      if (!inSingle && !isWordChar(before) && isWordChar(after)) inSingle = true;
      else if (inSingle && !isWordChar(after)) inSingle = false;
    } else if (c > '\u00ff' && c !== ' ') {
      // Emoji and other symbols end a clause ("sukkel 😂 tot morgen").
      if (brk < 1) brk = 1;
    }
    i++;
  }
  return out;
}

/**
 * Symmetric-delete index (as in SymSpell): every key and its one-letter deletions map to the key, so a word one
 * edit away (a dropped, added, swapped or replaced letter) finds it with a handful of lookups.
 */
export class FuzzyIndex {
  private readonly map = new Map<string, string>();
  constructor(keys: Iterable<string>, minLength: number) {
    for (const k of keys) {
      if (k.length < minLength) continue;
      this.map.set(k, k);
      for (let i = 0; i < k.length; i++) {
        const d = k.slice(0, i) + k.slice(i + 1);
        if (!this.map.has(d)) this.map.set(d, k);
      }
    }
  }
  /** The indexed key at most one edit from `k`, if any. */
  find(k: string): string | undefined {
    if (k.length > MAX_FUZZY_WORD) return undefined;
    work.steps += k.length * k.length;
    const hit = this.map.get(k);
    if (hit && withinOneEdit(hit, k)) return hit;
    for (let i = 0; i < k.length; i++) {
      const d = k.slice(0, i) + k.slice(i + 1);
      const h = this.map.get(d);
      if (h && withinOneEdit(h, k)) return h;
    }
    return undefined;
  }
}
