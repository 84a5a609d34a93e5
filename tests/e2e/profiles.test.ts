// Another school's protocol in the real banner: its article labels, titles and wording, and no rule its protocol
// lacks, set through storage as the popup (or a policy) would; then a second school's, applied at once.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/settings/schema.ts';
import { WADWIJK_PROFILE, ZEVENSTERREN_PROFILE } from '../fixtures/profiles.ts';
import { launchExtension, type Harness } from './harness.ts';
import { bannerOf, clearEditor, expandBanner, findingText, footText, NO_LESSONS, openReplica, serveReplicas, shownFindings, typeInto, waitForArticles } from './replica.ts';

let h: Harness;
let page: Page;
let editor: Locator;
let banner: Locator;

const articles = async () => [...new Set((await shownFindings(banner)).map((f) => `${f.article}:${f.code}`))].sort();

beforeAll(async () => {
  h = await launchExtension();
  await serveReplicas(h);
  await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, lessonHours: NO_LESSONS, school: WADWIJK_PROFILE });
  page = await openReplica(h, 'facebook');
  editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  await typeInto(editor, 'Open dag op Wadwijk College, die conrector is een idioot');
  banner = await bannerOf(editor);
});
afterAll(async () => {
  await h?.close();
});

describe("banner with another school's protocol", () => {
  it("shows the school's article labels, titles and wording", async () => {
    await waitForArticles(banner, ['Art. 3.1', 'Art. 3.2', 'Art. 2.7']);
    expect(await articles()).toEqual(['Art. 2.7:abusive', 'Art. 3.1:disclosure-missing', 'Art. 3.2:opinion-missing']);
    await expandBanner(banner);
    const abuse = await findingText(banner, 'abusive');
    expect(abuse).toContain('Respectvol online');
    expect(abuse).toContain('Artikel 2.7: geen scheldwoorden, dreigementen of pesterijen.');
    expect(await findingText(banner, 'disclosure-missing')).toContain('Vermeld je band met Wadwijk College');
    // The foot's contact line refers to the school's own escalation article.
    expect(await footText(banner)).toContain('(Art. 4)');
    expect(await footText(banner)).not.toMatch(/\b(?:B3|C3|A8)\b/);
  });

  it("follows a second school's profile at once, without the rule its protocol lacks", async () => {
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, lessonHours: NO_LESSONS, school: ZEVENSTERREN_PROFILE });
    await clearEditor(editor);
    await typeInto(editor, 'Open dag op Lyceum Zevensterren, die conrector is een idioot');
    await waitForArticles(banner, ['§ 4', '§ 9']);
    // Lyceum Zevensterren's protocol asks for no personal-opinion sentence.
    await expect.poll(articles).toEqual(['§ 4:disclosure-missing', '§ 9:abusive']);
    await expandBanner(banner);
    expect(await findingText(banner, 'disclosure-missing')).toContain('Volgens het protocol (§ 4) vermeld je dan');
    expect(await findingText(banner, 'abusive')).toContain('(§ 9)');
  });

  it("labels the popup's rule switches with the school's articles, and offers none for a rule it lacks", async () => {
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true, school: WADWIJK_PROFILE });
    const popup = await h.newPage(h.extensionUrl('src/popup/index.html'));
    await popup.waitForSelector('#f-rules-abusive');
    const label = (id: string) => popup.locator(`label[for="${id}"]`).textContent();
    expect(await label('f-rules-abusive')).toContain('(Art. 2.7)');
    expect(await label('f-rules-disclosure')).toContain('Art. 3.1');
    const rulesText = (await popup.locator('section[aria-labelledby="rules-h"]').textContent()) ?? '';
    expect(rulesText).not.toMatch(/\b(?:A8|C3|C4|A2)\b/);
    // The second school's protocol has no opinion article: its switch is not offered, and labels follow at once.
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true, school: ZEVENSTERREN_PROFILE });
    await expect.poll(() => label('f-rules-abusive')).toContain('(§ 9)');
    expect(await popup.locator('#f-rules-opinion').count()).toBe(0);
    await popup.close();
  });
});
