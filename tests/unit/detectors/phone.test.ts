import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('phone', () => {
  it.each([
    '06-41827356', '06 2814 7703', '0612345678', '+31 6 28391045', '+31612345678', '0031612345678',
    '+31 (0)6 1234 5678', '0512-571200', '0512 46 83 21', '+31512438812', '(0512) 381947', '020-1234567',
    '06 - 33 71 29 04', '0512 - 571200',
  ])('finds %s', (number) => {
    expect(found(`Bel ${number} aub`, 'phone')).toEqual([number]);
  });
  it.each([
    'Bel 0900-1234567 of 0800-0432', 'Bel 112 bij nood', 'Score 5,4 en 8,7', 'Om 18.30 uur', '3:42:18',
    'bestelnummer 359263122', 'Lokaal 2.14', 'NL69ABNA0373842653', 'In 2024-2025 was het 12-03-2024',
    'Uitslagen 0 - 1, 2 - 0, 3 - 3 en 1 - 1 vandaag', 'Scores: 0 - 3 - 1 - 2 - 2',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });
});
