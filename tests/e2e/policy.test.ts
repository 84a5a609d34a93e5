// A real Chromium enterprise policy for the extension, written where Debian's Chromium reads managed policies
// (/etc/chromium/policies/managed/*.json), keyed by the unpacked extension's id. That id follows from the
// extension's directory: the first 32 hex digits of SHA-256 of its absolute path, each written as a letter a–p
// (the manifest has no fixed `key`). The file affects every Chromium on this machine, but only an extension with
// exactly this id, and it lives only as long as this file's tests.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import { exportPolicy } from '../../src/settings/policy-bundle.ts';
import { extensionDir, launchExtension, type Harness } from './harness.ts';
import { settingsPublished } from './replica.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const policyFile = join(POLICY_DIR, `postwacht-e2e-${process.pid}-${randomUUID()}.json`);

/** The id Chromium gives an unpacked extension loaded from `dir`. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const POLICY = {
  school: { name: 'OSG Beleidstest', reportUrl: 'http://meldpunt.example.org/melden' },
  // Chromium itself checks this against public/managed_schema.json and leaves out the whole `rules` section.
  rules: { abusive: 'ja', opinion: false },
  timeZone: 'Europe/Brussels',
};

let h: Harness;
let dir: string;
const removePolicy = () => rmSync(policyFile, { force: true });

beforeAll(async () => {
  dir = extensionDir();
  mkdirSync(POLICY_DIR, { recursive: true });
  // Written by the same export the options code offers IT (the Linux Chromium form), so what is tested is what
  // an admin gets.
  writeFileSync(policyFile, exportPolicy(POLICY, 'linux', { extensionId: unpackedExtensionId(dir) }));
  process.once('exit', removePolicy);
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

async function storage(page: Page, area: 'local' | 'managed', key: string | null): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => {
      const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string | null): Promise<Record<string, unknown>> }> } }).chrome;
      const r = await c.storage[a as string]!.get(k as string | null);
      return k === null ? r : r[k as string];
    },
    [area, key] as const,
  );
}

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
});
