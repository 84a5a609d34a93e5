// The judgement the insertion tests and the randomized suite make (tests/e2e/insert-check.ts): it must catch a
// glued, doubled or padded disclaimer, a changed draft and an undo that takes more (or less) than the disclaimer.
import { describe, expect, it } from 'vitest';
import { insertionProblems } from '../e2e/insert-check.ts';

const D = ['Ik werk als docent bij CSG Liudger.'];

describe('insertionProblems', () => {
  it('accepts the disclaimer on its own line, and in the empty last line', () => {
    expect(insertionProblems('Hallo', `Hallo\n${D[0]}`, D, 'Hallo')).toEqual([]);
    expect(insertionProblems('Hallo\n', `Hallo\n${D[0]}`, D, 'Hallo\n')).toEqual([]);
    expect(insertionProblems('', D[0]!, D, '')).toEqual([]);
    expect(insertionProblems('Hallo', `Hallo\n\n${D[0]}`, D, 'Hallo', '\n\n')).toEqual([]);
  });

  it('catches glue, an extra blank line, a second copy and a changed draft', () => {
    expect(insertionProblems('Hallo\n', `Hallo${D[0]}\n`, D)).toContain('the draft before the insertion is not intact at the start');
    expect(insertionProblems('Hallo', `Hallo${D[0]}`, D)).toContain('the disclaimer is glued to the last line');
    expect(insertionProblems('Hallo', `Hallo\n\n${D[0]}`, D).join()).toMatch(/wrong line break/);
    expect(insertionProblems('Hallo\n', `Hallo\n\n${D[0]}`, D).join()).toMatch(/wrong line break/);
    expect(insertionProblems('Hallo', `Hallo\n${D[0]}\n${D[0]}`, D)).toContain('the disclaimer is there more than once');
    expect(insertionProblems('Hallo', 'Hallo', D)).toContain('no disclaimer was added');
  });

  it('catches an undo that takes typed text along or leaves the disclaimer', () => {
    expect(insertionProblems('Hallo\nTot dan', `Hallo\nTot dan\n${D[0]}`, D, 'Hallo').join()).toMatch(/undo/);
    expect(insertionProblems('Hallo', `Hallo\n${D[0]}`, D, `Hallo\n${D[0]}`).join()).toMatch(/undo/);
  });
});
