// The randomized insertion trial (tests/e2e/fuzz-trial.ts) against a fake editor: drivers may enter runs of text
// quickly, so the trial must notice typing that did not reach the editor, and splitTail must keep the last
// graphemes whole for the real key presses.
import { describe, expect, it } from 'vitest';
import { makeTrial, splitTail } from '../e2e/fuzz-drafts.ts';
import { runTrial, type TrialDriver } from '../e2e/fuzz-trial.ts';

const D = 'Ik werk als docent bij CSG Liudger.';

/** A plain-text editor with the caret always at the end; `drop` loses every run of text longer than 10. */
function fakeEditor(drop = false): { driver: TrialDriver; lastFlags: boolean[] } {
  let text = '';
  let undo: string[] = [];
  const lastFlags: boolean[] = [];
  const driver: TrialDriver = {
    clear: async () => void (text = ''),
    insertText: async (t, last) => {
      lastFlags.push(last);
      if (!(drop && t.length > 10)) text += t;
    },
    press: async (key) => {
      if (key === 'Enter') text += '\n';
      else text = undo.pop() ?? text;
    },
    pickCaret: async () => undefined,
    modelText: async () => text,
    waitForInsertButton: async () => undefined,
    clickInsert: async () => {
      undo = [text];
      text += (text === '' || text.endsWith('\n') ? '' : '\n') + D;
    },
    waitForNotice: async () => 'inserted',
    modelChange: async () => text,
  };
  return { driver, lastFlags };
}

/** A seed whose trial types long lines at the end with nothing typed after: the fake's caret model holds. */
const seed = (() => {
  for (let s = 1; ; s++) {
    const t = makeTrial(s);
    if (t.place === 'end' && t.last === 'nothing' && t.lines.filter((l) => l.length > 10).length >= 2) return s;
  }
})();

describe('runTrial', () => {
  it('passes a correct insertion and marks only the last run of text as the one typed with key presses', async () => {
    const { driver, lastFlags } = fakeEditor();
    const r = await runTrial(driver, makeTrial(seed), [D]);
    expect(r.problems).toEqual([]);
    expect(lastFlags.filter(Boolean)).toHaveLength(1);
    expect(lastFlags.at(-1)).toBe(true);
  });

  it('stops with an error when typed text did not reach the editor', async () => {
    await expect(runTrial(fakeEditor(true).driver, makeTrial(seed), [D])).rejects.toThrow(/typing did not reach the editor/);
  });
});

describe('splitTail', () => {
  it('keeps emoji sequences, flags and combining marks whole', () => {
    expect(splitTail('Hallo 👨‍👩‍👧‍👦🇳🇱')).toEqual(['Hallo ', '👨‍👩‍👧‍👦🇳🇱']);
    expect(splitTail('Zoe\u0308!')).toEqual(['Zo', 'e\u0308!']);
    expect(splitTail('a')).toEqual(['', 'a']);
    expect(splitTail('')).toEqual(['', '']);
  });
});
