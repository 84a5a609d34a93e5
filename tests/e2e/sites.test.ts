// The public composers of issue 16 — Threads, Bluesky, YouTube comments, TikTok comments and Studio captions — in
// Chromium with the built extension, on replicas built from each site's own editor library (tests/fixtures/
// threads.ts, bluesky.ts, youtube.ts, tiktok.ts; evidence in their comments and src/sites/*.ts). For each: the
// banner appears after typing, Insert puts the disclaimer into the editor's own model exactly once on its own line
// without posting anything, one undo takes exactly it out again, and the popup's watching line is right. Private
// conversation on each site (Bluesky chat, TikTok messages, YouTube live chat, a Threads messages page) is never
// judged, and a site switched off in the settings is left alone.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import type { PageName } from '../fixtures/pages.ts';
import { disclaimersFor, insertionProblems, siteOf } from './insert-check.ts';
import { makeJpeg } from '../media/photos.ts';
import { bannerCount, bannerOf, modelText, openReplica, shownFindings, typeInto, waitForArticles } from './replica.ts';
import { useReplicaBrowser, watchingLine } from './use-browser.ts';

const t = translator('nl');
const browser = useReplicaBrowser();

/** One line: Enter posts in TikTok's comment box. Names a pupil's class: school-related, C3 and C4. */
const SCHOOL_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger! Mijn leerlingen van 3B hebben hard gewerkt.';
/** What nobody may judge in a private conversation: the school, a phone number, a class. */
const PRIVATE_DRAFT = 'Hoi Jan, bel me even op 06-12345678 over de leerlingen van 3B van het Liudger.';
const BANNER_TIMEOUT = 10_000;
const DRACHTEN = { lat: 53.1041, lon: 6.0986 };
const gpsPhoto = () => ({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(makeJpeg({ gps: DRACHTEN })) });

const posted = (page: Page) => page.evaluate(() => [...(window.__posted ?? []), ...(window.__sentMessages ?? [])]);

interface Surface {
  name: string;
  page: PageName;
  editor: string;
  /** How the editor's model separates lines (Lexical puts a blank line between paragraphs). */
  lineBreak: string;
  /** The composer's own file input, for the photo checks. */
  fileInput?: string;
}

const SURFACES: Surface[] = [
  { name: 'Threads new thread (Lexical in a dialog)', page: 'threads', editor: '[role="dialog"] [data-lexical-editor="true"]', lineBreak: '\n\n', fileInput: '[role="dialog"] input[type="file"]' },
  { name: 'Bluesky post (TipTap in composePostView)', page: 'bluesky', editor: '[data-testid="composePostView"] .ProseMirror[aria-label="Rich-Text Editor"]', lineBreak: '\n', fileInput: '[data-testid="composePostView"] input[type="file"]' },
  { name: 'YouTube comment (plain contenteditable in Polymer elements)', page: 'youtube', editor: 'ytd-commentbox #contenteditable-root', lineBreak: '\n' },
  { name: 'TikTok comment (Draft.js, Enter posts)', page: 'tiktok', editor: '[data-e2e="comment-input"] .public-DraftEditor-content', lineBreak: '\n' },
  { name: 'TikTok Studio caption (Draft.js)', page: 'tiktok-studio', editor: '.upload-container .public-DraftEditor-content', lineBreak: '\n' },
];

describe.each(SURFACES)('$name', (s) => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;
  let beforeInsert = '';
  let afterInsert = '';

  beforeAll(async () => {
    page = await openReplica(browser(), s.page);
    editor = page.locator(s.editor).first();
    await editor.waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows C3 and C4 after typing a school-related draft', async () => {
    await typeInto(editor, SCHOOL_DRAFT);
    banner = await bannerOf(editor, BANNER_TIMEOUT);
    await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
    expect(await modelText(page)).toBe(SCHOOL_DRAFT);
  });

  it('inserts the disclaimer once, on its own line, in the editor model, without posting anything', async () => {
    beforeInsert = await modelText(page);
    await banner.locator('[data-action="insert-disclaimer"]').click();
    await banner.locator('[data-notice="inserted"]').waitFor({ timeout: BANNER_TIMEOUT });
    afterInsert = await modelText(page);
    expect(insertionProblems(beforeInsert, afterInsert, disclaimersFor(siteOf(s.page)), undefined, s.lineBreak)).toEqual([]);
    expect(await posted(page)).toEqual([]);
  });

  it('takes exactly the insertion out again on one undo', async () => {
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(beforeInsert);
    await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
    expect(insertionProblems(beforeInsert, afterInsert, disclaimersFor(siteOf(s.page)), await modelText(page), s.lineBreak)).toEqual([]);
    expect(await posted(page)).toEqual([]);
  });

  if (s.fileInput) {
    it('asks for consent and warns about GPS in a photo picked in the composer', async () => {
      await page.locator(s.fileInput!).setInputFiles([gpsPhoto()]);
      await expect.poll(async () => (await shownFindings(banner)).map((f) => f.code), { timeout: BANNER_TIMEOUT }).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    });
  }

  it('says in the popup that it watches one compose box on this page', async () => {
    expect((await watchingLine(browser(), page)).count).toBe('1');
  });

  it('made no network request from the extension', () => {
    expect(browser().extensionRequests().filter((r) => !r.url.startsWith(`chrome-extension://${browser().extensionId}/`))).toEqual([]);
  });
});

const PRIVATE: { name: string; page: PageName; box: string }[] = [
  { name: 'Bluesky chat (/messages)', page: 'bluesky-messages', box: 'textarea[aria-label="Message input field"]' },
  { name: 'TikTok messages (/messages, Draft.js)', page: 'tiktok-messages', box: '#main-content-messages .public-DraftEditor-content' },
  { name: 'YouTube live chat (/live_chat)', page: 'youtube-live-chat', box: 'yt-live-chat-app [contenteditable="true"]' },
  { name: 'Threads messages (/messages, Lexical)', page: 'threads-messages', box: '[data-lexical-editor="true"]' },
];

describe.each(PRIVATE)('$name', (p) => {
  it('is never judged, and not counted in the popup', async () => {
    const page = await openReplica(browser(), p.page);
    const box = page.locator(p.box).first();
    await typeInto(box, PRIVATE_DRAFT);
    await expect.poll(() => modelText(page)).toContain('06-12345678');
    // The banner follows typing within a frame; give it far longer than that to (wrongly) appear.
    await page.waitForTimeout(1_000);
    expect(await bannerCount(page)).toBe(0);
    expect((await watchingLine(browser(), page)).count).toBe('0');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});

describe('a site switched off', () => {
  it('is left alone while off (no banner, popup counts nothing), and judged again once switched back on', async () => {
    const h = browser();
    await h.setStorage('settings', { schemaVersion: 5, setupDone: true, sites: { bluesky: false } });
    // The worker validates and republishes the settings for the content scripts; the page must open after that.
    await expect
      .poll(() =>
        h.serviceWorker.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { sites?: Record<string, boolean> }>> } } } }).chrome;
          return (await c.storage.local.get('effectiveSettings')).effectiveSettings?.sites?.bluesky;
        }),
        { timeout: BANNER_TIMEOUT },
      )
      .toBe(false);
    try {
      const page = await openReplica(h, 'bluesky');
      const editor = page.locator('[data-testid="composePostView"] .ProseMirror');
      await typeInto(editor, SCHOOL_DRAFT);
      await page.waitForTimeout(1_000);
      expect(await bannerCount(page)).toBe(0);
      expect((await watchingLine(browser(), page)).count).toBe('0');
      // A positive control in the same browser: the other sites stay on.
      const other = await openReplica(h, 'threads');
      const threadsEditor = other.locator('[role="dialog"] [data-lexical-editor="true"]');
      await typeInto(threadsEditor, SCHOOL_DRAFT);
      await waitForArticles(await bannerOf(threadsEditor, BANNER_TIMEOUT), ['C3'], BANNER_TIMEOUT);
      await other.close();
      // Switched on again in the popup: the open tab follows without a reload.
      await h.setStorage('settings', { schemaVersion: 5, setupDone: true, sites: { bluesky: true } });
      await typeInto(editor, ' Tot morgen!');
      await waitForArticles(await bannerOf(editor, BANNER_TIMEOUT), ['C3', 'C4'], BANNER_TIMEOUT);
      await page.close();
    } finally {
      await h.setStorage('settings', { schemaVersion: 5, setupDone: true });
    }
  });
});

describe('popup', () => {
  it('offers a switch for every site, the new ones included', async () => {
    const h = browser();
    await h.setStorage('settings', { schemaVersion: 5, setupDone: true });
    const popup = await h.newPage(h.extensionUrl('src/popup/index.html'));
    for (const site of ['threads', 'bluesky', 'youtube', 'tiktok']) {
      const box = popup.locator(`#f-sites-${site}`);
      await box.waitFor({ timeout: 10_000 });
      expect(await box.isChecked()).toBe(true);
    }
    expect(await popup.locator('#sites-h').textContent()).toBe(t('popup_section_sites'));
    await popup.close();
  });
});
