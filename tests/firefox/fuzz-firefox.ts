// The randomized insertion trials in Firefox (puppeteer-core over WebDriver BiDi).
import type { Page } from 'puppeteer-core';
import type { EditorCase } from '../e2e/editors.ts';
import { pickCaretScript } from '../e2e/fuzz-drafts.ts';
import type { TrialDriver } from '../e2e/fuzz-trial.ts';
import { bannerNotice, clearEditor, clickInsert, modelText, undo, waitForInsertButton } from './banner.ts';
import type { FirefoxHarness } from './harness.ts';

export async function firefoxDriver(h: FirefoxHarness, c: EditorCase): Promise<{ driver: TrialDriver; page: Page }> {
  const page = await h.open(c.page);
  const sel = c.editor;
  const driver: TrialDriver = {
    clear: () => clearEditor(page, sel),
    insertText: (text) => page.keyboard.type(text),
    press: (key) => (key === 'Enter' ? page.keyboard.press('Enter') : undo(page)),
    pickCaret: async (pick, selection, avoid) => void await page.evaluate(pickCaretScript({ selector: sel, pick, selection, avoid })),
    modelText: () => modelText(page, c.model),
    waitForInsertButton: () => waitForInsertButton(page, sel),
    clickInsert: () => clickInsert(page, sel),
    async waitForNotice() {
      const end = Date.now() + 15_000;
      for (;;) {
        const n = await bannerNotice(page, sel);
        if (n) return n;
        if (Date.now() > end) return 'none';
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async modelChange(than, ms) {
      const end = Date.now() + ms;
      for (;;) {
        const now = await modelText(page, c.model);
        if (now !== than || Date.now() > end) return now;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  return { driver, page };
}
