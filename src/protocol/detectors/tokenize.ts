// A single linear pass that splits text into word tokens. Hand-written rather than a regex split so that
// each token knows cheaply whether it starts a sentence, which the name rules depend on.

export interface Token {
  /** Offsets into the (normalised) text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** First letter is upper case. */
  cap: boolean;
  /** All letters upper case and more than one letter (ADHD, SLOW). */
  allCaps: boolean;
  /** Nothing but spaces, quotes and emoji between this token and the start of a sentence or line. */
  sentenceStart: boolean;
  /** Consists of digits only. */
  numeric: boolean;
  /** The characters between the previous token and this one, without spaces (often '', ',' or '.'). */
  before: string;
}

export const LETTER_RE = /[\p{L}\p{M}]/u;
export const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return false;
  return LETTER_RE.test(text[i]!);
}

function gap(text: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (ch !== ' ' && ch !== '\t') out += ch;
    if (out.length > 8) break; // only short gaps are ever compared
  }
  return out;
}

/**
 * Splits `text` (or its range [from, to)) into tokens of letters and digits; apostrophes and hyphens inside a
 * word stay in it. Offsets are always into the whole text.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(to, text.length);
  let i = from;
  let prevEnd = from;
  let boundary = true; // start of text counts as the start of a sentence
  while (i < n) {
    if (!wordChar(text, i)) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) boundary = true; // . ! ? newline …
      else if (c >= 0xd800 && c <= 0xdfff) boundary = true; // astral emoji
      else if (c >= 0x2000 && !LETTER_OR_DIGIT_RE.test(text[i]!)) boundary = true; // symbols and emoji
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let digits = 0;
    while (i < n) {
      if (wordChar(text, i)) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
        else if (c >= 65 && c <= 90) upper++;
        else if (c >= 97 && c <= 122) lower++;
        else {
          const ch = text[i]!;
          if (ch !== ch.toLowerCase()) upper++;
          else if (ch !== ch.toUpperCase()) lower++;
        }
        i++;
        continue;
      }
      const c = text[i];
      // Keep "Jan-Willem", "collega's", "d'Hondt" together; "e-mail" too, which does no harm.
      if ((c === '-' || c === "'") && i + 1 < n && i > start && wordChar(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    const tokText = text.slice(start, i);
    const first = tokText[0]!;
    tokens.push({
      start,
      end: i,
      text: tokText,
      lower: tokText.toLowerCase(),
      cap: first !== first.toLowerCase(),
      allCaps: upper > 1 && lower === 0,
      sentenceStart: boundary,
      numeric: digits === i - start,
      before: gap(text, prevEnd, start),
    });
    prevEnd = i;
    boundary = false;
  }
  return tokens;
}

/**
 * Cuts a long text into ranges of about `size` characters that end at a line break, a sentence end or at
 * least a space, so that token-level detectors can run range by range. A long paste then never holds all its
 * tokens alive at once: a token array that outgrows the young generation makes every scavenge copy it, which
 * grew the time per character with the paste's length.
 */
export function chunkRanges(text: string, size = 8192): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let a = 0;
  while (a < n) {
    if (n - a <= size * 1.5) {
      out.push([a, n]);
      break;
    }
    const from = a + size;
    const limit = Math.min(n, from + 1024);
    let cut = -1;
    let space = -1;
    for (let k = from; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(k + 1) === 32)) {
        cut = k + 1;
        break;
      }
      if (space < 0 && (c === 32 || c === 9)) space = k + 1;
    }
    if (cut < 0) cut = space > 0 ? space : from;
    out.push([a, cut]);
    a = cut;
  }
  return out;
}
