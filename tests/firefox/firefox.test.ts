// Postwacht in real Firefox (Debian's firefox-esr over WebDriver BiDi), on the replica pages at the sites' real
// host names: the banner on every editor, exact insertion and undo on every editor (Firefox ignores clipboardData
// on a synthetic paste: issue 12 item 4), popup settings reaching the page, and the photo-metadata warning from
// a JPEG with GPS data (item 11: the file's bytes were not readable from the content script).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITORS, lineBreakOf } from '../e2e/editors.ts';
import { disclaimersFor, insertionProblems, siteOf } from '../e2e/insert-check.ts';
import { makeJpeg } from '../media/photos.ts';
import { bannerCodes, clickInsert, selectAll, modelText, typeLines, undo, until, waitForArticles, waitForNotice } from './banner.ts';
import { hasFirefox } from './harness.ts';
import { useFirefox } from './use-firefox.ts';

const SCHOOL_LINE = 'Mooie ouderavond bij ons op het Liudger!';
const firefox = useFirefox();
const files = mkdtempSync(join(tmpdir(), 'postwacht-ff-files-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

describe.skipIf(!hasFirefox())('Firefox', () => {
  describe.each(EDITORS)('$name', (c) => {
    it('shows the banner, inserts the disclaimer exactly (draft ending in an empty line) and one undo takes it out', async () => {
      const page = await firefox().open(c.page);
      try {
        await typeLines(page, c.editor, `${SCHOOL_LINE}\nTot dan\n`);
        await waitForArticles(page, c.editor, ['C3', 'C4']);
        const before = await modelText(page, c.model);
        await clickInsert(page, c.editor);
        expect(await waitForNotice(page, c.editor)).toBe('inserted');
        const after = await modelText(page, c.model);
        await undo(page);
        const undone = await until(async () => {
          const now = await modelText(page, c.model);
          return now !== after ? now : '';
        }, 5_000, 'undo').catch(() => after);
        expect(insertionProblems(before, after, disclaimersFor(siteOf(c.page)), undone, lineBreakOf(c))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it('applies the function set in the popup to the disclaimer on an open page', async () => {
    const h = firefox();
    const popup = await h.openExtensionPage('src/popup/index.html');
    await popup.waitForSelector('#f-function');
    await popup.focus('#f-function');
    await selectAll(popup);
    await popup.keyboard.type('mentor havo 4');
    await popup.keyboard.press('Enter');
    await until(() => popup.evaluate(async () => {
      const s = (await (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { function?: string }>> } } } }).browser.storage.local.get('settings')).settings;
      return s?.function === 'mentor havo 4';
    }), 10_000, 'function stored');
    await popup.close();
    const page = await h.open('facebook');
    const editor = EDITORS.find((e) => e.id === 'facebook-post-lexical')!.editor;
    await typeLines(page, editor, SCHOOL_LINE);
    await waitForArticles(page, editor, ['C3']);
    await clickInsert(page, editor);
    await waitForNotice(page, editor);
    expect(await modelText(page, 0)).toMatch(/\n+Ik werk als mentor havo 4 bij CSG Liudger\./);
    await page.close();
  });

  it('warns about GPS data in an attached photo (the same generated JPEG as in Chromium)', async () => {
    const path = join(files, 'IMG_0001.jpg');
    writeFileSync(path, makeJpeg({ gps: { lat: 53.1041, lon: 6.0986 } }));
    const page = await firefox().open('facebook');
    const editor = EDITORS.find((e) => e.id === 'facebook-post-lexical')!.editor;
    await typeLines(page, editor, 'Wat een mooie sportdag vandaag met mijn leerlingen van het Liudger!');
    await waitForArticles(page, editor, ['C3']);
    const input = (await page.$('[role="dialog"] input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await until(async () => {
      const codes = await bannerCodes(page, editor);
      return codes.includes('media-consent') && codes.includes('photo-metadata');
    }, 10_000, 'media-consent and photo-metadata').catch(async (err) => {
      throw new Error(`${(err as Error).message}; shown: ${(await bannerCodes(page, editor)).join(',')}`);
    });
    await page.close();
  });
});
