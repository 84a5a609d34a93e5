// Detection runs on a normalised copy of the draft, while findings must point into the original text.
// No library keeps an offset map through NFKC and confusable folding, hence this small hand-written pass.
//
// Most drafts are ASCII with a few accents and emoji, which normalisation leaves alone, so the offset map only
// records the clusters it changed ("segments"); everything between two segments maps one-to-one. That keeps
// the pass linear and nearly allocation-free on a 100,000-character paste.

export interface NormalizedText {
  /** The original draft, or the start of it that `text` covers when the output cap cut it short. */
  original: string;
  /** True when the output cap stopped normalisation before the end of the draft. */
  truncated: boolean;
  /** NFKC, without zero-width characters and soft hyphens, look-alike letters folded to Latin. */
  text: string;
  /** `text` lower-cased character by character, so it has the same length and offsets as `text`. */
  lower: string;
  /** Maps a `[start, end)` range of `text` back to the original string. */
  toOriginal(start: number, end: number): [number, number];
}

// Invisible characters that are used to dodge filters or appear from copy-paste.
export const INVISIBLE_RE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]$/;
export const COMBINING_RE = /^\p{M}$/u;
// Characters that are certainly left alone: Latin-1 letters and most of Latin Extended-A/B are NFKC-stable.
const STABLE_RANGES: [number, number][] = [
  [0x00c0, 0x00ff],
  [0x0100, 0x0131],
  [0x0134, 0x013e],
  [0x0141, 0x0148],
  [0x014a, 0x017e],
];

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

function isStable(code: number): boolean {
  if (code < 0x80) return code !== 0x60;
  for (const [lo, hi] of STABLE_RANGES) if (code >= lo && code <= hi) return code !== 0x00b4;
  return false;
}

function isCombining(original: string, j: number): boolean {
  const code = original.charCodeAt(j);
  // Combining marks all lie at U+0300 and above; the cheap test spares the regex for the common case.
  return code >= 0x300 && COMBINING_RE.test(String.fromCodePoint(original.codePointAt(j)!));
}

function fold(cluster: string): string {
  if (INVISIBLE_RE.test(cluster)) return '';
  const mapped = (CONFUSABLES[cluster] ?? cluster).normalize('NFKC');
  let clean = '';
  for (const ch of mapped) clean += CONFUSABLES[ch] ?? (INVISIBLE_RE.test(ch) ? '' : ch);
  return clean;
}

/**
 * Normalises `original` for detection; see {@link NormalizedText}. Linear in the length of the input.
 *
 * NFKC can make text much longer ("\uFDFA" alone becomes 18 characters), so a cap on the draft's own length does
 * not bound the work of the rules that follow. With `maxLength`, normalisation stops at the last whole cluster
 * whose output still fits: `text` is at most `maxLength` long and `original` is the start of the draft it covers.
 */
export function normalize(input: string, maxLength = Infinity): NormalizedText {
  let n = input.length;
  // Changed clusters, as parallel arrays: where they start in the output and in the original, and their lengths.
  const segOut: number[] = [];
  const segSrc: number[] = [];
  const segOutLen: number[] = [];
  const segSrcLen: number[] = [];
  const parts: string[] = [];
  let runStart = 0; // start of the current run of unchanged characters
  let outLen = 0;
  let i = 0;
  // Where the current run of unchanged characters reaches the cap (each one is one output unit).
  let stopAt = maxLength;
  let cut = false;
  while (i < n) {
    if (i >= stopAt) {
      cut = true;
      break;
    }
    const code = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    if (isStable(code) && next < 0x300) {
      i++;
      continue;
    }
    // One cluster: a code point and the combining marks after it, so NFKC can compose them.
    let j = i + (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (j < n && isCombining(input, j) && !INVISIBLE_RE.test(input[j]!)) j++;
    const cluster = input.slice(i, j);
    const mapped = fold(cluster);
    const grows = mapped === cluster ? j - i : mapped.length;
    if (outLen + (i - runStart) + grows > maxLength) {
      cut = true;
      break;
    }
    if (mapped === cluster) {
      i = j;
      continue;
    }
    outLen += i - runStart;
    parts.push(input.slice(runStart, i), mapped);
    segOut.push(outLen);
    segSrc.push(i);
    segOutLen.push(mapped.length);
    segSrcLen.push(j - i);
    outLen += mapped.length;
    i = runStart = j;
    stopAt = runStart + (maxLength - outLen);
  }
  // Cut short: the original is the part the output covers, so every offset stays inside it.
  const original = cut ? input.slice(0, i) : input;
  n = original.length;
  let text: string;
  if (segOut.length === 0) {
    text = original;
  } else {
    parts.push(original.slice(runStart));
    text = parts.join('');
  }

  const lowered = text.toLowerCase();
  let lower = lowered;
  if (lowered.length !== text.length) {
    // A few characters (İ) grow when lower-cased; keep those as they are so offsets stay shared.
    const chars: string[] = [];
    for (let k = 0; k < text.length; k++) {
      const l = text[k]!.toLowerCase();
      chars.push(l.length === 1 ? l : text[k]!);
    }
    lower = chars.join('');
  }

  /** Index of the last segment starting at or before output position `p`, or -1. */
  const segmentAt = (p: number): number => {
    let lo = 0;
    let hi = segOut.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segOut[mid]! <= p) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  /** Original range of output unit `p`. */
  const source = (p: number): [number, number] => {
    const s = segmentAt(p);
    if (s < 0) return [p, p + 1];
    const end = segOut[s]! + segOutLen[s]!;
    if (p < end) return [segSrc[s]!, segSrc[s]! + segSrcLen[s]!];
    const o = segSrc[s]! + segSrcLen[s]! + (p - end);
    return [o, o + 1];
  };

  return {
    original,
    truncated: cut,
    text,
    lower,
    toOriginal(start: number, end: number): [number, number] {
      if (text.length === 0) return [0, 0];
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      const os = s < text.length ? source(s)[0] : n;
      const oe = e > s ? source(e - 1)[1] : os;
      return [os, oe];
    },
  };
}
