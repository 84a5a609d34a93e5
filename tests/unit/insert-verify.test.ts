import { describe, expect, it } from 'vitest';
import { verifyInsertion } from '../../src/content/insert-verify.ts';

const D = '\nIk werk als docent bij CSG Liudger.';

describe('verifyInsertion', () => {
  it('accepts the draft plus the insertion, with editor-specific line breaks and spaces', () => {
    expect(verifyInsertion('Hallo', 'Hallo' + D, D)).toBe('ok');
    expect(verifyInsertion('Hallo', 'Hallo\n\nIk werk als docent bij CSG Liudger.', D)).toBe('ok');
    expect(verifyInsertion('Hallo daar ', 'Hallo daar\u00a0\nIk werk als docent bij CSG Liudger.', D)).toBe('ok');
  });

  it('reports a missing insertion', () => {
    expect(verifyInsertion('Hallo', 'Hallo', D)).toBe('missing');
  });

  it('reports a duplicated insertion', () => {
    expect(verifyInsertion('Hallo', 'Hallo' + D + D, D)).toBe('duplicated');
  });

  it('reports any other change to the draft: lost, moved or glued-on text', () => {
    expect(verifyInsertion('Hallo daar', 'Hallo' + D, D)).toBe('changed');
    expect(verifyInsertion('Hallo', D.trim() + '\nHallo', D)).toBe('changed');
    expect(verifyInsertion('Hallo', 'Hallo' + D.trim(), D)).toBe('changed');
  });

  it('counts only new copies when the draft already quoted the disclaimer', () => {
    expect(verifyInsertion('Hallo' + D, 'Hallo' + D + D, D)).toBe('ok');
  });
});
