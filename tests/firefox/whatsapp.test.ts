// WhatsApp Web and B1 (issue 16) in real Firefox, on the same Lexical replica as tests/e2e/whatsapp.test.ts: in a
// class-parents group the banner shows the B1 reminder beside the personal-data finding and offers no disclaimer;
// in a private chat Postwacht leaves no trace at all, and the message stays exactly as typed.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyTraceWithin, bannerCodes, bannerCount, modelText, typeLines, until } from './banner.ts';
import { hasFirefox } from './harness.ts';
import { useFirefox } from './use-firefox.ts';

const firefox = useFirefox();
/** Generous: on a loaded two-core machine Firefox typing and the evaluator's first load take seconds. */
const LOADED = 30_000;
const EDITOR = '#main footer [data-lexical-editor="true"]';
const DRAFT = 'Morgen is Jan de Vries ziek, bel hem op 06-12345678 als er iets is.';

async function openChat(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    const row = [...document.querySelectorAll<HTMLElement>('#pane-side [role="row"]')].find((r) => r.textContent?.includes(n));
    row?.click();
  }, name);
  await until(() => page.evaluate((n) => document.querySelector('#main header .name')?.textContent?.includes(n) ?? false, name), LOADED, `chat ${name} open`);
  await page.waitForSelector(EDITOR, { timeout: LOADED });
}

describe.skipIf(!hasFirefox())('Firefox, WhatsApp Web: B1 in class and parents groups only', () => {
  let page: Page;
  beforeAll(async () => {
    page = await firefox().open('whatsapp');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows B1 and the personal-data finding in the class-parents group, and no disclaimer', async () => {
    await openChat(page, 'Ouders klas 2B');
    await typeLines(page, EDITOR, DRAFT);
    const codes = await until(async () => {
      const c = await bannerCodes(page, EDITOR);
      return c.includes('group-chat') && c.includes('personal-data') ? c : null;
    }, LOADED, 'B1 and personal data in the banner');
    expect(codes!.filter((c) => c === 'disclosure-missing' || c === 'opinion-missing')).toEqual([]);
    expect(await modelText(page)).toBe(DRAFT);
  });

  it('leaves a private chat entirely alone', async () => {
    await openChat(page, 'Mam');
    await typeLines(page, EDITOR, DRAFT);
    await until(async () => (await modelText(page)) === DRAFT, LOADED, 'draft typed in the private chat');
    // The group's banner went with the group's #main; nothing may come back for the private chat.
    expect(await anyTraceWithin(page, 1_500)).toBe(false);
    expect(await bannerCount(page)).toBe(0);
  });
});
