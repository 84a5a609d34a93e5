// The compose boxes of each site, in Chromium with the built extension: warnings appear while typing, the
// disclaimer goes in through the editor's own input path (checked on the editor's model, i.e. what the site
// would post), undo takes it out, personal data is listed as text, and the extension makes no request.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageName } from '../fixtures/pages.ts';
import { bannerButton, bannerItems, bannerMarkup, bannerNotice, bannerOf, clearEditor, modelText, openReplica, shownFindings, typeInto, waitForArticles } from './replica.ts';
import { useReplicaBrowser } from './use-browser.ts';

interface Case {
  name: string;
  page: PageName;
  editor: string;
  model: number;
}

const CASES: Case[] = [
  { name: 'X post (Draft.js)', page: 'x', editor: '[data-testid="tweetTextarea_0"]', model: 0 },
  { name: 'Facebook create post (Lexical)', page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]', model: 0 },
  { name: 'Facebook comment (Lexical)', page: 'facebook', editor: 'form.comment [data-lexical-editor="true"]', model: 1 },
  { name: 'LinkedIn share box (TipTap/ProseMirror)', page: 'linkedin-tiptap', editor: '.ProseMirror', model: 0 },
  { name: 'LinkedIn share box (Quill)', page: 'linkedin-quill', editor: '.share-creation-state__text-editor .ql-editor', model: 0 },
  { name: 'LinkedIn comment (Quill)', page: 'linkedin-quill', editor: '.comments-comment-texteditor .ql-editor', model: 1 },
  { name: 'Instagram caption (Lexical)', page: 'instagram', editor: '[role="dialog"] [contenteditable="true"]', model: 0 },
  { name: 'Instagram comment (textarea)', page: 'instagram', editor: 'form textarea', model: 1 },
];

const SCHOOL_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger!\nMijn leerlingen van 3B hebben hard gewerkt.';

const browser = useReplicaBrowser();

const count = (s: string, needle: string) => s.split(needle).length - 1;

async function disclaimerCodes(banner: Locator): Promise<string[]> {
  return (await shownFindings(banner)).map((f) => f.article).filter((a) => a === 'C3' || a === 'C4');
}

describe.each(CASES)('$name', (c) => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;
  let beforeInsert = '';

  beforeAll(async () => {
    page = await openReplica(browser(), c.page);
    editor = page.locator(c.editor).first();
  });
  afterAll(async () => {
    await page?.close();
  });

  // Latency is measured by `npm run measure` (medians); a test on a busy machine only asks that the banner comes.
  it('shows C3 and C4 after typing a school-related Dutch draft', async () => {
    await typeInto(editor, SCHOOL_DRAFT);
    banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3', 'C4'], 15_000);
    // The banner sits outside the editable element, so the draft itself is untouched by it.
    expect(await editor.evaluate((ed) => ed.querySelector('postwacht-banner'))).toBeNull();
    expect((await modelText(page, c.model)).replace(/\n+/g, '\n')).toBe(SCHOOL_DRAFT);
  });

  it('inserts the disclaimer once on its own line, in the editor model, and the banner clears', async () => {
    beforeInsert = await modelText(page, c.model);
    await bannerButton(banner, 'insert-disclaimer').click();
    await bannerNotice(banner, 'inserted').waitFor({ timeout: 5_000 });
    const after = await modelText(page, c.model);
    const disclaimer = after.slice(beforeInsert.length).replace(/^\n+/, '');
    expect(after.startsWith(beforeInsert)).toBe(true);
    expect(after.slice(beforeInsert.length)).toMatch(/^\n/);
    expect(disclaimer).toMatch(/Liudger/);
    expect(count(after, disclaimer)).toBe(1);
    await expect.poll(() => disclaimerCodes(banner)).toEqual([]);
  });

  it('takes the insertion out again on undo', async () => {
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, c.model)).toBe(beforeInsert);
    await waitForArticles(banner, ['C3', 'C4'], 2_000);
  });

  it('lists personal data as text, and renders markup in the draft as text, never as HTML', async () => {
    await clearEditor(editor);
    await typeInto(editor, 'Vragen? Mail jan.devries@gmail.com <img src=x onerror="window.__pwned=1"> of bel 06-12345678');
    await expect
      .poll(() => bannerItems(banner))
      .toEqual(expect.arrayContaining(['jan.devries@gmail.com', '06-12345678']));
    const shadow = await bannerMarkup(banner);
    expect(shadow.imgs).toBe(0);
    expect(shadow.html).not.toMatch(/<img/i);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // No draft text leaks onto the page's own DOM through the banner's host.
    expect(await banner.evaluate((b) => [...b.attributes].map((a) => a.value).join(' '))).not.toMatch(/devries|12345678/);
  });

  it('made no network request from the extension', () => {
    expect(browser().extensionRequests()).toEqual([]);
  });
});
