// The set-aside A8 cases (abusive-setaside.ts), kept out of the work on the rule and measured once at the end.
// First and only measurement is recorded in the commit that added this file; thresholds are the issue's
// targets for unseen functional tests (contrast ≥ 0.95), recall raised to a little under what it reaches (0.952), so a regression fails.
import { describe, expect, it } from 'vitest';
import { table } from './abusive-functional.test.ts';
import { SET_ASIDE_CASES } from './abusive-setaside.ts';

describe('A8 set-aside cases', () => {
  it('meet the targets for unseen cases', { timeout: 120_000 }, () => {
    const t = table(SET_ASIDE_CASES);
    console.log(`set-aside: recall ${t.recall.toFixed(3)} of ${t.pos}, contrast ${t.contrast.toFixed(3)} of ${t.neg}\n${t.misses.join('\n')}`);
    expect(t.recall).toBeGreaterThanOrEqual(0.93);
    expect(t.contrast).toBeGreaterThanOrEqual(0.95);
  });
});
