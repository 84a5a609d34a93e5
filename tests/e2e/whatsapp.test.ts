// WhatsApp Web and B1 (issue 16), in Chromium with the built extension, on a replica built with Lexical (the
// editor WhatsApp Web's message box is): in a chat whose title reads as a class or parents' group the banner shows
// the B1 reminder beside the personal-data finding, and offers no disclaimer; in a private or family chat nothing
// of Postwacht appears at all; switching chats, or a chat's title changing under the same box, updates it; with
// B1 or the site switched off, nothing. No request leaves the extension.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bannerButton, bannerCount, bannerOf, expandBanner, findingText, modelText, openReplica, shownFindings, typeInto } from './replica.ts';
import { useReplicaBrowser } from './use-browser.ts';

const browser = useReplicaBrowser();
const BANNER_TIMEOUT = 10_000;
/** Long enough for several evaluations (each follows within a frame or a 150 ms pause), on a loaded machine. */
const QUIET_MS = 1_500;
const DRAFT = 'Morgen is Jan de Vries ziek, bel hem op 06-12345678 als er iets is.';

const EDITOR = '#main footer [data-lexical-editor="true"]';
const codes = async (banner: Locator) => (await shownFindings(banner)).map((f) => f.code);
/** Anything of Postwacht in the page: the banner host or the marks layer. */
const traces = (page: Page) => page.evaluate(() => document.querySelectorAll('postwacht-banner, postwacht-marks').length);

async function setSettings(partial: Record<string, unknown>): Promise<void> {
  await browser().setStorage('settings', { schemaVersion: 5, setupDone: true, role: 'medewerker', ...partial });
}

async function openChat(page: Page, name: string): Promise<Locator> {
  await page.locator('#pane-side [role="row"]', { hasText: name }).click();
  await page.locator('#main header .name', { hasText: name }).waitFor();
  return page.locator(EDITOR);
}

/** Waits QUIET_MS and says whether Postwacht left any trace meanwhile (checked every frame, not just at the end). */
async function anyTraceWithin(page: Page): Promise<boolean> {
  return page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const end = performance.now() + ms;
        const tick = () => {
          if (document.querySelector('postwacht-banner, postwacht-marks')) return resolve(true);
          if (performance.now() > end) return resolve(false);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    QUIET_MS,
  );
}

describe('WhatsApp Web: B1 in class and parents groups', () => {
  let page: Page;

  /**
   * The class-parents group with a draft and its banner. Each test that expects silence starts here, so the
   * silence is not merely the checks not having loaded yet (they load on the first focus of a message box).
   */
  async function groupWithBanner(): Promise<Locator> {
    const editor = await openChat(page, 'Ouders klas 2B');
    await typeInto(editor, DRAFT);
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toContain('group-chat');
    return editor;
  }

  beforeAll(async () => {
    await setSettings({});
    page = await openReplica(browser(), 'whatsapp');
  });

  it('shows the B1 reminder with the personal-data finding in the class-parents group, and no disclaimer', async () => {
    const editor = await openChat(page, 'Ouders klas 2B');
    await typeInto(editor, DRAFT);
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toEqual(expect.arrayContaining(['group-chat', 'personal-data']));
    const found = await shownFindings(banner);
    expect(found.find((f) => f.code === 'group-chat')?.article).toBe('B1');
    // Only the chat rules: no disclosure or opinion statement asked for, so no insert button either.
    expect((await codes(banner)).filter((c) => c === 'disclosure-missing' || c === 'opinion-missing')).toEqual([]);
    expect(await bannerButton(banner, 'insert-disclaimer').count()).toBe(0);
    await expandBanner(banner);
    const b1 = await findingText(banner, 'group-chat');
    expect(b1).toContain('Yammer');
    expect(b1).toContain('CSG Liudger');
    // Nothing was changed in the person's message.
    expect(await modelText(page)).toBe(DRAFT);
  });

  it('leaves a private chat entirely alone: no banner, no marks, not even an empty host', async () => {
    await groupWithBanner();
    const editor = await openChat(page, 'Mam');
    await typeInto(editor, DRAFT);
    expect(await anyTraceWithin(page)).toBe(false);
    expect(await modelText(page)).toBe(DRAFT);
  });

  it('leaves a family group alone too', async () => {
    await groupWithBanner();
    const editor = await openChat(page, 'Familie Bosma');
    await typeInto(editor, 'Pake, kom je zondag? Bel Jan de Vries even op 06-12345678.');
    expect(await anyTraceWithin(page)).toBe(false);
  });

  it('follows a switch back to the group: the reminder returns', async () => {
    const editor = await openChat(page, 'Ouders klas 2B');
    await typeInto(editor, DRAFT);
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toContain('group-chat');
    expect(await bannerCount(page)).toBe(1);
  });

  it('reads the title at judge time: the same box in a chat renamed to a private name is let go, and taken up again', async () => {
    const editor = await groupWithBanner();
    expect(await bannerCount(page)).toBe(1);
    await page.evaluate(() => window.__renameChat!('Mam ❤️'));
    await typeInto(editor, ' Tot morgen.');
    await expect.poll(() => traces(page), { timeout: BANNER_TIMEOUT }).toBe(0);
    await page.evaluate(() => window.__renameChat!('Mentorklas h4c'));
    await typeInto(editor, ' Groet.');
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toContain('group-chat');
  });

  it('shows nothing when B1 is switched off, even in the class-parents group', async () => {
    await groupWithBanner();
    await setSettings({ rules: { groupChat: false } });
    await expect.poll(() => traces(page), { timeout: BANNER_TIMEOUT }).toBe(0);
    const editor = await openChat(page, 'Ouders klas 2B');
    await typeInto(editor, DRAFT);
    expect(await anyTraceWithin(page)).toBe(false);
  });

  it('shows nothing when the WhatsApp site is switched off', async () => {
    await setSettings({});
    await groupWithBanner();
    await setSettings({ sites: { whatsapp: false } });
    const editor = await openChat(page, 'Ouders klas 2B');
    await typeInto(editor, DRAFT);
    expect(await anyTraceWithin(page)).toBe(false);
    // And on again: the reminder is back, so the silence above was the switch.
    await setSettings({});
    await typeInto(editor, ' Groet.');
    const banner = await bannerOf(editor, BANNER_TIMEOUT);
    await expect.poll(() => codes(banner), { timeout: BANNER_TIMEOUT }).toContain('group-chat');
  });

  it('made no network request from the extension', () => {
    expect(browser().extensionRequests().filter((r) => !r.url.startsWith(`chrome-extension://${browser().extensionId}/`))).toEqual([]);
  });
});
