import { describe, expect, it } from 'vitest';
import { elevenProof } from '../../../src/protocol/detectors/bsn.ts';
import { found } from './helpers.ts';

describe('bsn', () => {
  it('implements the 11-proof', () => {
    expect(elevenProof('111222333')).toBe(true);
    expect(elevenProof('123456782')).toBe(true);
    expect(elevenProof('123456789')).toBe(false);
    expect(elevenProof('12345678')).toBe(false);
  });
  it('finds 11-proof numbers, with or without the word BSN', () => {
    expect(found('BSN: 111222333 van mijn dochter', 'bsn')).toEqual(['111222333']);
    expect(found('het nummer is 123456782, klopt dat?', 'bsn')).toEqual(['123456782']);
    expect(found('burgerservicenummer 1234.56.782', 'bsn')).toEqual(['1234.56.782']);
  });
  it('leaves order numbers and numbers failing the 11-proof alone', () => {
    expect(found('bestelnummer 123456782', 'bsn')).toEqual([]);
    expect(found('ordernr. 111222333 nog niet binnen', 'bsn')).toEqual([]);
    expect(found('BSN 123456789', 'bsn')).toEqual([]);
    expect(found('€ 111222333', 'bsn')).toEqual([]);
  });
});
