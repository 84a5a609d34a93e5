// Floors a little under what the evaluator reaches on the dev corpus, so nothing regresses unnoticed.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { loadCorpus, score } from '../corpus/scoring.ts';

describe('dev corpus decisions', () => {
  const s = score(loadCorpus(), (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
  const acc = (k: keyof typeof s.decisions) => s.decisions[k].right / s.decisions[k].total;
  it.each([
    ['C3', 0.97],
    ['C4', 0.97],
    ['A8', 0.97],
    ['related', 0.96],
    ['lang', 0.98],
  ] as const)('%s accuracy >= %s', (k, floor) => expect(acc(k)).toBeGreaterThanOrEqual(floor));
});
