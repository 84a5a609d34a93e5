import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('student-number', () => {
  it.each([
    ['leerlingnummer 204718', '204718'],
    ['Bij lln.nr 207745 gaat het mis', '207745'],
    ['(lln.nr. 123457)', '123457'],
    ['student no. 211093', '211093'],
    ["student 214407's assignments", '214407'],
    ['Student ID: 234567', '234567'],
  ])('finds it in %j', (text, number) => {
    expect(found(text, 'student-number')).toEqual([number]);
  });
  it('leaves unrelated and example numbers alone', () => {
    expect(found('with their student number (e.g. 123456)', 'student-number')).toEqual([]);
    expect(found('400 leerlingen en 123456 boeken', 'student-number')).toEqual([]);
    expect(found('bestelnummer 123456', 'student-number')).toEqual([]);
  });
});
