// Lazy access to the generated name lists. The data module is imported here but only split into Sets on
// first use, so loading the evaluator costs nothing until a draft is checked. A content script that loads
// the data chunk separately can hand its strings to `installLexicon` instead.
import * as generated from '../data/names.generated.ts';
import { frontCodedHas, frontDecode } from '../front-coding.ts';
import { onFirstRead } from '../on-first-read.ts';

/** The generated lists' shape: sorted, front-coded (../front-coding.ts). */
export interface LexiconData {
  FIRST_STRONG: string;
  FIRST_WORD: string;
  SURNAMES: string;
}

export interface Lexicon {
  /** First names that are not ordinary words. */
  strong: Set<string>;
  /** First names that are also common words (Roos, Mark, Grace). */
  word: Set<string>;
  /** Family names in natural order, lower case ("de jong", "bosma"). */
  surnames: Set<string>;
}

let source: LexiconData = generated;
let cache: Lexicon | null = null;
/** The strong first names once decoded (by `lexicon().strong`), for {@link isStrongFirstName}. */
let strongSet: Set<string> | null = null;

/** Replaces the data the lexicon is built from (e.g. a separately loaded chunk); resets the cache. */
export function installLexicon(data: LexiconData): void {
  source = data;
  cache = null;
  strongSet = null;
}

/**
 * `lexicon().strong.has(word)`, without decoding the list while it is not decoded yet: a scan of the coded list
 * then (well under a millisecond, against some 10 ms to build the set of 13,800 names cold). The abuse rule asks
 * this about a sentence's first word on the way to a tab's first banner (issue 14); the personal-data rule and
 * the idle warm-up (warm-data.ts) build the set a moment later, and from then on this is a set look-up.
 */
export function isStrongFirstName(word: string): boolean {
  return strongSet ? strongSet.has(word) : frontCodedHas(source.FIRST_STRONG, word);
}

/**
 * The three lists, each decoded on its first read: the personal-data rule reads all three, after a tab's first
 * banner (issue 14); the abuse rule, before it, asks only about strong first names (isStrongFirstName).
 */
export function lexicon(): Lexicon {
  if (!cache) {
    const data = source;
    cache = onFirstRead({
      strong: () => (strongSet = new Set(frontDecode(data.FIRST_STRONG))),
      word: () => new Set(frontDecode(data.FIRST_WORD)),
      surnames: () => new Set(frontDecode(data.SURNAMES)),
    });
  }
  return cache;
}
