// Lazy access to the generated name lists. The data module is imported here but only split into Sets on
// first use, so loading the evaluator costs nothing until a draft is checked. A content script that loads
// the data chunk separately can hand its strings to `installLexicon` instead.
import * as generated from '../data/names.generated.ts';
import { frontDecode } from '../front-coding.ts';
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

/** Replaces the data the lexicon is built from (e.g. a separately loaded chunk); resets the cache. */
export function installLexicon(data: LexiconData): void {
  source = data;
  cache = null;
}

/**
 * The three lists, each decoded on its first read: the abuse rule asks only whether a sentence's first word is a
 * strong first name, and it runs before a tab's first banner (issue 14), where decoding the other two lists (the
 * larger part) cost several milliseconds for nothing; the personal-data rule reads all three a moment later.
 */
export function lexicon(): Lexicon {
  if (!cache) {
    const data = source;
    cache = onFirstRead({
      strong: () => new Set(frontDecode(data.FIRST_STRONG)),
      word: () => new Set(frontDecode(data.FIRST_WORD)),
      surnames: () => new Set(frontDecode(data.SURNAMES)),
    });
  }
  return cache;
}
