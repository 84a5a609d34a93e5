import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('iban', () => {
  it('finds spaced and compact IBANs with a valid checksum', () => {
    expect(found('Maak over naar NL91 ABNA 0417 1643 00 t.n.v. de klas', 'iban')).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(found('rekening NL91ABNA0417164300.', 'iban')).toEqual(['NL91ABNA0417164300']);
    expect(found('lowercase nl91abna0417164300 too', 'iban')).toEqual(['nl91abna0417164300']);
    expect(found('Belgisch: BE68 5390 0754 7034', 'iban')).toEqual(['BE68 5390 0754 7034']);
  });
  it('rejects a wrong checksum outside the exact Dutch shape', () => {
    expect(found('Code AB12 CDEF 1234 5678 XYZ', 'iban')).toEqual([]);
    expect(found('Belgisch: BE69 5390 0754 7034', 'iban')).toEqual([]);
  });
  it('still reports a Dutch account number with a typo: to a reader it is an account number', () => {
    expect(found('NL92 ABNA 0417 1643 00', 'iban')).toEqual(['NL92 ABNA 0417 1643 00']);
  });
});
