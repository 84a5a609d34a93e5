// Fixes are data: applying them is a pure string function, shared by the CLI, the banner and tests.
import type { Edit } from './types.ts';

/** Applies non-overlapping edits (offsets into `text`); throws on overlapping or out-of-range edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) throw new RangeError(`bad edit [${e.start}, ${e.end})`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
