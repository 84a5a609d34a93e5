// The randomized insertion trials in Chromium (playwright-core): a driver per editor replica page.
import type { Locator, Page } from 'playwright-core';
import { pickCaretScript } from './fuzz-drafts.ts';
import { cssOf, type EditorCase } from './editors.ts';
import type { TrialDriver } from './fuzz-trial.ts';
import type { Harness } from './harness.ts';
import { bannerNoticeText, bannerOf, clearEditor, insertButton, modelText, openReplica } from './replica.ts';

export async function chromiumDriver(h: Harness, c: EditorCase): Promise<{ driver: TrialDriver; page: Page }> {
  const page = await openReplica(h, c.page);
  const editor: Locator = page.locator(cssOf(c.editor)).first();
  let banner: Locator | undefined;
  const theBanner = async () => (banner ??= await bannerOf(editor));
  const driver: TrialDriver = {
    clear: () => clearEditor(editor),
    insertText: (text) => page.keyboard.insertText(text),
    press: (key) => page.keyboard.press(key),
    pickCaret: (pick, selection, avoid) => page.evaluate(pickCaretScript({ selector: c.editor, pick, selection, avoid })),
    modelText: () => modelText(page, c.model),
    async waitForInsertButton() {
      await insertButton(await theBanner()).waitFor({ state: 'visible', timeout: 10_000 });
    },
    async clickInsert() {
      await insertButton(await theBanner()).click({ timeout: 10_000 });
    },
    async waitForNotice() {
      const b = await theBanner();
      const end = Date.now() + 15_000;
      for (;;) {
        const n = await bannerNoticeText(b);
        if (n) return n;
        if (Date.now() > end) return 'none';
        await page.waitForTimeout(25);
      }
    },
    async modelChange(than, ms) {
      const end = Date.now() + ms;
      for (;;) {
        const now = await modelText(page, c.model);
        if (now !== than || Date.now() > end) return now;
        await page.waitForTimeout(25);
      }
    },
  };
  return { driver, page };
}
