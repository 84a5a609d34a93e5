import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('plate', () => {
  it.each(['34-LHK-7', 'VK-482-B', 'HN-77-TP', '5-KZR-21', 'XT-905-N', '12-ABC-3', 'GZ-12-34', '1-ABC-23', 'ABC-12-D', 'K-123-AB'])(
    'finds %s',
    (plate) => {
      expect(found(`De auto met ${plate} stond fout`, 'plate')).toEqual([plate]);
    },
  );
  it('finds a lower-case plate after the word kenteken', () => {
    expect(found('kenteken 34-lhk-7', 'plate')).toEqual(['34-lhk-7']);
  });
  it.each(['Uitslag 3-1 en 2-2', 'C1-certificaat', 'datum 12-03-2024', 'klas H4b en 2A', 'Covid-19'])('leaves %j alone', (t) => {
    expect(found(t, 'plate')).toEqual([]);
  });
});
