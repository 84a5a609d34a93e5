// The whole way from the communications office to every browser: the options page's Linux Chromium export,
// written as the real managed policy file (policy-file.ts), locks exactly the fields it sets once Chromium
// starts with it: in the popup and on the options page, which then refuses edits to them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/settings/schema.ts';
import { extensionDir, launchExtension, type Harness } from './harness.ts';
import { lockState, pageTranslator, policyFile, storage, unpackedExtensionId } from './policy-file.ts';

const file = policyFile();
let h: Harness | undefined;
let exported = '';

beforeAll(async () => {
  const dir = extensionDir();
  // First a browser without any policy, where the profile is written and exported as IT would take it.
  const before = await launchExtension({ extensionDir: dir });
  try {
    await before.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true });
    const page = await before.newPage(before.extensionUrl('src/options/index.html'));
    await page.waitForSelector('#f-school-name');
    await page.locator('#f-school-name').fill('OSG Exportbeleid');
    await page.locator('#f-school-articles-abusive-label').fill('Art. 9');
    await page.locator('#f-rules-lessonTime').uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="linux"]').click()]);
    exported = readFileSync((await download.path())!, 'utf8');
  } finally {
    await before.close();
  }
  file.write(exported);
  try {
    h = await launchExtension({ extensionDir: dir });
  } catch (err) {
    file.remove();
    throw err;
  }
  // The popup's school fields show only after the first-run questions.
  await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, setupDone: true });
}, 300_000);

afterAll(async () => {
  await h?.close();
  file.remove();
});

describe("the options page's Chromium policy file, loaded by Chromium", () => {
  it('is keyed by the id of this extension, and reaches it whole', async () => {
    const policy = JSON.parse(exported) as { '3rdparty': { extensions: Record<string, { school: { name: string } }> } };
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([unpackedExtensionId(extensionDir())]);
    const page = await h!.newPage(h!.extensionUrl('src/popup/index.html'));
    // Chromium checked it against the managed schema and dropped nothing.
    await expect.poll(() => storage(page, 'managed', null), { timeout: 15_000 }).toEqual(Object.values(policy['3rdparty'].extensions)[0]);
    await page.close();
  });

  it('locks the fields it sets in the popup and on the options page', async () => {
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await h!.newPage(h!.extensionUrl(path));
      await expect.poll(() => lockState(page, 'f-school-name'), { timeout: 15_000 }).toEqual({ value: 'OSG Exportbeleid', disabled: true, lock: true });
      expect(await lockState(page, 'f-rules-lessonTime'), path).toEqual({ value: false, disabled: true, lock: true });
      expect(await lockState(page, 'f-school-articles-abusive-label'), path).toEqual({ value: 'Art. 9', disabled: true, lock: true });
      const t = await pageTranslator(page);
      expect(await page.locator('#f-school-name-lock').textContent(), path).toContain(t('popup_locked'));
      // Personal fields are never the policy's (the options page has none).
      if (path.includes('popup')) expect(await lockState(page, 'f-function'), path).toMatchObject({ disabled: false, lock: false });
      await page.close();
    }
  });

  it('says so on the options page, whose export carries the locked values', async () => {
    const page = await h!.newPage(h!.extensionUrl('src/options/index.html'));
    await expect.poll(() => lockState(page, 'f-school-name'), { timeout: 15_000 }).toMatchObject({ disabled: true });
    const t = await pageTranslator(page);
    expect(await page.locator('[data-locked-notice]').textContent()).toBe(t('options_locked_notice'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="linux"]').click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(exported);
    await page.close();
  });
});
