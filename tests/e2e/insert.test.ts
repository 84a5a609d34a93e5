// Exact insertion and undo on every editor replica in Chromium (issue 12, items 1–3, the Enter binding and the
// clipboard fallback): each test here reproduced a defect before it was mended.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaret } from './caret.ts';
import { cssOf, EDITORS, ENTER_POSTS, lineBreakOf } from './editors.ts';
import { disclaimersFor, insertionProblems, siteOf } from './insert-check.ts';
import { bannerOf, clearEditor, insertButton, modelText, openReplica, typeInto, waitForArticles, waitForNotice } from './replica.ts';
import { useReplicaBrowser } from './use-browser.ts';

const browser = useReplicaBrowser();
const SCHOOL_LINE = 'Mooie ouderavond bij ons op het Liudger!';

describe.each(EDITORS)('$name', (c) => {
  let page: Page;
  let editor: Locator;
  const disclaimers = disclaimersFor(siteOf(c.page));

  beforeAll(async () => {
    page = await openReplica(browser(), c.page);
    editor = page.locator(cssOf(c.editor)).first();
  });
  afterAll(async () => {
    await page?.close();
  });

  /** Clicks "insert" on the editor's banner (once it asks for the disclaimer) and waits for the outcome. */
  async function insert(): Promise<string> {
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    await insertButton(banner).click();
    return waitForNotice(banner);
  }

  it('puts the disclaimer on a line of its own when the draft ends with an empty line', async () => {
    await clearEditor(editor);
    await typeInto(editor, `${SCHOOL_LINE}\n`);
    const before = await modelText(page, c.model);
    expect(await insert()).toBe('inserted');
    const after = await modelText(page, c.model);
    expect(insertionProblems(before, after, disclaimers, undefined, lineBreakOf(c))).toEqual([]);
    expect(after).not.toMatch(/Liudger!(Docent|I work)/);
  });

  it('takes out exactly the disclaimer with one Ctrl+Z after typing and Enter right before the click', async () => {
    await clearEditor(editor);
    await typeInto(editor, SCHOOL_LINE);
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    // Words, then Enter a moment later (in the same undo group as the words), then the click at once: Enter
    // comes as a key press with no input event after it.
    await page.keyboard.insertText(' Tot dan');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await insertButton(banner).click();
    expect(await waitForNotice(banner)).toBe('inserted');
    const after = await modelText(page, c.model);
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, c.model), { timeout: 20_000 }).not.toBe(after);
    const undone = await modelText(page, c.model);
    // One undo gives back the draft as typed, Enter included, and takes out only the disclaimer.
    expect(undone).toMatch(/Tot dan\n+$/);
    expect(insertionProblems(undone, after, disclaimers, undefined, lineBreakOf(c))).toEqual([]);
  });

  it('inserts at the end, not at the caret, while the person types elsewhere in the draft', async () => {
    await clearEditor(editor);
    await typeInto(editor, `${SCHOOL_LINE}\nMijn leerlingen van 3B hebben hard gewerkt.`);
    const original = await modelText(page, c.model);
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    await insertButton(banner).click();
    // Straight back into the draft, in the middle of "ouderavond", typing on for a good while.
    await setCaret(editor, 8);
    const typed = ' (en heel gezellig, met koffie en koek voor iedereen)';
    await page.keyboard.type(typed, { delay: 30 });
    // The notice goes as soon as the draft changes again, so the model tells when the insertion happened.
    await expect.poll(() => modelText(page, c.model), { timeout: 10_000 }).toMatch(/Liudger[^\n]*$/);
    await page.waitForTimeout(200);
    // Typing on after the insertion continues where the person was.
    await page.keyboard.type('!');
    await page.waitForTimeout(200);
    const after = await modelText(page, c.model);
    const expected = `${original.slice(0, 8)}${typed}!${original.slice(8)}`;
    expect(insertionProblems(expected, after, disclaimers, undefined, lineBreakOf(c))).toEqual([]);
  });

  it('never replaces a selection: the disclaimer goes after the draft', async () => {
    await clearEditor(editor);
    await typeInto(editor, `${SCHOOL_LINE}\nTot dan.`);
    const before = await modelText(page, c.model);
    await setCaret(editor, 5, 20);
    expect(await insert()).toBe('inserted');
    expect(insertionProblems(before, await modelText(page, c.model), disclaimers, undefined, lineBreakOf(c))).toEqual([]);
  });
});

describe(ENTER_POSTS.name, () => {
  it('inserts without pressing the editor\'s Enter binding (which posts the comment)', async () => {
    const page = await openReplica(browser(), ENTER_POSTS.page);
    const editor = page.locator(ENTER_POSTS.editor);
    await typeInto(editor, SCHOOL_LINE);
    const before = await modelText(page);
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    await insertButton(banner).click();
    await waitForNotice(banner);
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
    expect(insertionProblems(before, await modelText(page), disclaimersFor('linkedin'))).toEqual([]);
    await page.close();
  });
});

describe('clipboard fallback', () => {
  it('puts the disclaimer on the clipboard after a line break, so pasting it never glues', async () => {
    const h = browser();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
    const page = await openReplica(h, 'facebook');
    const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
    await typeInto(editor, SCHOOL_LINE);
    const before = await modelText(page);
    // A site that swallows paste events before its editor sees them.
    await page.evaluate(() => document.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    await insertButton(banner).click();
    expect(await waitForNotice(banner)).toBe('copied');
    expect(await modelText(page)).toBe(before);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^\n[^\n]*Liudger/);
    await page.close();
  });
});
