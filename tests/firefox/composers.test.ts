// The compose surfaces as they are in 2025–2026 (issue 13) in real Firefox, on the same replicas as the Chromium
// tests (tests/e2e/composers.test.ts, tests/fixtures/*): LinkedIn's share box (Quill 1 in an open shadow root,
// with its file input there too) and TipTap comments (Enter posts), Facebook's portal dialog whose editor is
// remounted, X's composer re-created after an upload, Instagram's caption step and its messages panel. For each:
// the banner after typing, Insert puts the disclaimer in the editor's model exactly once without posting, undo
// takes it out, photo warnings where the surface has a file input, and the popup's "watching" line for the tab.
// Since issue 16 also Threads, Bluesky, YouTube comments and TikTok comments and Studio captions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import type { PageName } from '../fixtures/pages.ts';
import { makeJpeg } from '../media/photos.ts';
import { bannerCodes, bannerCount, clickInsert, modelText, typeLines, undo, until, waitForArticles, waitForNotice } from './banner.ts';
import { hasFirefox } from './harness.ts';
import { useFirefox } from './use-firefox.ts';

// Debian's firefox-esr has no Dutch language pack, so the popup may show English whatever the preference says:
// either language's text is right, the count must be exact.
const LANGS = [translator('nl'), translator('en')];
const expectWatching = (line: { text: string; count: string | null }, key: 'popup_watching_none' | 'popup_watching_one', n: string) => {
  expect(line.count).toBe(n);
  expect(LANGS.map((t) => t(key))).toContain(line.text);
};
const firefox = useFirefox();
/** One line: Enter posts in LinkedIn's comment box. */
const SCHOOL_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger! Mijn leerlingen van 3B hebben hard gewerkt.';
const files = mkdtempSync(join(tmpdir(), 'postwacht-ff-composers-'));
const PHOTO = join(files, 'IMG_0001.jpg');
writeFileSync(PHOTO, makeJpeg({ gps: { lat: 53.1041, lon: 6.0986 } }));
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** Generous: on a loaded two-core machine Firefox typing and the evaluator's first load take seconds. */
const LOADED = 30_000;
const count = (s: string, needle: string) => s.split(needle).length - 1;
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted?: string[] }).__posted ?? []);

/**
 * A replica page at the size of Chromium's default window: at puppeteer's 800×600 the Instagram messages panel
 * (fixed at the bottom right) covers the banner's buttons, and a real click lands on the panel.
 */
async function open(name: PageName): Promise<Page> {
  const page = await firefox().open(name);
  // Firefox ESR's WebDriver BiDi sets the size but knows no screen-orientation override, which puppeteer sends
  // along: the size is checked, the orientation error ignored.
  await page.setViewport({ width: 1280, height: 900 }).catch(() => undefined);
  await until(() => page.evaluate(() => innerWidth >= 1280), LOADED, 'viewport 1280×900');
  return page;
}

/** Types after the tab has focus again (the popup tab just closed): a key press before that is lost. */
async function typeInFocus(page: Page, selector: string, text: string): Promise<void> {
  await until(() => page.evaluate(() => document.hasFocus()), LOADED, 'page focus');
  await typeLines(page, selector, text);
}

async function upload(page: Page, selector: string): Promise<void> {
  const input = (await page.waitForSelector(selector, { timeout: 10_000 })) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(PHOTO);
}

/**
 * The popup's watching line for `page`'s tab: the popup opened as a tab picks the tab used last before it
 * (src/popup/watching.tsx), which is `page` once it was brought to the front.
 */
async function watchingLine(page: Page): Promise<{ text: string; count: string | null }> {
  await page.bringToFront();
  const popup = await firefox().openExtensionPage('src/popup/index.html');
  try {
    // Polled by evaluate: puppeteer's waitForSelector builds its poller with Function(), which the extension
    // page's CSP refuses.
    const line = await until(
      () => popup.evaluate(() => {
        const p = document.querySelector('p.watching');
        return p ? { text: p.textContent ?? '', count: p.getAttribute('data-watching') } : null;
      }),
      LOADED,
      'watching line',
    );
    return line!;
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

interface Surface {
  name: string;
  page: PageName;
  /** Puppeteer selector; ` >>> ` steps into an open shadow root. */
  editor: string;
  prepare?: (page: Page) => Promise<void>;
  /** What the site does after typing that replaces the editor with a new one holding the same text. */
  remount?: (page: Page) => Promise<void>;
  fileInput?: string;
  /** The photo was attached in `prepare` or `remount`. */
  photoBefore?: true;
}

const SURFACES: Surface[] = [
  {
    name: 'LinkedIn "Create a post" (Quill 1 in an open shadow root)',
    page: 'linkedin-share',
    editor: '#interop-outlet >>> .ql-editor[aria-label="Text editor for creating content"]',
    fileInput: '#interop-outlet >>> #media-editor-file-selector__file-input',
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
      await page.click('[aria-label="Background: green"]');
      await page.waitForFunction(() => (window as unknown as { __remounts?: number }).__remounts === 1, { timeout: LOADED });
    },
    fileInput: '[role="dialog"] input[type="file"]',
  },
  {
    name: 'X post (Draft.js, re-created after a media upload)',
    page: 'x-compose',
    editor: '[data-testid="tweetTextarea_0"]',
    remount: async (page) => {
      await upload(page, 'input[data-testid="fileInput"]');
      await page.waitForFunction(() => (window as unknown as { __recreated?: number }).__recreated === 1, { timeout: LOADED });
    },
    photoBefore: true,
  },
  {
    name: 'Instagram caption (create dialog, caption step)',
    page: 'instagram-home',
    editor: '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]',
    prepare: async (page) => {
      await upload(page, '[role="dialog"] input[type="file"]');
      await (await page.waitForSelector('[role="dialog"] [data-next]'))!.click(); // crop → filter
      await page.waitForSelector('[role="dialog"] img.x5yr21d');
      await (await page.waitForSelector('[role="dialog"] [data-next]'))!.click(); // filter → caption
    },
    photoBefore: true,
  },
  // The public composers of issue 16 (tests/e2e/sites.test.ts has their private-conversation checks).
  { name: 'Threads new thread (Lexical in a dialog)', page: 'threads', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  { name: 'Bluesky post (TipTap in composePostView)', page: 'bluesky', editor: '[data-testid="composePostView"] .ProseMirror[aria-label="Rich-Text Editor"]' },
  { name: 'YouTube comment (plain contenteditable in Polymer elements)', page: 'youtube', editor: 'ytd-commentbox #contenteditable-root' },
  { name: 'TikTok comment (Draft.js, Enter posts)', page: 'tiktok', editor: '[data-e2e="comment-input"] .public-DraftEditor-content' },
  { name: 'TikTok Studio caption (Draft.js)', page: 'tiktok-studio', editor: '.upload-container .public-DraftEditor-content' },
];

describe.skipIf(!hasFirefox())('Firefox, the 2026 compose surfaces', () => {
  describe.each(SURFACES)('$name', (s) => {
    let page: Page;
    let beforeInsert = '';

    beforeAll(async () => {
      page = await open(s.page);
      await s.prepare?.(page);
      await page.waitForSelector(s.editor, { timeout: 15_000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('says no compose box is watched before one is used', async () => {
      expectWatching(await watchingLine(page), 'popup_watching_none', '0');
    });

    it('shows C3 and C4 after typing a school-related draft', async () => {
      await typeInFocus(page, s.editor, SCHOOL_DRAFT);
      await waitForArticles(page, s.editor, ['C3', 'C4'], LOADED);
      expect(await modelText(page)).toBe(SCHOOL_DRAFT);
    });

    if (s.remount) {
      it('follows the editor the site mounts in its place, with the same text, without a click in it', async () => {
        await s.remount!(page);
        await until(async () => (await modelText(page)) === SCHOOL_DRAFT, LOADED, 'text in the new editor');
        await waitForArticles(page, s.editor, ['C3', 'C4'], LOADED);
        expect(await bannerCount(page)).toBe(1);
      });
    }

    it('inserts the disclaimer once, on its own line, in the editor model, without posting anything', async () => {
      beforeInsert = await modelText(page);
      await clickInsert(page, s.editor);
      expect(await waitForNotice(page, s.editor, LOADED)).toBe('inserted');
      const after = await modelText(page);
      expect(after.startsWith(beforeInsert)).toBe(true);
      const added = after.slice(beforeInsert.length);
      expect(added).toMatch(/^\n+\S/);
      const disclaimer = added.replace(/^\n+/, '');
      expect(disclaimer).toMatch(/Liudger/);
      expect(count(after, disclaimer)).toBe(1);
      expect(count(after, SCHOOL_DRAFT)).toBe(1);
      expect(await posted(page)).toEqual([]);
    });

    it('takes the insertion out again on one undo', async () => {
      await page.focus(s.editor);
      await undo(page);
      await until(async () => (await modelText(page)) === beforeInsert, 5_000, 'undo').catch(async () => {
        throw new Error(`after undo: ${JSON.stringify(await modelText(page))}`);
      });
      expect(await posted(page)).toEqual([]);
    });

    if (s.fileInput) {
      it('asks for consent and warns about GPS in a photo picked in the composer', async () => {
        await upload(page, s.fileInput!);
        await until(async () => {
          const codes = await bannerCodes(page, s.editor);
          return codes.includes('media-consent') && codes.includes('photo-metadata');
        }, LOADED, 'media-consent and photo-metadata');
      });
    }
    if (s.photoBefore) {
      it('judges the photo attached before or during the draft', async () => {
        await until(async () => {
          const codes = await bannerCodes(page, s.editor);
          return codes.includes('media-consent') && codes.includes('photo-metadata');
        }, LOADED, 'media-consent and photo-metadata');
      });
    }

    it('says in the popup that it watches one compose box on this page', async () => {
      expectWatching(await watchingLine(page), 'popup_watching_one', '1');
    });
  });

  describe('Instagram messages panel', () => {
    it('never judges the message box, while the caption on the same page is judged', async () => {
      const page = await open('instagram-home');
      try {
        const dm = '[aria-label="Message"][contenteditable="true"]';
        await typeInFocus(page, dm, 'Hoi Jan, bel me even op 06-12345678 over de leerlingen van het Liudger.');
        expect(await modelText(page, 1)).toContain('06-12345678');
        // A positive control on the same page: the create dialog's caption is judged.
        await SURFACES.find((x) => x.page === 'instagram-home')!.prepare!(page);
        const caption = '[aria-label="Write a caption..."]';
        await page.waitForSelector(caption);
        await typeInFocus(page, caption, SCHOOL_DRAFT);
        await waitForArticles(page, caption, ['C3'], LOADED);
        await typeInFocus(page, dm, ' Groetjes');
        await until(async () => (await modelText(page, 1)).includes('Groetjes'), 5_000, 'typed in the message box');
        await new Promise((r) => setTimeout(r, 500));
        expect(await bannerCount(page, '#dm-thread')).toBe(0);
        expect(await bannerCount(page)).toBe(1);
        expect(await page.evaluate(() => (window as unknown as { __sentMessages?: string[] }).__sentMessages)).toEqual([]);
        expectWatching(await watchingLine(page), 'popup_watching_one', '1');
      } finally {
        await page.close();
      }
    });
  });
});
