// The options page of the built extension in Chromium: the communications office edits the school profile
// (valid and hostile input, live preview as text, save), it is axe-clean in light and dark and works by keyboard
// alone, and every policy form it downloads reads back as the profile it shows.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Translate } from '../../src/i18n/translate.ts';
import { exportPolicy, importPolicy, type PolicyForm } from '../../src/settings/policy-bundle.ts';
import { buildDisclaimer, xWeightedLength } from '../../src/protocol/disclaimer.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type Settings } from '../../src/settings/schema.ts';
import { seriousViolations } from './a11y.ts';
import { launchExtension, type Harness } from './harness.ts';
import { pageTranslator, storage } from './policy-file.ts';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const OPTIONS = 'src/options/index.html';

async function openOptions(): Promise<{ page: Page; t: Translate }> {
  const page = await h.newPage(h.extensionUrl(OPTIONS));
  await page.waitForSelector('#f-school-name');
  return { page, t: await pageTranslator(page) };
}

const errorOf = (page: Page, id: string) => page.locator(`#${id}-err`);
const stored = async (page: Page) => (await storage(page, 'local', 'settings')) as { school?: Record<string, unknown> } | undefined;

/** The settings the first test edits its way to, for the expected previews (rendered by the same code). */
function edited(nl: Partial<Settings['school']['disclaimers']['nl']> = {}): Settings {
  const school = DEFAULT_SETTINGS.school;
  return { ...DEFAULT_SETTINGS, function: 'docent wiskunde', school: { ...school, name: 'Het Testcollege', disclaimers: { ...school.disclaimers, nl: { ...school.disclaimers.nl, ...nl } } } };
}

async function reset(): Promise<void> {
  await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true, function: 'docent wiskunde' });
}

describe('options page', () => {
  it('takes valid edits, names what is wrong with an invalid field beside it, previews as text and saves', async () => {
    await reset();
    const { page, t } = await openOptions();
    const name = page.locator('#f-school-name');
    await name.fill('Het Testcollege');
    await expect.poll(() => page.locator('[data-preview="nl-long"]').textContent()).toBe(buildDisclaimer(edited(), 'nl'));

    // An invalid e-mail address: its own message, tied to the field; the name stays accepted.
    const email = page.locator('#f-school-escalationEmail');
    await email.fill('geen adres');
    expect(await errorOf(page, 'f-school-escalationEmail').textContent()).toBe(t('options_error_email'));
    expect(await email.getAttribute('aria-describedby')).toContain('f-school-escalationEmail-err');
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    // Hostile input: a 10,000-character name is refused with its length; the preview keeps the last valid name.
    await name.fill('x'.repeat(10_000));
    expect(await errorOf(page, 'f-school-name').textContent()).toBe(t('options_error_too_long', [200, 10_000]));
    expect(await page.locator('[data-preview="nl-long"]').textContent()).toContain('Het Testcollege');
    await name.fill('Het Testcollege');
    expect(await errorOf(page, 'f-school-name').count()).toBe(0);
    // One item of a list: named in the message.
    await page.locator('#f-school-handles').fill('a, testcollege');
    expect(await errorOf(page, 'f-school-handles').textContent()).toBe(t('options_error_item', ['a', t('options_error_too_short', [2])]));

    // Markup and an unknown placeholder in a text: shown as text, never as HTML, with a note on the placeholder.
    const short = page.locator('#f-school-disclaimers-nl-short');
    await short.fill('<b>{functie}</b> bij {school} <img src=x onerror=alert(1)> {naam}');
    await expect.poll(() => page.locator('[data-preview="nl-x"]').textContent()).toBe('<b>docent wiskunde</b> bij Het Testcollege <img src=x onerror=alert(1)> {naam}');
    expect(await page.locator('[data-preview] b, [data-preview] img').count()).toBe(0);
    expect(await page.locator('#f-school-disclaimers-nl-short-warn').textContent()).toBe(t('options_placeholder_unknown', ['{naam}']));
    // Against X's 280 characters.
    await short.fill(`Ik werk bij {school}. ${'Heel lang. '.repeat(30)}`);
    const over = await page.locator('[data-preview="nl-x"]').textContent();
    expect(await page.locator('[data-count="nl-x"]').textContent()).toBe(t('options_preview_over', [[...over!].length, 280]));
    await short.fill('Ik werk als {functie} bij {school}; dit is mijn eigen mening.');
    const shortText = 'Ik werk als {functie} bij {school}; dit is mijn eigen mening.';
    const x = buildDisclaimer(edited({ short: shortText }), 'nl', 'x');
    expect(await page.locator('[data-preview="nl-x"]').textContent()).toBe(x);
    expect(await page.locator('[data-count="nl-x"]').textContent()).toBe(t('options_preview_count', [xWeightedLength(x), 280]));

    // Nothing is stored before Save; Save stores the valid values and names the fields it left out.
    expect((await stored(page))?.school).toBeUndefined();
    await page.locator('[data-save]').click();
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(t('options_saved_with_errors', ['school.escalationEmail, school.handles']));
    const school = (await stored(page))!.school!;
    expect(school.name).toBe('Het Testcollege');
    expect((school.disclaimers as { nl: { short: string } }).nl.short).toBe('Ik werk als {functie} bij {school}; dit is mijn eigen mening.');
    expect(school.escalationEmail).toBeUndefined();
    expect(school.handles).toBeUndefined();
    // What open tabs act on follows.
    await expect.poll(async () => ((await storage(page, 'local', 'effectiveSettings')) as { school: { name: string } }).school.name).toBe('Het Testcollege');
    await page.close();
  });

  it('edits which WhatsApp chats are class or parents\' groups (B1), word by word, and saves them', async () => {
    await reset();
    const { page, t } = await openOptions();
    const groupWords = page.locator('#f-school-groupChats-groupWords');
    expect(await groupWords.inputValue()).toBe(DEFAULT_SETTINGS.school.groupChats.groupWords.join(', '));
    // A one-letter word would match half the titles: refused, named, beside the field.
    await groupWords.fill('klas, x, ploeg');
    expect(await errorOf(page, 'f-school-groupChats-groupWords').textContent()).toBe(t('options_error_item', ['x', t('options_error_too_short', [2])]));
    await groupWords.fill('klas, ploeg, stamgroep');
    expect(await errorOf(page, 'f-school-groupChats-groupWords').count()).toBe(0);
    await page.locator('#f-school-groupChats-classCodes').uncheck();
    await page.locator('#f-school-groupChats-alternatives-nl').fill('Magister of de mail van de mentor');
    expect(await page.locator('#f-school-groupChats-alternatives-nl').getAttribute('lang')).toBe('nl');
    await page.locator('[data-save]').click();
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(t('popup_saved'));
    const groupChats = (await stored(page))!.school!.groupChats as Settings['school']['groupChats'];
    expect(groupChats.groupWords).toEqual(['klas', 'ploeg', 'stamgroep']);
    expect(groupChats.classCodes).toBe(false);
    expect(groupChats.alternatives.nl).toBe('Magister of de mail van de mentor');
    // What open tabs act on: the new words, and the fields left alone keep the profile's.
    await expect.poll(async () => ((await storage(page, 'local', 'effectiveSettings')) as Settings).school.groupChats.groupWords).toEqual(['klas', 'ploeg', 'stamgroep']);
    const effective = (await storage(page, 'local', 'effectiveSettings')) as Settings;
    expect(effective.school.groupChats.audienceWords).toEqual(DEFAULT_SETTINGS.school.groupChats.audienceWords);
    await page.close();
  });

  it('has no serious accessibility violations, in light and in dark, with an error shown', async () => {
    await reset();
    const { page, t } = await openOptions();
    await page.locator('#f-school-reportUrl').fill('http://onveilig.example');
    await page.locator('#f-lessonHours-mon').fill('de hele dag');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    // Discard brings every field back to what is stored, the refused ones too.
    await page.locator('#f-school-name').fill('Weg te gooien');
    await page.getByRole('button', { name: t('options_discard') }).click();
    expect(await page.locator('#f-lessonHours-mon').inputValue()).toBe('08:30-16:15');
    expect(await page.locator('#f-school-name').inputValue()).toBe(DEFAULT_SETTINGS.school.name);
    expect(await page.locator('.error[data-error-for]').count()).toBe(0);
    await page.close();
  });

  it('works by keyboard alone: every control is reached, labelled and visibly focused, and a field is edited and saved', async () => {
    await reset();
    const { page, t } = await openOptions();
    const reached: { id: string; named: boolean; ring: boolean }[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return null;
        const labelled = (a as HTMLInputElement).labels?.length || a.getAttribute('aria-label') || (a.tagName === 'BUTTON' && a.textContent?.trim()) || (a.tagName === 'A' && a.textContent?.trim()) || a.tagName === 'SUMMARY';
        const style = getComputedStyle(a);
        const id = a.id || (a.hasAttribute('data-save') ? 'save' : a.hasAttribute('data-export') ? `export:${a.getAttribute('data-export')}` : a.tagName);
        return { id, named: !!labelled, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1, save: a.hasAttribute('data-save') };
      });
      if (!el) continue;
      reached.push(el);
      if (el.save) break;
    }
    expect(reached.at(-1)?.id).toBe('save');
    expect(reached.filter((r) => !r.named)).toEqual([]);
    expect(reached.filter((r) => !r.ring)).toEqual([]);
    const enabled = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[id^="f-"], textarea[id^="f-"]')].filter((e) => !e.disabled).map((e) => e.id));
    expect(enabled.filter((id) => !reached.some((r) => r.id === id))).toEqual([]);

    // Back to the name by Shift+Tab is long; a fresh walk from the top reaches it within a few keys.
    await page.reload();
    await page.waitForSelector('#f-school-name');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-school-name'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-school-name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Toetsenbordcollege');
    await page.keyboard.press('Tab');
    // Space toggles a checkbox: whether the protocol has the lesson-time rule.
    for (let i = 0; i < 100 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-school-articles-lessonTime-inProtocol'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 300 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-save'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(t('popup_saved'));
    const school = (await stored(page))!.school as { name: string; articles: { lessonTime: { inProtocol: boolean } } };
    expect(school.name).toBe('Toetsenbordcollege');
    expect(school.articles.lessonTime.inProtocol).toBe(false);
    await page.close();
  });

  it('downloads every policy form the README documents, each reading back as the profile on the page', async () => {
    await reset();
    const { page } = await openOptions();
    await page.locator('#f-school-name').fill('Het Exportcollege');
    // Chromium's own id for this extension is filled in for the Chrome and Edge forms.
    expect(await page.locator('#f-extension-id').inputValue()).toBe(h.extensionId);
    const forms: PolicyForm[] = ['policy', 'admin', 'reg-chrome', 'reg-edge', 'intune', 'firefox', 'linux'];
    for (const form of forms) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${form}"]`).click()]);
      const bytes = readFileSync((await download.path())!);
      const text = form.startsWith('reg-') ? new TextDecoder('utf-16le').decode(bytes) : bytes.toString('utf8');
      const back = importPolicy(text);
      expect(back.ok && back.form, form).toBe(form);
      if (!back.ok) continue;
      expect(back.invalid, form).toEqual([]);
      expect((back.overrides.school as { name: string }).name, form).toBe('Het Exportcollege');
    }
    await page.close();
  });

  it('imports a policy file into the fields, names what it left out, and stores nothing before Save', async () => {
    await reset();
    const { page, t } = await openOptions();
    const before = await stored(page);
    const policy = { school: { name: 'Lyceum Ingelezen', reportUrl: 'http://niet-veilig.example' }, timeZone: 'Europe/Brussels' };
    await page.locator('#f-policy-import').setInputFiles({ name: 'postwacht-google-admin.json', mimeType: 'application/json', buffer: Buffer.from(exportPolicy(policy, 'admin')) });
    await expect.poll(() => page.locator('[data-import-result]').textContent()).toBe(
      t('options_import_read', [2, t('options_form_admin')]) + t('options_import_invalid', ['school.reportUrl']),
    );
    expect(await page.locator('#f-school-name').inputValue()).toBe('Lyceum Ingelezen');
    expect(await page.locator('#f-timeZone').inputValue()).toBe('Europe/Brussels');
    expect(await page.locator('#f-school-reportUrl').inputValue()).toBe(DEFAULT_SETTINGS.school.reportUrl);
    expect(await stored(page)).toEqual(before);
    await page.locator('[data-save]').click();
    await expect.poll(async () => (await stored(page))?.school?.name).toBe('Lyceum Ingelezen');

    await page.locator('#f-policy-import').setInputFiles({ name: 'video.json', mimeType: 'application/json', buffer: Buffer.from('{niet json') });
    await expect.poll(() => page.locator('[data-import-result]').textContent()).toBe(t('settings_import_not_json'));
    await page.close();
  });

  it('is opened from the popup, in the popup\'s language', async () => {
    // English set explicitly (the browser here is nl-NL): the options page must follow the setting the popup
    // follows. Under 'auto' it once rendered in English in five runs of this test alone, while the browser, the
    // service worker and both pages reported nl-NL afterwards: a page the extension opens by itself can start
    // before Playwright's locale emulation reaches it, which no real browser does.
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true, function: 'docent wiskunde', uiLanguage: 'en' });
    const popup = await h.newPage(h.extensionUrl('src/popup/index.html'));
    await popup.waitForSelector('main h1');
    // <html lang> is read as soon as the heading exists: it must already name the language of the text.
    const popupLang = await popup.evaluate(() => document.documentElement.lang);
    expect(popupLang).toBe('en');
    const t = await pageTranslator(popup);
    expect(await popup.locator('main h1').textContent()).toBe(t('popup_title'));
    const link = popup.getByRole('link', { name: t('popup_open_editor') });
    // Under import and export; the second, in the school profile, is hidden until that is unfolded.
    expect(await link.count()).toBe(1);
    const [options] = await Promise.all([h.context.waitForEvent('page', (p) => p.url().includes('src/options/index.html')), link.click()]);
    await options.waitForSelector('#f-school-name');
    expect(await options.locator('h1').textContent()).toBe(t('options_title'));
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(popupLang);
    await options.close();
    if (!popup.isClosed()) await popup.close();
  });
});
