// The cold evaluation in slices (content script, first draft in a tab) must give exactly what evaluate gives.
import { describe, expect, it } from 'vitest';
import { evaluateSliced, isWarm, warmOneRule } from '../../src/content/evaluate-sliced.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { RULES } from '../../src/protocol/rules/index.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { WHOLE_BELOW } from '../../src/protocol/fast-test.ts';

const DRAFTS = [
  'Trots op Daan van der Meer uit H4b, winnaar van het debat! Mail j.hoekstra@liudger.nl of bel 06-41827356.',
  'Vandaag een mooie les gehad met mijn klas op het Liudger.',
  'Wat een dag.',
];

describe('evaluateSliced', () => {
  it('gives the same evaluation as evaluate while the rules are cold, and warms them all', async () => {
    expect(isWarm()).toBe(false);
    for (const text of DRAFTS) {
      const draft = { text, site: 'facebook' as const, now: 0 };
      expect(await evaluateSliced(draft, DEFAULT_SETTINGS)).toEqual(evaluate(draft, DEFAULT_SETTINGS));
    }
    expect(isWarm()).toBe(true);
    // A long draft runs the cue patterns split (fast-test.ts): until it has been seen, the evaluator is cold for it.
    const long = 'x'.repeat(WHOLE_BELOW);
    expect(isWarm(long)).toBe(false);
    // Left to warm: only the passes that get the patterns compiled to machine code (no data tables, all built).
    let steps = 0;
    while (warmOneRule(DEFAULT_SETTINGS)) steps++;
    expect(steps).toBe(RULES.length * 8);
    expect(isWarm(long)).toBe(true);
    expect(RULES.length).toBeGreaterThan(1);
  });
});
