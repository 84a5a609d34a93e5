// Puts the caret (or a selection) into an editor's DOM text the way a click or a drag would, for tests that need
// it at an exact place. Runs in the page; editors pick the new selection up on `selectionchange`.
import type { Locator } from 'playwright-core';

/** Collapsed caret at `start` (or a selection to `end`), counted in the editor's DOM text characters. */
export async function setCaret(editor: Locator, start: number, end = start): Promise<void> {
  await editor.evaluate(
    (el, [a, b]) => {
      if (el instanceof HTMLTextAreaElement) {
        el.focus();
        el.setSelectionRange(a, b);
        return;
      }
      (el as HTMLElement).focus();
      const at = (n: number): [Node, number] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          if (n <= t.data.length) return [t, n];
          n -= t.data.length;
          last = t;
        }
        return last ? [last, last.data.length] : [el, 0];
      };
      const [sn, so] = at(a);
      const [en, eo] = at(b);
      // An editor inside a shadow root (LinkedIn's share box) reads that root's selection in Chromium.
      const root = el.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
      (root.getSelection?.() ?? document.getSelection())!.setBaseAndExtent(sn, so, en, eo);
    },
    [start, end] as const,
  );
}
