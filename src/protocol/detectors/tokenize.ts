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
  /** The characters between the previous token and this one (trimmed of spaces). */
  before: string;
}

const isLetter = (c: string) => /\p{L}|\p{M}/u.test(c);
const isDigit = (c: number) => c >= 48 && c <= 57;

function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c)) return true;
  if (c < 0xc0) return false;
  return isLetter(text[i]!);
}

/** Splits `text` into tokens of letters and digits; apostrophes and hyphens inside a word stay in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  let boundary = true; // start of text counts as the start of a sentence
  while (i < n) {
    if (!wordChar(text, i)) {
      const ch = text[i]!;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '…') boundary = true;
      else if (ch.charCodeAt(0) >= 0x2000 && !/[\p{L}\p{N}]/u.test(ch)) boundary = true; // emoji and symbols
      else if (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff) boundary = true; // astral emoji
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      if (wordChar(text, i)) {
        i++;
        continue;
      }
      const c = text[i];
      // Keep "Jan-Willem", "collega's", "d'Hondt" together; "e-mail" too, which does no harm.
      if ((c === '-' || c === "'") && i + 1 < n && wordChar(text, i + 1) && i > start) {
        i++;
        continue;
      }
      break;
    }
    const tokText = text.slice(start, i);
    const first = tokText[0]!;
    const upper = first !== first.toLowerCase();
    const letters = tokText.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end: i,
      text: tokText,
      lower: tokText.toLowerCase(),
      cap: upper,
      allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentenceStart: boundary,
      numeric: /^\d+$/.test(tokText),
      before: text.slice(prevEnd, start).trim(),
    });
    prevEnd = i;
    boundary = false;
  }
  return tokens;
}
