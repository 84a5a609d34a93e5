// The randomized insertion trials in Chromium (playwright-core): a driver per editor replica page. The page stays
// open between trials (the editor is emptied like a person would); waits are on the condition itself, checked in
// the page, not on fixed sleeps or one round trip per poll.
import type { ElementHandle, Locator, Page } from 'playwright-core';
import { pickCaretScript, splitTail } from './fuzz-drafts.ts';
import { cssOf, DEEP_QUERY, type EditorCase } from './editors.ts';
import type { TrialDriver } from './fuzz-trial.ts';
import type { Harness } from './harness.ts';
import { bannerNoticeText, bannerOf, insertButton, modelText, openReplica } from './replica.ts';

export async function chromiumDriver(h: Harness, c: EditorCase): Promise<{ driver: TrialDriver; page: Page }> {
  const page = await openReplica(h, c.page);
  const editor: Locator = page.locator(cssOf(c.editor)).first();
  let banner: Locator | undefined;
  let host: ElementHandle | undefined;
  const theBanner = async () => (banner ??= await bannerOf(editor));
  const theHost = async () => (host ??= (await (await theBanner()).elementHandle())!);
  const focusScript = `(function (deepQuery) {
    var ed = deepQuery(${JSON.stringify(c.editor)});
    if (!ed) return false;
    ed.focus();
    return ed.getRootNode().activeElement === ed;
  })(${DEEP_QUERY})`;
  const driver: TrialDriver = {
    async clear() {
      // Focus as a click would (a real click on the first trial, after that the editor's own focus), then the
      // person's select all and delete.
      if (!host || !(await page.evaluate(focusScript))) await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
    },
    async insertText(text, last) {
      // One input for the run of text, real key presses for its last characters (keydown, beforeinput, input).
      const [head, tail] = last ? splitTail(text) : [text, ''];
      if (head) await page.keyboard.insertText(head);
      if (tail) await page.keyboard.type(tail);
    },
    press: (key) => page.keyboard.press(key),
    pickCaret: (pick, selection, avoid) => page.evaluate(pickCaretScript({ selector: c.editor, pick, selection, avoid })),
    modelText: () => modelText(page, c.model),
    async waitForInsertButton() {
      await insertButton(await theBanner()).waitFor({ state: 'visible', timeout: 10_000 });
    },
    async clickInsert() {
      // A real click (playwright checks the button is visible, stable and receives the pointer).
      await insertButton(await theBanner()).click({ timeout: 10_000 });
    },
    async waitForNotice() {
      const h = await theHost();
      const n = await page
        .waitForFunction((b) => (b as Element).shadowRoot?.querySelector('[data-notice]')?.getAttribute('data-notice') ?? false, h, { timeout: 15_000, polling: 10 })
        .then((r) => r.jsonValue() as Promise<string>)
        .catch(() => 'none');
      // The banner element replaced meanwhile (the handle no longer in the page): read the current one.
      return n === 'none' ? ((await bannerNoticeText(await theBanner())) ?? 'none') : n;
    },
    async modelChange(than, ms) {
      return page
        .waitForFunction(({ i, than }) => (window.__modelText!(i) !== than ? window.__modelText!(i) : false), { i: c.model, than }, { timeout: ms, polling: 10 })
        .then((r) => r.jsonValue() as Promise<string>)
        .catch(() => modelText(page, c.model));
    },
  };
  return { driver, page };
}
