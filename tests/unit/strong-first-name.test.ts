// The abuse rule asks whether a sentence's first word is a strong first name before the name lexicon is decoded
// (issue 14: a tab's first banner). A file of its own: no other test may have built the set first.
import { expect, it } from 'vitest';
import { FIRST_STRONG } from '../../src/protocol/data/names.generated.ts';
import { isStrongFirstName, lexicon } from '../../src/protocol/detectors/lexicon.ts';
import { frontDecode } from '../../src/protocol/front-coding.ts';

it("answers as the strong first names' set does, before and after the set is built", () => {
  const names = frontDecode(FIRST_STRONG);
  const probes = [...names.filter((_, i) => i % 97 === 0), 'sanne', 'vandaag', 'liudger', 'bram', 'jayden', 'aaa', 'zzzz', 'de jong', 'sann', 'sannes'];
  const want = new Set(names);
  const before = probes.map((w) => isStrongFirstName(w));
  expect(before).toEqual(probes.map((w) => want.has(w)));
  expect(before.filter(Boolean).length).toBeGreaterThan(100);
  // Reading the set builds it; from then on the answer comes from it, and stays the same.
  expect(lexicon().strong.size).toBe(want.size);
  expect(probes.map((w) => isStrongFirstName(w))).toEqual(before);
});
