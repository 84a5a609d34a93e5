// Detection runs on a normalised copy of the draft, while findings must point into the original text.
// No library keeps an offset map through NFKC and confusable folding, hence this small hand-written pass.

export interface NormalizedText {
  /** The original draft. */
  original: string;
  /** NFKC, without zero-width characters and soft hyphens, look-alike letters folded to Latin. */
  text: string;
  /** `text` lower-cased character by character, so it has the same length and offsets as `text`. */
  lower: string;
  /** Maps a `[start, end)` range of `text` back to the original string. */
  toOriginal(start: number, end: number): [number, number];
}

// Invisible characters that are used to dodge filters or appear from copy-paste.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

// Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset).
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ї: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Һ: 'H',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Typographic punctuation folded to ASCII so patterns need only one form.
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

const COMBINING = /\p{M}/u;

/** Normalises `original` for detection; see {@link NormalizedText}. Linear in the length of the input. */
export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  // srcStart[i] / srcEnd[i]: the original range that produced output UTF-16 unit i.
  const srcStart: number[] = [];
  const srcEnd: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // ASCII fast path: ASCII is already in normal form (except the backtick), unless a combining mark follows.
    if (code < 0x80 && code !== 0x60 && !(i + 1 < n && original.charCodeAt(i + 1) >= 0x300)) {
      out.push(original[i]!);
      srcStart.push(i);
      srcEnd.push(i + 1);
      i++;
      continue;
    }
    // One cluster: a code point and the combining marks after it, so NFKC can compose them.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n) {
      const cp = original.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch) || INVISIBLE.test(ch)) break;
      j += ch.length;
    }
    const cluster = original.slice(i, j);
    let mapped: string;
    if (INVISIBLE.test(cluster[0]!) && cluster.length <= 2) {
      mapped = '';
    } else {
      const folded = CONFUSABLES[cluster] ?? cluster;
      mapped = folded.normalize('NFKC');
      let clean = '';
      for (const ch of mapped) clean += CONFUSABLES[ch] ?? (INVISIBLE.test(ch) ? '' : ch);
      mapped = clean;
    }
    for (let k = 0; k < mapped.length; k++) {
      out.push(mapped[k]!);
      srcStart.push(i);
      srcEnd.push(j);
    }
    i = j;
  }
  const text = out.join('');
  let lower = '';
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) {
    lower = lowered;
  } else {
    const parts: string[] = [];
    for (let k = 0; k < text.length; k++) {
      const l = text[k]!.toLowerCase();
      parts.push(l.length === 1 ? l : text[k]!);
    }
    lower = parts.join('');
  }
  return {
    original,
    text,
    lower,
    toOriginal(start: number, end: number): [number, number] {
      if (text.length === 0) return [0, 0];
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      const os = s < text.length ? srcStart[s]! : n;
      const oe = e > s ? srcEnd[e - 1]! : os;
      return [os, oe];
    },
  };
}
