// A real Chromium enterprise policy for the extension, written where Debian's Chromium reads managed policies
// (/etc/chromium/policies/managed/*.json), keyed by the unpacked extension's id. That id follows from the
// extension's directory: the first 32 hex digits of SHA-256 of its absolute path, each written as a letter a–p
// (the manifest has no fixed `key`). The file affects every Chromium on this machine, but only an extension with
// exactly this id, and it lives only as long as the test file that writes it.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { translator, type Translate } from '../../src/i18n/translate.ts';

export const POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension loaded from `dir`. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A policy file of this process; `write` puts the text there, `remove` takes it away (also at exit). */
export function policyFile(): { path: string; write(text: string): void; remove(): void } {
  const path = join(POLICY_DIR, `postwacht-e2e-${process.pid}-${randomUUID()}.json`);
  const remove = () => rmSync(path, { force: true });
  return {
    path,
    write(text) {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(path, text);
      process.once('exit', remove);
    },
    remove,
  };
}

/** One of the extension's storage areas, read in an extension page. */
export async function storage(page: Page, area: 'local' | 'managed', key: string | null): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => {
      const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string | null): Promise<Record<string, unknown>> }> } }).chrome;
      const r = await c.storage[a as string]!.get(k as string | null);
      return k === null ? r : r[k as string];
    },
    [area, key] as const,
  );
}

/** The translator for the language an extension page rendered in. */
export async function pageTranslator(page: Page): Promise<Translate> {
  return translator((await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'nl');
}

/**
 * Whether the control `#id` is disabled and carries its lock note, read from the DOM without clicking anything:
 * the popup's school fields sit in a closed <details>, and the page paints the user's settings before a slow
 * policy read comes back, so callers poll this until the real state shows.
 */
export async function lockState(page: Page, id: string): Promise<{ value: string | boolean; disabled: boolean; lock: boolean } | null> {
  return page.evaluate((i) => {
    const el = document.getElementById(i) as HTMLInputElement | null;
    if (!el) return null;
    return { value: el.type === 'checkbox' ? el.checked : el.value, disabled: el.disabled, lock: !!document.getElementById(`${i}-lock`) };
  }, id);
}
