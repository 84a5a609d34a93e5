// Photos, videos and timing (issue 5) in Chromium with the built extension: test photos made in the suite are
// attached through the replica composers' own file inputs, and the consent (A5), hidden-metadata and lesson
// recording (A7) warnings must appear, speak the role's language, and clear when the attachment is removed or
// the draft changes. Lesson hours (A1) are checked with a settings window around the current time.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import type { PageName } from '../fixtures/pages.ts';
import { makeJpeg, makeMp4, type PhotoSpec } from '../media/photos.ts';
import { launchExtension, type Harness } from './harness.ts';
import { allDays, bannerLink, bannerOf, clearEditor, findingText, footText, NO_LESSONS, openReplica, serveReplicas, shownFindings, typeInto } from './replica.ts';

const t = translator('nl');
const SCHOOL_DRAFT = 'Wat een mooie sportdag vandaag met mijn leerlingen van het Liudger!';
const PRIVATE_DRAFT = 'Mooie zonsondergang boven het water vanavond.';
const DRACHTEN = { lat: 53.1041, lon: 6.0986 };

interface SiteCase {
  page: PageName;
  editor: string;
  fileInput: string;
  /** Where the replica shows previews; removing one there is what the site's own "remove" button does. */
  previews: string;
  siteNoteKey: string;
}

const SITES: SiteCase[] = [
  { page: 'x', editor: '[data-testid="tweetTextarea_0"]', fileInput: 'input[data-testid="fileInput"]', previews: '#attachments', siteNoteKey: 'media_site_x' },
  { page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]', fileInput: '[role="dialog"] input[type="file"]', previews: '#attachments', siteNoteKey: 'media_site_facebook' },
  { page: 'linkedin-tiptap', editor: '.ProseMirror', fileInput: '#media-editor-file-selector__file-input', previews: '#attachments', siteNoteKey: 'media_site_linkedin' },
];

/**
 * A zone in which it is now about noon, so a lesson window of 08:00–16:00 surely covers the current moment
 * (the content script's clock cannot be faked from the page: it runs in its own world).
 */
function zoneAtNoon(): string {
  const k = 12 - new Date().getUTCHours();
  return k === 0 ? 'Etc/GMT' : k > 0 ? `Etc/GMT-${k}` : `Etc/GMT+${-k}`;
}
const LESSONS_NOW = allDays([{ start: '08:00', end: '16:00' }]);
const LESSONS_NOT_NOW = allDays([{ start: '00:00', end: '04:00' }, { start: '20:00', end: '23:30' }]);

let h: Harness;
let ext: Page;

/** Stores the user's settings (sparse, as the popup does); open tabs follow through storage.onChanged. */
async function setSettings(partial: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (s) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome;
    await c.storage.local.set({ settings: { schemaVersion: 2, setupDone: true, ...s } });
  }, partial);
}

const codes = async (banner: Locator) => (await shownFindings(banner)).map((f) => f.code);

/** For hooks, where expect.poll is not available. */
async function until(check: () => Promise<boolean>, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function attach(page: Page, selector: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.locator(selector).setInputFiles(files);
}
const photo = (name: string, spec: PhotoSpec) => ({ name, mimeType: 'image/jpeg', buffer: Buffer.from(makeJpeg(spec)) });
const video = (name: string) => ({ name, mimeType: 'video/mp4', buffer: Buffer.from(makeMp4()) });

async function removePreviews(page: Page, container: string): Promise<void> {
  await page.locator(`${container} > *`).evaluateAll((els) => els.forEach((e) => e.remove()));
}


beforeAll(async () => {
  h = await launchExtension();
  await serveReplicas(h);
  ext = await h.newPage(h.extensionUrl('src/popup/index.html'));
});
afterAll(async () => {
  await h?.close();
});

describe.each(SITES)('staff on $page', (s) => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;

  beforeAll(async () => {
    await setSettings({ role: 'medewerker', function: 'docent', lessonHours: NO_LESSONS });
    page = await openReplica(h, s.page);
    editor = page.locator(s.editor).first();
    await typeInto(editor, SCHOOL_DRAFT);
    banner = await bannerOf(editor);
    await until(async () => (await codes(banner)).includes('disclosure-missing'));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('asks for consent (A5) and warns about GPS in an attached photo, with what this site does with it', async () => {
    expect(await codes(banner)).not.toContain('media-consent');
    await attach(page, s.fileInput, [photo('IMG_0001.jpg', { gps: DRACHTEN })]);
    await expect.poll(() => codes(banner)).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    // The generated JPEG is a real image: the browser decodes the site's preview of it.
    const width = await page.locator(`${s.previews} img`).first().evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(width).toBe(16);
    const note = await findingText(banner, 'photo-metadata');
    expect(note).toContain(t('rule_photo_metadata_gps_detail', ['1']));
    expect(note).toContain(t(s.siteNoteKey));
    expect(note).toContain(t('media_remove_howto'));
    const consent = await findingText(banner, 'media-consent');
    expect(consent).toContain(t('rule_media_consent_title'));
    const consentLink = await bannerLink(banner, '[data-code="media-consent"] [data-note="consent"] a');
    expect(consentLink).toBe('https://www.csgliudger.nl/publicatie');
  });

  it('clears both when the attachment is removed, and keeps the text warnings', async () => {
    await removePreviews(page, s.previews);
    await expect.poll(() => codes(banner)).not.toContain('media-consent');
    const now = await codes(banner);
    expect(now).not.toContain('photo-metadata');
    expect(now).toContain('disclosure-missing');
  });

  it('asks for consent but reports no hidden data for a clean photo', async () => {
    await attach(page, s.fileInput, [photo('clean.jpg', { camera: { make: 'Canon', model: 'EOS 250D' } })]);
    await expect.poll(() => codes(banner)).toContain('media-consent');
    // The metadata is read asynchronously; give it the time a photo with GPS needed above, then check.
    await page.waitForTimeout(300);
    expect(await codes(banner)).not.toContain('photo-metadata');
    await removePreviews(page, s.previews);
    await expect.poll(() => codes(banner)).not.toContain('media-consent');
  });

  it('drops the consent question when the draft stops being about the school, but not the owner-name warning', async () => {
    await attach(page, s.fileInput, [photo('portrait.jpg', { artist: 'Jan de Vries' })]);
    await expect.poll(() => codes(banner)).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    expect(await findingText(banner, 'photo-metadata')).toContain(t('rule_photo_metadata_owner_detail', ['1']));
    await clearEditor(editor);
    await typeInto(editor, PRIVATE_DRAFT);
    await expect.poll(() => codes(banner)).not.toContain('media-consent');
    expect(await codes(banner)).toContain('photo-metadata');
    await removePreviews(page, s.previews);
    await expect.poll(() => codes(banner)).not.toContain('photo-metadata');
  });
});

describe('a photo alone, without a caption (Instagram)', () => {
  it('is judged: hidden GPS is reported before any text is typed, and clears when removed', async () => {
    await setSettings({ role: 'medewerker', lessonHours: NO_LESSONS, accounts: { instagram: 'official' } });
    const page = await openReplica(h, 'instagram');
    const caption = page.locator('[role="dialog"] [contenteditable="true"]').first();
    await caption.click();
    await attach(page, '#file', [photo('IMG_0002.jpg', { gps: DRACHTEN, ownerName: 'Pieter Bakker' })]);
    const banner = await bannerOf(caption);
    // On an official school channel consent is asked whatever the text says.
    await expect.poll(() => codes(banner)).toEqual(expect.arrayContaining(['media-consent', 'photo-metadata']));
    const note = await findingText(banner, 'photo-metadata');
    expect(note).toContain(t('rule_photo_metadata_both_detail', ['1']));
    expect(note).toContain(t('media_site_instagram'));
    await removePreviews(page, '#preview');
    await expect.poll(() => codes(banner)).toEqual([]);
    await page.close();
  });
});

describe.each([
  { page: 'x' as PageName, editor: '[data-testid="tweetTextarea_0"]', fileInput: 'input[data-testid="fileInput"]' },
  { page: 'facebook' as PageName, editor: '[role="dialog"] [data-lexical-editor="true"]', fileInput: '[role="dialog"] input[type="file"]' },
])('pupil and parent on $page', (s) => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;

  beforeAll(async () => {
    await setSettings({ role: 'leerling', lessonHours: NO_LESSONS });
    page = await openReplica(h, s.page);
    editor = page.locator(s.editor).first();
    await typeInto(editor, SCHOOL_DRAFT);
    banner = await bannerOf(editor);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('warns a pupil about an attached video (A7), asks no disclosure, and points to where to report (A9)', async () => {
    await attach(page, s.fileInput, [video('VID_20260314_101500.mp4')]);
    await expect.poll(() => codes(banner)).toContain('lesson-recording');
    const shown = await codes(banner);
    expect(shown).not.toContain('disclosure-missing');
    expect(shown).not.toContain('opinion-missing');
    expect(await findingText(banner, 'lesson-recording')).toContain(t('rule_lesson_recording_detail'));
    const foot = await footText(banner);
    expect(foot).toContain(t('role_report_pupil', ['de schoolleiding of het College van Bestuur']));
    // B3/B4 ("ask your manager") is for staff only.
    expect(foot).not.toContain(t('banner_contact', ['je leidinggevende']));
  });

  it('clears the recording warning when the video is removed', async () => {
    await removePreviews(page, '#attachments');
    await expect.poll(() => codes(banner)).not.toContain('lesson-recording');
  });

  it('warns a parent about a screen recording in the parent’s own terms, with the school’s report form', async () => {
    await setSettings({ role: 'ouder', lessonHours: NO_LESSONS, school: { reportUrl: 'https://www.csgliudger.nl/melden' } });
    await clearEditor(editor);
    await typeInto(editor, 'Kijk eens hoe het er in de klas aan toe gaat.');
    await attach(page, s.fileInput, [video('Schermopname 2026-03-14 om 10.15.00.mov')]);
    // The role change reaches the open tab through storage.onChanged: wait for the parent's wording.
    await expect.poll(() => findingText(banner, 'lesson-recording')).toContain(t('rule_lesson_recording_parent_detail'));
    const foot = await footText(banner);
    expect(foot).toContain(t('role_report_parent', ['de schoolleiding of het College van Bestuur']));
    const href = await bannerLink(banner, '[data-report] a');
    expect(href).toBe('https://www.csgliudger.nl/melden');
    await removePreviews(page, '#attachments');
    await expect.poll(() => codes(banner)).not.toContain('lesson-recording');
  });

  it('warns about a draft that speaks of recording a lesson, and clears when the draft changes', async () => {
    await setSettings({ role: 'leerling', lessonHours: NO_LESSONS });
    await clearEditor(editor);
    await typeInto(editor, 'Haha ik heb de online les van vandaag opgenomen');
    await expect.poll(() => codes(banner)).toContain('lesson-recording');
    await clearEditor(editor);
    await typeInto(editor, 'Haha wat een leuke dag vandaag');
    await expect.poll(() => codes(banner)).not.toContain('lesson-recording');
  });
});

describe('lesson hours (A1)', () => {
  let page: Page;
  let editor: Locator;
  let banner: Locator;
  const zone = zoneAtNoon();

  beforeAll(async () => {
    await setSettings({ role: 'medewerker', lessonHours: NO_LESSONS, timeZone: zone });
    page = await openReplica(h, 'linkedin-tiptap');
    editor = page.locator('.ProseMirror').first();
    await typeInto(editor, PRIVATE_DRAFT);
    banner = await bannerOf(editor);
  });
  afterAll(async () => {
    await page?.close();
  });
  beforeEach(async () => {
    await page.bringToFront();
  });

  it('reminds staff gently during their lesson hours, and not outside them', async () => {
    await setSettings({ role: 'medewerker', lessonHours: LESSONS_NOW, timeZone: zone });
    await expect.poll(() => codes(banner)).toContain('during-lesson');
    expect(await findingText(banner, 'during-lesson')).toContain(t('rule_during_lesson_title'));
    await setSettings({ role: 'medewerker', lessonHours: LESSONS_NOT_NOW, timeZone: zone });
    await expect.poll(() => codes(banner)).not.toContain('during-lesson');
  });

  it('reminds pupils during school hours in their own terms', async () => {
    await setSettings({ role: 'leerling', lessonHours: LESSONS_NOW, timeZone: zone });
    await expect.poll(() => findingText(banner, 'during-lesson')).toContain(t('rule_during_lesson_pupil_title'));
    await setSettings({ role: 'leerling', lessonHours: LESSONS_NOT_NOW, timeZone: zone });
    await expect.poll(() => codes(banner)).not.toContain('during-lesson');
  });
});

describe('privacy', () => {
  it('read every photo without the extension making a single request', () => {
    expect(h.extensionRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
