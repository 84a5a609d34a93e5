// The popup of the built extension in Chromium: first run, role and function, policy locks, import of a bad
// file, accessibility; and an open compose page whose banner and inserted disclaimer follow the popup at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator, type Translate } from '../../src/i18n/translate.ts';
import { launchExtension, type Harness } from './harness.ts';
import { seriousViolations } from './a11y.ts';
import { bannerButton, bannerFor, modelText, openReplica, serveReplicas, shownArticles, typeInto, waitForArticles } from './replica.ts';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
  await serveReplicas(h);
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const POPUP = 'src/popup/index.html';

async function openPopup(): Promise<{ page: Page; t: Translate }> {
  const page = await h.newPage(h.extensionUrl(POPUP));
  await page.waitForSelector('main h1');
  const lang = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'nl';
  return { page, t: translator(lang) };
}

async function storedSettings(page: Page, key = 'settings'): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async (k) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get(k))[k] as Record<string, unknown> | undefined;
  }, key);
}

async function clearSettings(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { clear: () => Promise<void> } } } }).chrome;
    await c.storage.local.clear();
  });
}

describe('popup', () => {
  it('asks role and function on first run, then shows the settings with a live preview', async () => {
    const { page, t } = await openPopup();
    await clearSettings(page);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(t('popup_firstrun_title'));
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard only: the first role is focused, the arrow keys move between roles.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: t('popup_role_leerling'), exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: t('popup_role_medewerker'), exact: true }).isChecked()).toBe(true);
    await page.getByLabel(t('popup_function_label')).fill('docent wiskunde');
    // The first run offers the English function too (issue 14).
    expect(await page.getByLabel(t('popup_function_en_label')).count()).toBe(1);
    await page.getByLabel(t('popup_function_label')).press('Enter');

    await expect.poll(() => page.locator('h1').textContent()).toBe(t('popup_title'));
    await expect.poll(() => page.locator('[data-preview-lang=nl]').textContent()).toContain('docent wiskunde');
    await expect.poll(() => storedSettings(page)).toMatchObject({ function: 'docent wiskunde', setupDone: true });

    // The preview follows typing before anything else happens.
    await page.getByLabel(t('popup_function_label')).fill('mentor');
    await expect.poll(() => page.locator('[data-preview-lang=nl]').textContent()).toContain('Ik werk als mentor bij CSG Liudger');
    // No English function set: the English disclaimer says where, not the Dutch function (issue 14).
    expect(await page.locator('[data-preview-lang=en]').textContent()).toContain('I work at CSG Liudger.');
    await page.close();
  });

  it('has no serious accessibility violations, with the school profile open', async () => {
    const { page } = await openPopup();
    await page.locator('details.school summary').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses an invalid settings file with a clear message and changes nothing', async () => {
    const { page, t } = await openPopup();
    const before = await storedSettings(page);
    const input = page.getByLabel(t('popup_import_label'));
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"role":"directeur","function":"x"}') });
    await expect.poll(() => page.locator('[data-import-result]').textContent()).toBe(t('settings_import_invalid_fields', ['role']));
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
    await expect.poll(() => page.locator('[data-import-result]').textContent()).toBe(t('settings_import_not_json'));
    expect(await storedSettings(page)).toEqual(before);

    await input.setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":2,"function":"teamleider"}') });
    await expect.poll(() => page.locator('[data-import-result]').textContent()).toBe(t('popup_import_done'));
    await expect.poll(() => storedSettings(page)).toMatchObject({ function: 'teamleider' });
    await page.close();
  });

  it('names settings that fell back to their defaults, and switches language at once', async () => {
    const { page } = await openPopup();
    const before = await storedSettings(page);
    await page.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome;
      await c.storage.local.set({ settings: { schemaVersion: 2, setupDone: true, role: 'rector', function: 'mentor', lessonHours: { mon: 'altijd' } } });
    });
    await page.reload();
    await page.waitForSelector('main h1');
    const t = translator((await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'nl');
    const en = translator('en');
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain(t('popup_notice_fallback', ['role, lessonHours.mon']));
    expect(await page.getByLabel(t('popup_function_label')).inputValue()).toBe('mentor');

    await page.getByRole('combobox', { name: t('popup_section_language') }).selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe(en('popup_title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('radio', { name: en('popup_role_leerling'), exact: true }).count()).toBe(1);

    await page.evaluate(async (prev) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome;
      await c.storage.local.set({ settings: prev });
    }, before);
    await page.close();
  });

  it("shows fields set by the school's policy as locked, and names invalid policy values", async () => {
    const page = await h.context.newPage();
    // Stands in for the OS policy store: the popup reads storage.managed through the same API.
    await page.addInitScript(() => {
      const policy = { school: { name: 'Het Beleidscollege', reportUrl: 'ftp://nope' }, rules: { abusive: false } };
      const c = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome;
      c.storage.managed.get = (_keys: unknown, cb?: (v: unknown) => void) => (cb ? cb(policy) : Promise.resolve(policy));
    });
    await page.goto(h.extensionUrl(POPUP));
    await page.waitForSelector('main h1');
    const t = translator((await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'nl');
    await page.locator('details.school summary').click();
    const name = page.getByLabel(t('popup_school_name'));
    expect(await name.isDisabled()).toBe(true);
    expect(await name.inputValue()).toBe('Het Beleidscollege');
    expect(await page.locator('#f-school-name-lock').textContent()).toContain(t('popup_locked'));
    expect(await page.getByLabel(t('popup_rule_abusive')).isDisabled()).toBe(true);
    expect(await page.getByLabel(t('popup_rule_abusive')).isChecked()).toBe(false);
    expect(await page.getByLabel(t('popup_rule_opinion')).isDisabled()).toBe(false);
    expect(await page.locator('.notice').allTextContents()).toContain(t('popup_notice_managed_invalid', ['school.reportUrl']));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

/** Articles the banner shows right now. */
const articles = shownArticles;

describe('an open compose page follows the popup without a reload', () => {
  it('drops C3/C4 for a pupil, and inserts the disclaimer with the new function for staff', async () => {
    const compose = await openReplica(h, 'linkedin-tiptap');
    const editor = compose.locator('.ProseMirror');
    await typeInto(editor, 'Morgen is de open dag van CSG Liudger in Drachten, kom gerust langs!');
    const banner = bannerFor(compose);
    await waitForArticles(banner, ['C3', 'C4']);
    expect(await seriousViolations(compose, 'postwacht-banner')).toEqual([]);

    const { page: popup, t } = await openPopup();
    if (await popup.getByRole('button', { name: t('popup_firstrun_done') }).isVisible()) {
      await popup.getByRole('button', { name: t('popup_firstrun_done') }).click();
    }
    await popup.getByRole('radio', { name: t('popup_role_leerling'), exact: true }).check();
    await compose.bringToFront();
    await expect.poll(() => articles(compose), { timeout: 20_000 }).not.toContain('C3');
    expect(await articles(compose)).not.toContain('C4');

    await popup.bringToFront();
    await popup.getByRole('radio', { name: t('popup_role_medewerker'), exact: true }).check();
    await popup.getByLabel(t('popup_function_label')).fill('teamleider bovenbouw');
    await expect.poll(() => storedSettings(popup)).toMatchObject({ function: 'teamleider bovenbouw' });
    // What open tabs act on: the worker's validated copy (src/background/settings-publisher.ts).
    await expect.poll(() => storedSettings(popup, 'effectiveSettings')).toMatchObject({ role: 'medewerker', function: 'teamleider bovenbouw' });

    await compose.bringToFront();
    await waitForArticles(banner, ['C3', 'C4']);
    await bannerButton(banner, 'insert-disclaimer').click();
    const expected = 'Ik werk als teamleider bovenbouw bij CSG Liudger.';
    await expect.poll(() => modelText(compose)).toContain(expected);
    const text = await modelText(compose);
    expect(text.split(expected).length - 1).toBe(1);
    expect(text.startsWith('Morgen is de open dag van CSG Liudger in Drachten, kom gerust langs!')).toBe(true);
    await expect.poll(() => articles(compose)).not.toContain('C3');
    await popup.close();
    await compose.close();
  });

  it('pauses the warnings for an hour from the popup, and resumes them', async () => {
    const compose = await openReplica(h, 'x');
    await typeInto(compose.locator('[data-testid="tweetTextarea_0"]'), 'Trots op mijn leerlingen van CSG Liudger vandaag!');
    const banner = bannerFor(compose);
    await waitForArticles(banner, ['C3']);

    const { page: popup, t } = await openPopup();
    const before = Date.now();
    await popup.getByRole('button', { name: t('popup_pause_button') }).click();
    await expect.poll(async () => ((await storedSettings(popup)) as { pausedUntil?: number } | undefined)?.pausedUntil ?? 0).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(((await storedSettings(popup)) as { pausedUntil: number }).pausedUntil).toBeLessThanOrEqual(Date.now() + 3_600_000);
    await compose.bringToFront();
    await expect.poll(() => articles(compose), { timeout: 20_000 }).toEqual([]);

    await popup.bringToFront();
    await popup.getByRole('button', { name: t('popup_resume_button') }).click();
    await compose.bringToFront();
    await waitForArticles(banner, ['C3']);
    await popup.close();
    await compose.close();
  });
});
