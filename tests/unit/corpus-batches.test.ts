// Floors per labelled batch under tests/corpus/ (batch-N.jsonl), a little under what the evaluator reached
// after tuning on that batch (tests/corpus/README.md has the first measurement and the figures after). Every
// batch must have floors here, so a new one is never left unguarded. The dev corpus has its own files.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { corpusFiles, loadCorpus, precision, recall, score } from '../corpus/scoring.ts';

interface Floors {
  related: number;
  C3: number;
  C4: number;
  precision: number;
  recall: number;
}

export const FLOORS: Record<string, Floors> = {
  'batch-1.jsonl': { related: 0.98, C3: 0.97, C4: 0.98, precision: 0.95, recall: 0.95 },
  'batch-2.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.97, recall: 0.92 },
  'batch-3.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.97, recall: 0.97 },
  'batch-4.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.98, recall: 0.97 },
  'batch-5.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.97, recall: 0.98 },
  // Measured once unseen on merged main (0.925 / 0.917 / 0.933, P/R 0.900 / 0.944), then tuned on with general
  // mechanisms only (the context branch, tests/corpus/README.md): the floors keep the tuned figures.
  'batch-6.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.96, recall: 0.98 },
  // Written by a writer who never saw the code, measured once on merged main b254be2 (0.942 / 0.925 / 0.933, P/R
  // 0.956 / 0.955), once more on the context branch before its misses were read (cea72fd: the same), then tuned on
  // with general mechanisms only (1.000 / 1.000 / 1.000, P/R 0.957 / 0.985): the floors keep the tuned figures.
  'batch-7.jsonl': { related: 0.98, C3: 0.98, C4: 0.98, precision: 0.95, recall: 0.97 },
  // The context branch's own set-aside of 44 drafts (session of 2026-12-02), written before any tuning: first score
  // 0.955 / 0.955 / 0.977, P/R 0.971 / 0.943; final 1.000 on all (its four first misses were seen, see the README).
  'context-setaside-s21.jsonl': { related: 0.97, C3: 0.97, C4: 0.97, precision: 0.97, recall: 0.97 },
  // Written by a writer who never saw the code (second session of 2026-12-02), kept unseen until all work was
  // merged: 21bab09 0.933 / 0.917 / 0.933, P/R 0.918 / 0.908; merged main e676e62 0.933 / 0.917 / 0.933, P/R
  // 0.925 / 0.924. Tuned on in session 22 with general mechanisms only (0.975 / 0.958 / 0.975, P/R 0.949 / 0.969,
  // tests/corpus/README.md): the floors keep the tuned figures.
  'batch-8.jsonl': { related: 0.96, C3: 0.95, C4: 0.96, precision: 0.94, recall: 0.96 },
  // Written by a writer who never saw the code (session 22), kept unseen until all work was merged: 6f7a3cf 0.925 /
  // 0.908 / 0.933, P/R 0.950 / 0.915; merged main 7629234 0.942 / 0.925 / 0.942, P/R 0.957 / 0.923. Not tuned on yet:
  // the floors keep the measured figures.
  // Session 23 (context branch): health by partner, rite and the next sentence's person, a handle with a trade verb, an
  // age after a few words of time: recall 0.937 -> 0.972 (tuned, general kinds only).
  'batch-9.jsonl': { related: 0.94, C3: 0.92, C4: 0.94, precision: 0.95, recall: 0.96 },
  // Written by a writer who never saw the code (session 23), kept unseen until all work was merged: 13b7439 0.950 /
  // 0.950 / 0.942, P/R 0.955 / 0.930; merged main 99c359b the same. Then tuned on with general kinds (letter-first
  // class codes, Frisian compound classes, the lesson hour, "mentorkl", a superlative child with its age): 0.992 /
  // 0.992 / 0.983, P/R 0.956 / 0.939.
  'batch-10.jsonl': { related: 0.99, C3: 0.99, C4: 0.98, precision: 0.95, recall: 0.93 },
};

// training/context/pd-train-1.jsonl (CC0, tuned on in session 23): main 7a54fcb P/R 0.966 / 0.797, C3 0.923; after
// 0.976 / 0.955, C3 0.973. A floor a little under, so the special-category, age and pupil-number kinds stay found.
describe('training/context/pd-train-1.jsonl keeps its figures', () => {
  const s = score(loadCorpus(new URL('../../training/context/pd-train-1.jsonl', import.meta.url)), (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
  it('personal data precision and recall, health, ages and pupil numbers', () => {
    expect(precision(s.overall)).toBeGreaterThanOrEqual(0.96);
    expect(recall(s.overall)).toBeGreaterThanOrEqual(0.94);
    for (const c of ['health', 'birthdate', 'student-number']) expect(recall(s.perCategory.get(c)!), c).toBeGreaterThanOrEqual(0.88);
  });
  it.each(['related', 'C3', 'C4'] as const)('%s accuracy', (k) => expect(s.decisions[k].right / s.decisions[k].total).toBeGreaterThanOrEqual(0.96));
});

const batches = corpusFiles().filter((f) => basename(f) !== 'dev.jsonl');

describe('labelled batches', () => {
  it('each batch has floors', () => {
    for (const f of batches) expect(Object.keys(FLOORS), basename(f)).toContain(basename(f));
  });
  for (const file of batches) {
    const name = basename(file);
    const floors = FLOORS[name];
    if (!floors) continue;
    describe(name, () => {
      const s = score(loadCorpus(file), (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
      const acc = (k: 'related' | 'C3' | 'C4') => s.decisions[k].right / s.decisions[k].total;
      it.each(['related', 'C3', 'C4'] as const)('%s accuracy keeps its floor', (k) => expect(acc(k)).toBeGreaterThanOrEqual(floors[k]));
      it('personal data keeps precision and recall', () => {
        expect(precision(s.overall)).toBeGreaterThanOrEqual(floors.precision);
        expect(recall(s.overall)).toBeGreaterThanOrEqual(floors.recall);
      });
    });
  }
});
