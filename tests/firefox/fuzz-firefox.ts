// The randomized insertion trials in Firefox (puppeteer-core over WebDriver BiDi). Each WebDriver round trip is
// slow in Firefox (tens of ms, more on a loaded machine), so waits are one script call that polls inside the
// page, and a run of text goes in as one `insertText` edit with only its last characters typed as key presses
// (a key action per character made a long line take seconds).
import type { Page } from 'puppeteer-core';
import { DEEP_QUERY, type EditorCase } from '../e2e/editors.ts';
import { pickCaretScript, splitTail } from '../e2e/fuzz-drafts.ts';
import type { TrialDriver } from '../e2e/fuzz-trial.ts';
import { clearEditor, clickInsert, modelText, selectAll, undo } from './banner.ts';
import type { FirefoxHarness } from './harness.ts';

/**
 * Page-side: polls `probe` (a function source, returning a value or null) every 10 ms until it gives a value or
 * `ms` pass; resolves to the value or null. One round trip instead of one per poll.
 */
const pollScript = (probe: string, ms: number) => `new Promise(function (resolve) {
  var deepQuery = ${DEEP_QUERY};
  var probe = ${probe};
  var end = Date.now() + ${ms};
  (function next() {
    var v = null;
    try { v = probe(deepQuery); } catch (e) { v = null; }
    if (v !== null && v !== undefined) return resolve(v);
    if (Date.now() > end) return resolve(null);
    setTimeout(next, 10);
  })();
})`;

/** Page-side: the banner after the editor `sel` in its own tree (as banner.ts finds it). */
const bannerProbe = (sel: string, inner: string) => `function (deepQuery) {
  var ed = deepQuery(${JSON.stringify(sel)});
  if (!ed) return null;
  var all = Array.prototype.slice.call(ed.getRootNode().querySelectorAll('postwacht-banner'));
  var b = all.find(function (b) { return ed.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING; });
  if (!b || !b.shadowRoot) return null;
  return (${inner})(b.shadowRoot);
}`;

export async function firefoxDriver(h: FirefoxHarness, c: EditorCase): Promise<{ driver: TrialDriver; page: Page }> {
  const page = await h.open(c.page);
  const sel = c.editor;
  let clicked = false;
  const driver: TrialDriver = {
    async clear() {
      // A real click on the first trial; after that the editor's own focus, then select all and delete.
      const focused = clicked && (await page.evaluate(`(function (deepQuery) {
        var ed = deepQuery(${JSON.stringify(sel)});
        if (!ed) return false;
        ed.focus();
        return ed.getRootNode().activeElement === ed;
      })(${DEEP_QUERY})`));
      if (!focused) {
        await clearEditor(page, sel);
        clicked = true;
        return;
      }
      await selectAll(page);
      await page.keyboard.press('Backspace');
    },
    async insertText(text, last) {
      // Draft.js takes typed text in Firefox only from key presses (React's beforeinput there comes from keypress;
      // an insertText edit changes the DOM, which Draft.js then renders over): keys for all of it.
      if (c.library === 'draftjs') return page.keyboard.type(text);
      const [head, tail] = last ? splitTail(text) : [text, ''];
      // The browser's own insertText edit at the caret (trusted beforeinput and input, as an input method commits
      // text), then real key presses for the last characters.
      if (head) await page.evaluate(`document.execCommand('insertText', false, ${JSON.stringify(head)})`);
      if (tail) await page.keyboard.type(tail);
    },
    press: (key) => (key === 'Enter' ? page.keyboard.press('Enter') : undo(page)),
    pickCaret: async (pick, selection, avoid) => void await page.evaluate(pickCaretScript({ selector: sel, pick, selection, avoid })),
    modelText: () => modelText(page, c.model),
    async waitForInsertButton() {
      const ok = await page.evaluate(pollScript(bannerProbe(sel, `function (root) { return root.querySelector('[data-action="insert-disclaimer"]:not([disabled])') ? true : null; }`), 10_000));
      if (!ok) throw new Error('insert button: not there within 10000 ms');
    },
    clickInsert: () => clickInsert(page, sel),
    async waitForNotice() {
      const n = await page.evaluate(pollScript(bannerProbe(sel, `function (root) { var n = root.querySelector('[data-notice]'); return n ? n.getAttribute('data-notice') : null; }`), 15_000));
      return typeof n === 'string' ? n : 'none';
    },
    async modelChange(than, ms) {
      const now = await page.evaluate(pollScript(`function () { var t = window.__modelText(${c.model}); return t !== ${JSON.stringify(than)} ? t : null; }`, ms));
      return typeof now === 'string' ? now : modelText(page, c.model);
    },
  };
  return { driver, page };
}
