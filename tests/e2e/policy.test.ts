// A real Chromium enterprise policy for the extension (see policy-file.ts), written by the same Linux export IT
// gets from policy-bundle.ts, holding values Chromium and Postwacht each refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import { exportPolicy } from '../../src/settings/policy-bundle.ts';
import { SCHEMA_VERSION } from '../../src/settings/schema.ts';
import { extensionDir, launchExtension, type Harness } from './harness.ts';
import { lockState, pageTranslator, policyFile, storage, unpackedExtensionId } from './policy-file.ts';
import { settingsPublished } from './replica.ts';

const POLICY = {
  school: { name: 'OSG Beleidstest', reportUrl: 'http://meldpunt.example.org/melden' },
  // Chromium itself checks this against public/managed_schema.json and leaves out the whole `rules` section.
  rules: { abusive: 'ja', opinion: false },
  timeZone: 'Europe/Brussels',
};

let h: Harness;
let dir: string;
const file = policyFile();
const removePolicy = file.remove;

beforeAll(async () => {
  dir = extensionDir();
  // Written by the same export the options page offers IT (the Linux Chromium form), so what is tested is what
  // an admin gets.
  file.write(exportPolicy(POLICY, 'linux', { extensionId: unpackedExtensionId(dir) }));
  try {
    h = await launchExtension({ extensionDir: dir });
  } catch (err) {
    removePolicy();
    throw err;
  }
}, 240_000);

afterAll(async () => {
  await h?.close();
  removePolicy();
});

describe('a real Chromium policy file', () => {
  it('is read by the extension whose id follows from its path', async () => {
    expect(h.extensionId).toBe(unpackedExtensionId(dir));
    const page = await h.newPage(h.extensionUrl('src/popup/index.html'));
    // What arrives: Chromium dropped `rules` (an invalid value in it) and passed the rest.
    await expect.poll(() => storage(page, 'managed', null), { timeout: 15_000 }).toEqual({ school: POLICY.school, timeZone: POLICY.timeZone });
    await page.close();
  });

  it('applies the valid values from the first published settings on, without the http report URL', async () => {
    await settingsPublished(h);
    const page = await h.newPage(h.extensionUrl('src/popup/index.html'));
    await expect
      .poll(async () => {
        const s = (await storage(page, 'local', 'effectiveSettings')) as { school: { name: string; reportUrl: string }; timeZone: string } | undefined;
        return s && { name: s.school.name, reportUrl: s.school.reportUrl, timeZone: s.timeZone };
      })
      .toEqual({ name: 'OSG Beleidstest', reportUrl: '', timeZone: 'Europe/Brussels' });
    await page.close();
  });

  it('names the rejected value in the popup, and says where the browser lists what it dropped', async () => {
    const page = await h.newPage(h.extensionUrl('src/popup/index.html'));
    await page.waitForSelector('main h1');
    const lang = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'nl';
    const t = translator(lang);
    const notice = page.getByText(t('popup_notice_managed_invalid', ['school.reportUrl']), { exact: true });
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByText(t('popup_notice_managed_browser'), { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('shows the fields it sets locked in the popup and on the options page, and leaves the rest editable', async () => {
    // Past the first-run questions, which show no school fields at all: waiting for those on a fresh profile is
    // what made an earlier version of this check time out.
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true });
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await h.newPage(h.extensionUrl(path));
      // The page paints the user's settings first and the policy once read: wait for the locked state itself.
      await expect.poll(() => lockState(page, 'f-school-name'), { timeout: 15_000 }).toEqual({ value: 'OSG Beleidstest', disabled: true, lock: true });
      const t = await pageTranslator(page);
      expect(await page.locator('#f-school-name-lock').textContent()).toContain(t('popup_locked'));
      // Chromium dropped `rules`, Postwacht refused the http report URL: both stay the user's.
      expect(await lockState(page, 'f-rules-opinion')).toMatchObject({ disabled: false, lock: false });
      expect(await lockState(page, 'f-school-reportUrl')).toMatchObject({ disabled: false, lock: false });
      await page.close();
    }
  });
});
