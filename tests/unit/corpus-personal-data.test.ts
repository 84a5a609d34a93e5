// Floors a little under what the personal-data rule reaches on the dev corpus, so nothing regresses.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { loadCorpus, precision, recall, score } from '../corpus/scoring.ts';

const result = score(loadCorpus(), (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));

describe('personal data on the dev corpus', () => {
  it('keeps overall precision and recall', () => {
    expect(precision(result.overall)).toBeGreaterThanOrEqual(0.95);
    expect(recall(result.overall)).toBeGreaterThanOrEqual(0.97);
  });
  it('keeps names precision and recall', () => {
    const names = result.perCategory.get('name')!;
    expect(precision(names)).toBeGreaterThanOrEqual(0.91);
    expect(recall(names)).toBeGreaterThanOrEqual(0.96);
  });
  it.each(['email', 'phone', 'bsn', 'iban', 'address', 'birthdate', 'student-number', 'handle', 'plate', 'health'])(
    'keeps %s at least at 0.9 both ways',
    (category) => {
      const c = result.perCategory.get(category)!;
      expect(precision(c)).toBeGreaterThanOrEqual(0.9);
      expect(recall(c)).toBeGreaterThanOrEqual(0.9);
    },
  );
});
