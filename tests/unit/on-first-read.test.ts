// Constants built on their first read (issue 14: the evaluator's module load builds nothing a draft does not use).
import { expect, it } from 'vitest';
import { CUE } from '../../src/protocol/context/cues.ts';
import { onFirstRead } from '../../src/protocol/on-first-read.ts';
import { WORK_CUES } from '../../src/protocol/related.ts';

it('makes each value on its first read only, once, and keeps it', () => {
  const made: string[] = [];
  const o = onFirstRead({
    a: () => (made.push('a'), /a/u),
    b: () => (made.push('b'), [1, 2]),
  });
  expect(made).toEqual([]);
  const a = o.a;
  expect(made).toEqual(['a']);
  expect(o.a).toBe(a);
  expect(o.b).toEqual([1, 2]);
  expect(o.b).toBe(o.b);
  expect(made).toEqual(['a', 'b']);
  // Enumerable like a plain object's, so tests that walk the exports (regex-safety, fast-test) still see every value.
  expect(Object.keys(o)).toEqual(['a', 'b']);
  expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
});

it('leaves the relatedness cue patterns unbuilt until a draft needs them', () => {
  // Own property descriptors: an accessor is a value not built yet (reading it through the object would build it).
  const unbuilt = (o: object) => Object.values(Object.getOwnPropertyDescriptors(o)).filter((d) => d.get).length;
  expect(unbuilt(CUE)).toBe(Object.keys(CUE).length);
  expect(unbuilt(WORK_CUES)).toBe(3);
  expect(CUE.NOT_AS_STAFF).toBeInstanceOf(RegExp);
  expect(unbuilt(CUE)).toBe(Object.keys(CUE).length - 1);
  expect(WORK_CUES.STRONG_WORK.every((re) => re instanceof RegExp)).toBe(true);
});
