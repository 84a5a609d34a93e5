// Pure check that an insertion did what it should: the draft read back is the draft before plus the inserted
// text, and the disclaimer is there exactly once. Editors differ in how they represent line breaks and
// trailing spaces (non-breaking spaces, an empty block for a trailing newline), so those are compared loosely;
// any other difference — a lost, duplicated or moved word — fails.

export type InsertOutcome = 'ok' | 'missing' | 'duplicated' | 'changed';

const loose = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function verifyInsertion(before: string, after: string, inserted: string): InsertOutcome {
  const core = loose(inserted);
  const had = count(loose(before), core);
  const has = count(loose(after), core);
  if (has <= had) return 'missing';
  if (has > had + 1) return 'duplicated';
  return loose(after) === loose(before + inserted) ? 'ok' : 'changed';
}
