// The cold evaluation's first pass (content script, first banner in a tab): every rule but personal data and the
// lesson-time reminder, handed over before those run; the final result is still exactly evaluate's.
import { expect, it } from 'vitest';
import { evaluateSliced, isWarm } from '../../src/content/evaluate-sliced.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import type { Evaluation } from '../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const LATER = new Set(['personal-data', 'during-lesson']);

it('hands over the first pass once, then gives exactly what evaluate gives', async () => {
  expect(isWarm()).toBe(false);
  // School-related, a name, a phone number and an insult: findings from both passes. During lesson hours by the
  // default timetable (a Tuesday, 10:00 in Amsterdam), so the reminder is among the later findings too.
  const now = Date.UTC(2026, 11, 1, 9, 0);
  const draft = { text: 'Ik werk als docent op het Liudger. Daan van der Meer uit H4b is een idioot, bel 06-41827356.', site: 'facebook' as const, now };
  const partials: Evaluation[] = [];
  const full = await evaluateSliced(draft, DEFAULT_SETTINGS, (p) => partials.push(structuredClone(p)));
  expect(full).toEqual(evaluate(draft, DEFAULT_SETTINGS));
  expect(partials).toHaveLength(1);
  const codes = new Set(full.findings.map((f) => f.code));
  expect(codes.has('personal-data')).toBe(true);
  expect([...codes].some((c) => !LATER.has(c))).toBe(true);
  // The first pass is the full result without the later rules' findings, in the same order.
  expect(partials[0]!.findings).toEqual(full.findings.filter((f) => !LATER.has(f.code)));
  expect(partials[0]!.related).toEqual(full.related);
  // Warm now: no slices, no partial.
  expect(isWarm()).toBe(true);
  const again: Evaluation[] = [];
  expect(await evaluateSliced(draft, DEFAULT_SETTINGS, (p) => again.push(p))).toEqual(full);
  expect(again).toHaveLength(0);
});
