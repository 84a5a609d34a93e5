import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('address', () => {
  it('finds streets with numbers and postcodes', () => {
    expect(found('Kaartjes naar Wilgenlaan 23, 9231 KD Surhuisterveen', 'address')).toEqual(['Wilgenlaan 23', '9231 KD']);
    expect(found('Is Tjalling Harkemastraat 8 the right number?', 'address')).toEqual(['Tjalling Harkemastraat 8']);
    expect(found('Woont op de Hoofdstraat 12a in Drachten', 'address')).toEqual(['Hoofdstraat 12a']);
    expect(found('Postcode 9201GH', 'address')).toEqual(['9201GH']);
  });
  it('leaves streets without a number and number-like text alone', () => {
    expect(found('parked on the Stationsweg this morning', 'address')).toEqual([]);
    expect(found('In 2024 EN 2025 was het druk, 3240 gram, 1234 euro', 'address')).toEqual([]);
    expect(found('Code 1234 SS is nooit uitgegeven', 'address')).toEqual([]);
  });
});
