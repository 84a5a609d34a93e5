// Warming ahead of use (content script, idle time): the large data tables are built one per step before the rules,
// so no step carries all of them, then one rule on one form of the sample per step; after every step the
// evaluator still gives what evaluate gives.
import { expect, it } from 'vitest';
import { evaluateSliced, isWarm, warmOneRule } from '../../src/content/evaluate-sliced.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { RULES } from '../../src/protocol/rules/index.ts';
import { DATA_WARMERS } from '../../src/protocol/warm-data.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { WHOLE_BELOW } from '../../src/protocol/fast-test.ts';

it('takes one step per data table and one per rule, then reports nothing left', async () => {
  expect(isWarm()).toBe(false);
  let steps = 0;
  while (warmOneRule(DEFAULT_SETTINGS)) steps++;
  // Each data table, then each rule on the short and the long sample in their one- and two-byte forms, twice each.
  expect(steps).toBe(DATA_WARMERS.length + RULES.length * 8);
  expect(isWarm()).toBe(true);
  expect(isWarm('x'.repeat(WHOLE_BELOW))).toBe(true);
  const draft = { text: 'Trots op Daan van der Meer uit H4b! Bel 06-41827356.', site: 'facebook' as const, now: 0 };
  expect(await evaluateSliced(draft, DEFAULT_SETTINGS)).toEqual(evaluate(draft, DEFAULT_SETTINGS));
});
