// The compose surfaces as they are in 2025–2026 (issue 13), in Chromium with the built extension, on replicas built
// from each site's own editor library (tests/fixtures/*, evidence in their comments and docs/sites.md):
// LinkedIn's share box (Quill 1 in an open shadow root) and TipTap comments (Enter posts), Facebook's portal dialog
// whose editor is remounted, X's composer re-created after an upload and its Articles editor, Instagram's create
// steps and the messages panel. For each: the banner appears after typing, Insert puts the disclaimer in the
// editor's own model exactly once without posting anything, undo takes it out, and the popup's "watching" line
// is right for the tab. Banners are reached only through tests/e2e/replica.ts.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import type { PageName } from '../fixtures/pages.ts';
import { makeJpeg } from '../media/photos.ts';
import { bannerCount, bannerOf, bannersWithin, modelText, openReplica, shownFindings, typeInto, waitForArticles } from './replica.ts';
import { useReplicaBrowser, watchingLine } from './use-browser.ts';

const t = translator('nl');
const browser = useReplicaBrowser();

/** One line: Enter posts in LinkedIn's comment box, so a multi-line draft there is typed by nobody. */
const SCHOOL_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger! Mijn leerlingen van 3B hebben hard gewerkt.';
const DRACHTEN = { lat: 53.1041, lon: 6.0986 };
const gpsPhoto = () => ({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(makeJpeg({ gps: DRACHTEN })) });
/** Generous: the banner normally follows within a frame; a busy CI machine must not fail the test. */
const BANNER_TIMEOUT = 10_000;

const count = (s: string, needle: string) => s.split(needle).length - 1;
const codes = async (banner: Locator) => (await shownFindings(banner)).map((f) => f.code);
const posted = (page: Page) => page.evaluate(() => window.__posted ?? []);

interface Surface {
  name: string;
  page: PageName;
  editor: string;
  /** Index of the editor's model text on the replica's window.__modelText. */
  model?: number;
  /** Gets the page to the point where the editor exists (steps, uploads). */
  prepare?: (page: Page) => Promise<void>;
  /** Changes the site makes after typing that replace the editor (remounts); returns the new editor. */
  remount?: (page: Page) => Promise<void>;
  fileInput?: string;
}

const SURFACES: Surface[] = [
  {
    name: 'LinkedIn "Create a post" (Quill 1 in an open shadow root)',
    page: 'linkedin-share',
    editor: '#interop-outlet .ql-editor[aria-label="Text editor for creating content"]',
    fileInput: '#interop-outlet #media-editor-file-selector__file-input',
  },
  {
    name: 'LinkedIn feed comment (TipTap, Enter posts)',
    page: 'linkedin-comments',
    editor: '[role="listitem"] [data-view-name="comment-box"] .tiptap.ProseMirror[aria-label="Text editor for creating comment"]',
  },
  {
    name: 'Facebook create post (Lexical in a portal, remounted on a background change)',
    page: 'facebook-portal',
    editor: 'body > div [role="dialog"] [data-lexical-editor="true"]',
    remount: async (page) => {
      await page.locator('[aria-label="Background: green"]').click();
      await page.waitForFunction(() => window.__remounts === 1);
    },
    fileInput: '[role="dialog"] input[type="file"]',
  },
  {
    name: 'X post (Draft.js, re-created after a media upload)',
    page: 'x-compose',
    editor: '[data-testid="tweetTextarea_0"]',
    remount: async (page) => {
      await page.locator('input[data-testid="fileInput"]').setInputFiles([gpsPhoto()]);
      await page.waitForFunction(() => window.__recreated === 1);
    },
  },
  { name: 'X Articles (Draft.js under [data-testid="composer"])', page: 'x-articles', editor: '[data-testid="composer"] .public-DraftEditor-content' },
  {
    name: 'Instagram caption (create dialog, caption step)',
    page: 'instagram-home',
    editor: '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]',
    prepare: async (page) => {
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles([gpsPhoto()]);
      await page.locator('[role="dialog"] [data-next]').click(); // crop → filter
      await page.locator('[role="dialog"] [data-next]').click(); // filter → caption
    },
  },
];

describe.each(SURFACES)('$name', (s) => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;
  let beforeInsert = '';
  const model = s.model ?? 0;

  beforeAll(async () => {
    page = await openReplica(browser(), s.page);
    await s.prepare?.(page);
    editor = page.locator(s.editor).first();
    await editor.waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('says no compose box is watched before one is used', async () => {
    const line = await watchingLine(browser(), page);
    expect(line).toEqual({ text: t('popup_watching_none'), count: '0' });
  });

  it('shows C3 and C4 after typing a school-related draft', async () => {
    await typeInto(editor, SCHOOL_DRAFT);
    banner = await bannerOf(editor, BANNER_TIMEOUT);
    await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
    expect(await modelText(page, model)).toBe(SCHOOL_DRAFT);
  });

  if (s.remount) {
    it('follows the editor the site mounts in its place, with the same text, without a click in it', async () => {
      await s.remount!(page);
      editor = page.locator(s.editor).first();
      await expect.poll(() => modelText(page, model)).toBe(SCHOOL_DRAFT);
      banner = await bannerOf(editor, BANNER_TIMEOUT);
      await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
      expect(await bannerCount(page)).toBe(1);
    });
  }

  it('inserts the disclaimer once, on its own line, in the editor model, without posting anything', async () => {
    beforeInsert = await modelText(page, model);
    await banner.locator('[data-action="insert-disclaimer"]').click();
    await banner.locator('[data-notice="inserted"]').waitFor({ timeout: BANNER_TIMEOUT });
    const after = await modelText(page, model);
    expect(after.startsWith(beforeInsert)).toBe(true);
    const added = after.slice(beforeInsert.length);
    expect(added).toMatch(/^\n+\S/);
    const disclaimer = added.replace(/^\n+/, '');
    expect(disclaimer).toMatch(/Liudger/);
    expect(count(after, disclaimer)).toBe(1);
    expect(count(after, SCHOOL_DRAFT)).toBe(1);
    expect(await posted(page)).toEqual([]);
    await expect.poll(async () => (await shownFindings(banner)).filter((f) => f.article === 'C3' || f.article === 'C4')).toEqual([]);
  });

  it('takes the insertion out again on undo', async () => {
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, model)).toBe(beforeInsert);
    await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
    expect(await posted(page)).toEqual([]);
  });

  if (s.fileInput) {
    it('asks for consent and warns about GPS in a photo picked in the composer', async () => {
      await page.locator(s.fileInput!).setInputFiles([gpsPhoto()]);
      await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    });
  }
  if (s.page === 'x-compose' || s.page === 'instagram-home') {
    it('judges the photo attached before or during the draft', async () => {
      await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    });
  }

  it('says in the popup that it watches one compose box on this page', async () => {
    const line = await watchingLine(browser(), page);
    expect(line).toEqual({ text: t('popup_watching_one'), count: '1' });
  });

  it('made no network request from the extension', () => {
    // The popup pages these tests open load their own chrome-extension:// files; nothing else may appear.
    expect(browser().extensionRequests().filter((r) => !r.url.startsWith(`chrome-extension://${browser().extensionId}/`))).toEqual([]);
  });
});

describe('LinkedIn share box inside the shadow root', () => {
  it('puts the banner in the shadow root beside the editor, and finds a draft the site restored there before focus', async () => {
    const page = await openReplica(browser(), 'linkedin-share');
    // The site restores a saved draft and focuses the editor itself (no typing, no click).
    await page.evaluate(() => {
      const root = document.getElementById('interop-outlet')!.shadowRoot!;
      const ed = root.querySelector<HTMLElement>('.ql-editor')!;
      ed.innerHTML = '<p>Trots op mijn leerlingen van het Liudger vandaag!</p>';
      ed.focus();
    });
    const editor = page.locator('#interop-outlet .ql-editor');
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await waitForArticles(banner, ['C3'], BANNER_TIMEOUT);
    expect(await bannersWithin(page, '#interop-outlet [data-test-modal-id="sharebox"]')).toBe(1);
    await page.close();
  });
});

describe('generic fallback', () => {
  it('judges a comment box no adapter selector matches, and inserts through the generic path with its read-back check', async () => {
    const page = await openReplica(browser(), 'instagram-home');
    const box = page.locator('article section [aria-label="Add a comment…"]');
    // Not one of the Instagram adapter's own selectors (no form, no dialog, no caption label).
    expect(await box.evaluate((el) => ['[role="dialog"] *', 'form *', '[aria-label="Write a caption..."]'].some((s) => el.matches(s)))).toBe(false);
    await typeInto(box, SCHOOL_DRAFT);
    const banner = await bannerOf(box, BANNER_TIMEOUT);
    await waitForArticles(banner, ['C3', 'C4'], BANNER_TIMEOUT);
    await banner.locator('[data-action="insert-disclaimer"]').click();
    await banner.locator('[data-notice="inserted"]').waitFor({ timeout: BANNER_TIMEOUT });
    const after = await modelText(page, 2);
    expect(after.startsWith(SCHOOL_DRAFT)).toBe(true);
    expect(after.slice(SCHOOL_DRAFT.length)).toMatch(/^\n+\S.*Liudger/s);
    await page.close();
  });
});

describe('Instagram messages panel', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openReplica(browser(), 'instagram-home');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('never judges the message box, while a post box on the same page is judged', async () => {
    const dm = page.locator('[aria-label="Message"][contenteditable="true"]');
    await typeInto(dm, 'Hoi Jan, bel me even op 06-12345678 over de leerlingen van het Liudger.');
    expect(await modelText(page, 1)).toContain('06-12345678');
    // A positive control on the same page: the create dialog's caption is judged.
    await page.locator('[role="dialog"] input[type="file"]').setInputFiles([gpsPhoto()]);
    await page.locator('[role="dialog"] [data-next]').click();
    await page.locator('[role="dialog"] [data-next]').click();
    const caption = page.locator('[aria-label="Write a caption..."]');
    await typeInto(caption, SCHOOL_DRAFT);
    await waitForArticles(await bannerOf(caption, BANNER_TIMEOUT), ['C3'], BANNER_TIMEOUT);
    // Both were evaluated in the same frames; the message box got nothing, then or after more typing.
    await typeInto(dm, ' Groetjes');
    await expect.poll(() => modelText(page, 1)).toContain('Groetjes');
    await page.waitForTimeout(500);
    expect(await bannersWithin(page, '#dm-thread')).toBe(0);
    expect(await bannerCount(page)).toBe(1);
    expect(await page.evaluate(() => window.__sentMessages)).toEqual([]);
  });

  it('does not count the message box in the popup', async () => {
    expect(await watchingLine(browser(), page)).toEqual({ text: t('popup_watching_one'), count: '1' });
  });
});
