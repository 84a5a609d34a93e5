// One randomized insertion trial, the same in every browser: the browser-specific steps come from a driver.
import { insertionProblems } from './insert-check.ts';
import { TRIGGERS, type Trial } from './fuzz-drafts.ts';

/** What a trial needs from a browser page with one editor replica and its banner. */
export interface TrialDriver {
  /** Empties the editor like a person would (select all, delete) and leaves the caret in it. */
  clear(): Promise<void>;
  /**
   * Types `text` at the caret (one line, no line breaks). `last`: the last run of text before the click, whose
   * final characters a driver types as real key presses (earlier runs may go in as one input).
   */
  insertText(text: string, last: boolean): Promise<void>;
  press(key: 'Enter' | 'Control+z'): Promise<void>;
  /** Runs `pickCaretScript` from fuzz-drafts.ts in the page. */
  pickCaret(pick: [number, number], selection: boolean, avoid: string): Promise<void>;
  modelText(): Promise<string>;
  /** Waits until the banner offers the disclaimer. */
  waitForInsertButton(): Promise<void>;
  clickInsert(): Promise<void>;
  /** Waits for the banner's notice after the click and returns it. */
  waitForNotice(): Promise<string>;
  /** Waits until the model text differs from `than` (at most `ms`); returns it. */
  modelChange(than: string, ms: number): Promise<string>;
}

export interface TrialResult {
  seed: number;
  ok: boolean;
  notice: string;
  problems: string[];
  before: string;
  after: string;
}

/**
 * Runs one trial. `steps`, when given, adds the milliseconds each step took under its name (the fuzz script's
 * --profile prints them), to see where a trial's time goes.
 */
export async function runTrial(d: TrialDriver, trial: Trial, disclaimers: string[], lineBreak = '\n', steps?: Record<string, number>): Promise<TrialResult> {
  let t = performance.now();
  const lap = (name: string) => {
    if (!steps) return;
    const now = performance.now();
    steps[name] = (steps[name] ?? 0) + (now - t);
    t = now;
  };
  await d.clear();
  lap('clear');
  const typesAfter = trial.last === 'type' || trial.last === 'enter-type';
  const lastLine = trial.lines.findLastIndex((l) => l !== '');
  for (let i = 0; i < trial.lines.length; i++) {
    if (i > 0) await d.press('Enter');
    if (trial.lines[i]) await d.insertText(trial.lines[i]!, !typesAfter && i === lastLine);
  }
  // Drivers enter runs of text quickly (one input plus key presses): make sure every line reached the editor's
  // model, so a trial never judges an insertion into a draft other than the one it meant.
  // Compared in NFC: an editor may compose combining marks (Quill 1 does), which is not a loss.
  const typed = (await d.modelText()).normalize('NFC');
  const lost = trial.lines.find((l) => l && !typed.includes(l.normalize('NFC')));
  if (lost !== undefined) throw new Error(`typing did not reach the editor: ${JSON.stringify(lost.slice(0, 40))} missing from ${JSON.stringify(typed.slice(-300))}`);
  lap('type');
  await d.waitForInsertButton();
  lap('waitButton');
  const trigger = TRIGGERS.find((t) => trial.lines.includes(t))!;
  if (trial.place !== 'end') await d.pickCaret(trial.pick, trial.place === 'selection', trigger);
  if (trial.last === 'enter' || trial.last === 'enter-type') await d.press('Enter');
  if (trial.last === 'type' || trial.last === 'enter-type') await d.insertText(trial.typed, true);
  const before = await d.modelText();
  lap('caretAndLast');
  await d.clickInsert();
  lap('click');
  const notice = await d.waitForNotice();
  lap('notice');
  const after = await d.modelText();
  await d.press('Control+z');
  lap('undoKey');
  const undone = await d.modelChange(after, 3_000);
  lap('undoSettle');
  const problems = insertionProblems(before, after, disclaimers, undone, lineBreak);
  if (notice !== 'inserted') problems.unshift(`notice "${notice}"`);
  return { seed: trial.seed, ok: problems.length === 0, notice, problems, before, after };
}
