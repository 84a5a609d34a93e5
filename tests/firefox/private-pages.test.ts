// Private conversations on the sites of issue 16, in real Firefox, on the same replicas as tests/e2e/sites.test.ts:
// a message typed there is never judged (no banner, nothing in the page of Postwacht's), while a school post on the
// same site's public composer in the same browser is — so the silence is the exclusion, not a content script that
// never ran on that host.
import { describe, expect, it } from 'vitest';
import type { PageName } from '../fixtures/pages.ts';
import { anyTraceWithin, bannerCount, modelText, typeLines, until, waitForArticles } from './banner.ts';
import { hasFirefox } from './harness.ts';
import { useFirefox } from './use-firefox.ts';

const firefox = useFirefox();
/** Generous: on a loaded two-core machine Firefox typing and the evaluator's first load take seconds. */
const LOADED = 30_000;
const PRIVATE_DRAFT = 'Hoi Jan de Vries, bel me even op 06-12345678 over de leerlingen van het Liudger.';
const SCHOOL_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger! Mijn leerlingen van 3B hebben hard gewerkt.';

const CASES: { name: string; page: PageName; box: string; publicPage: PageName; publicEditor: string }[] = [
  { name: 'Bluesky chat', page: 'bluesky-messages', box: 'textarea[aria-label="Message input field"]', publicPage: 'bluesky', publicEditor: '[data-testid="composePostView"] .ProseMirror[aria-label="Rich-Text Editor"]' },
  { name: 'TikTok messages', page: 'tiktok-messages', box: '#main-content-messages .public-DraftEditor-content', publicPage: 'tiktok', publicEditor: '[data-e2e="comment-input"] .public-DraftEditor-content' },
  { name: 'YouTube live chat', page: 'youtube-live-chat', box: 'yt-live-chat-app [contenteditable="true"]', publicPage: 'youtube', publicEditor: 'ytd-commentbox #contenteditable-root' },
  { name: 'Threads messages', page: 'threads-messages', box: '[data-lexical-editor="true"]', publicPage: 'threads', publicEditor: '[role="dialog"] [data-lexical-editor="true"]' },
];

describe.skipIf(!hasFirefox())('Firefox, private conversations on the new sites', () => {
  it.each(CASES)('$name is never judged, while the same site’s public composer is', async (c) => {
    const page = await firefox().open(c.page);
    try {
      await page.waitForSelector(c.box, { timeout: LOADED });
      await typeLines(page, c.box, PRIVATE_DRAFT);
      await until(async () => (await modelText(page)).includes('06-12345678'), LOADED, 'draft typed in the private box');
      expect(await anyTraceWithin(page, 1_500)).toBe(false);
      expect(await bannerCount(page)).toBe(0);
    } finally {
      await page.close();
    }
    const open = await firefox().open(c.publicPage);
    try {
      await open.waitForSelector(c.publicEditor, { timeout: LOADED });
      await typeLines(open, c.publicEditor, SCHOOL_DRAFT);
      await waitForArticles(open, c.publicEditor, ['C3'], LOADED);
    } finally {
      await open.close();
    }
  });
});
