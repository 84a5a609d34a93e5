// The A8 functional sets written by writers who never saw the code, after their one unseen measurement: floors keep
// what merged main reaches, so a change that trades them away shows here (tests/functional/README.md has the
// first figures). Recall is over abusive cases, contrast the share of the others left unflagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const FLOORS: Record<string, { recall: number; contrast: number }> = {
  // session 22: unseen 0.714 / 0.956 (6f7a3cf); session 23 merged main 0.771 / 0.978 (tuned on by the a8 branch)
  'a8-s22.jsonl': { recall: 0.77, contrast: 0.97 },
  // session 23: unseen 0.807 / 0.944 (13b7439), merged main 99c359b 0.800 / 0.944, never tuned on
  'a8-s23.jsonl': { recall: 0.8, contrast: 0.94 },
};

describe.each(Object.entries(FLOORS))('A8 on %s', (file, floor) => {
  const rows = readFileSync(new URL(`../../functional/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; abusive: boolean });
  const fired = rows.map((r) => evaluate({ text: r.text, site: 'facebook' }, DEFAULT_SETTINGS).findings.some((f) => f.code === 'abusive'));
  const share = (abusive: boolean, want: boolean) => {
    const idx = rows.flatMap((r, i) => (r.abusive === abusive ? [i] : []));
    return idx.filter((i) => fired[i] === want).length / idx.length;
  };
  it('keeps its recall', () => expect(share(true, true)).toBeGreaterThanOrEqual(floor.recall));
  it('keeps its contrast cases unflagged', () => expect(share(false, false)).toBeGreaterThanOrEqual(floor.contrast));
});
