// `String.prototype.matchAll` clones its RegExp on every call, which dominates the cost on short drafts;
// exec with a reset lastIndex reuses the precompiled one.

/** Calls `fn` for each match of the global RegExp `re` in `text`. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
  re.lastIndex = 0;
}

export const DIGIT_RE = /\d/;
