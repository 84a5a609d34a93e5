// `re.test(text)` with the same answer, faster for patterns that open with lookbehinds.
//
// Why: most of the evaluator's cue patterns open with a word-boundary lookbehind, `(?<![\p{L}\p{N}])(?:…)`.
// V8's regex engine then enters the whole matcher at every position of the draft, instead of skipping ahead to
// where the first alternatives' letters occur: on a 3,000-character draft that made a pattern that finds
// nothing cost two to four times the scan without the lookbehind. Here the body after the leading lookbehinds is
// searched on its own (a global copy of the pattern), and the lookbehinds are checked at each place the body
// matches, with a sticky pattern of just those assertions. A pattern matches at a place exactly when its
// leading zero-width assertions hold there and its body matches from there, so the answer is the same; every
// place the body matches is tried, in order, until one passes.
//
// Patterns this does not apply to (no leading lookbehind, or a top-level `|` after it, where the lookbehind
// would bind only the first alternative) fall back to `re.test` itself.

interface Split {
  /** The leading lookbehinds, sticky: matches (empty) at lastIndex when they all hold there. */
  assertions: RegExp;
  /** The rest of the pattern, global: finds the next place the body matches. */
  body: RegExp;
  unicode: boolean;
}

const splits = new WeakMap<RegExp, Split | null>();

/** The end of the group that opens at `source[open]` ('('), or -1; escapes and character classes are skipped. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Is there a `|` outside every group and class in `source`? */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

function split(re: RegExp): Split | null {
  const src = re.source;
  let at = 0;
  while (src.startsWith('(?<!', at) || src.startsWith('(?<=', at)) {
    const end = groupEnd(src, at);
    if (end < 0) return null;
    at = end + 1;
  }
  const body = src.slice(at);
  // Nothing to gain, or the lookbehind binds only the first top-level alternative: leave the pattern whole.
  if (at === 0 || !body || topLevelAlternation(body)) return null;
  // Back-references would number differently if the assertions held groups; such patterns stay whole.
  if (/\\[1-9]|\\k</.test(src)) return null;
  const flags = re.flags.replace(/[gy]/g, '');
  return { assertions: new RegExp(src.slice(0, at), flags + 'y'), body: new RegExp(body, flags + 'g'), unicode: re.unicode || re.flags.includes('v') };
}

function splitOf(re: RegExp): Split | null {
  let s = splits.get(re);
  if (s === undefined) {
    s = re.global || re.sticky ? null : split(re);
    splits.set(re, s);
  }
  return s;
}

/**
 * Below this length `matches`, `firstMatch` and `allMatches` run the pattern whole. The split costs the body and the assertions a pattern each,
 * parsed and compiled on first use besides the whole one; on a short draft the lookbehind's cost it avoids is
 * small, while on a tab's first evaluation those extra compilations were a fifth of the time (issue 14: the first
 * banner). Long drafts, where the split pays, still get it; the evaluator's warm-up covers both lengths.
 */
export const WHOLE_BELOW = 400;

/** Same as `re.test(text)` for a pattern without the `g` or `y` flag (those carry state this does not keep). */
export function matches(re: RegExp, text: string): boolean {
  if (text.length < WHOLE_BELOW) return re.test(text);
  const s = splitOf(re);
  return s ? first(s, text) !== null : re.test(text);
}

/**
 * Same as `re.exec(text)` for a pattern without the `g` or `y` flag as far as the match's place and text go
 * (`index`, `[0]`); capture groups inside the leading lookbehinds are not reported.
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (text.length < WHOLE_BELOW) return re.exec(text);
  const s = splitOf(re);
  return s ? first(s, text) : re.exec(text);
}

const twins = new WeakMap<RegExp, RegExp>();

/**
 * Same matches as `text.matchAll(re)` for a global pattern, in order (`index`, `[0]`; capture groups inside the
 * leading lookbehinds are not reported). The pattern's own lastIndex is neither read nor changed.
 */
export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  // matchAll starts at the pattern's lastIndex (on a copy that shares its compiled code, leaving it unchanged).
  if (text.length < WHOLE_BELOW && re.global && re.lastIndex === 0) {
    yield* text.matchAll(re);
    return;
  }
  let one = twins.get(re);
  if (!one) {
    one = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    twins.set(re, one);
  }
  const s = re.sticky ? null : splitOf(one);
  if (!s) {
    yield* text.matchAll(re);
    return;
  }
  let from = 0;
  while (from <= text.length) {
    const m = first(s, text, from);
    if (!m) return;
    yield m;
    from = m.index + m[0].length;
    // An empty match moves on by one character (a whole surrogate pair in a Unicode pattern), as matchAll does.
    if (!m[0].length) from += s.unicode && isPairAt(text, m.index) ? 2 : 1;
  }
}

/** Same as `text.replace(re, (m) => ' '.repeat(m.length))` for a global pattern: its matches blanked, offsets kept. */
export function blankMatches(re: RegExp, text: string): string {
  let out = '';
  let done = 0;
  for (const m of allMatches(re, text)) {
    out += text.slice(done, m.index) + ' '.repeat(m[0].length);
    done = m.index + m[0].length;
  }
  return done === 0 && out === '' ? text : out + text.slice(done);
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

function first(s: Split, text: string, from = 0): RegExpExecArray | null {
  const { assertions, body, unicode } = s;
  body.lastIndex = from;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    assertions.lastIndex = m.index;
    if (assertions.test(text)) {
      body.lastIndex = 0;
      return m;
    }
    // The next place to try: one character on (a whole surrogate pair in a Unicode pattern, whose matcher
    // only starts at code points).
    body.lastIndex = m.index + (unicode && isPairAt(text, m.index) ? 2 : 1);
  }
  body.lastIndex = 0;
  return null;
}
