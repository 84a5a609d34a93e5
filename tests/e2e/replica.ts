// Helpers for tests on the replica compose pages: serve them, type into their editors, read the banner.
import type { Locator, Page } from 'playwright-core';
import { buildFixtures } from '../fixtures/build.ts';
import { FIXTURE_PREFIX, PAGES, pageHtml, type PageName } from '../fixtures/pages.ts';
import type { Harness } from './harness.ts';

let fixturesDirPromise: Promise<string> | undefined;

/** The built replica bundles: from the global setup, or built now. */
export function fixturesDir(): Promise<string> {
  const fromEnv = process.env.POSTWACHT_E2E_FIXTURES;
  if (fromEnv) return Promise.resolve(fromEnv);
  return (fixturesDirPromise ??= buildFixtures().then((d) => (process.env.POSTWACHT_E2E_FIXTURES = d)));
}

export async function serveReplicas(h: Harness): Promise<void> {
  h.serveDir(FIXTURE_PREFIX, await fixturesDir());
  for (const name of Object.keys(PAGES) as PageName[]) h.serve(PAGES[name].url, pageHtml(name), 'text/html; charset=utf-8');
  await settingsPublished(h);
}

/**
 * Waits for the worker's first published copy of the settings (src/background/settings-publisher.ts), which a
 * fresh profile gets within a second of install; content scripts judge nothing before it.
 */
export async function settingsPublished(h: Harness, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const has = await h.serviceWorker
      .evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('effectiveSettings'))
      .then((r) => 'effectiveSettings' in r)
      .catch(() => false);
    if (has) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not publish its settings');
}

export async function openReplica(h: Harness, name: PageName): Promise<Page> {
  const page = await h.newPage(PAGES[name].url);
  await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 15_000 });
  return page;
}

/** The n-th banner on the page, in document order. */
export function bannerFor(page: Page, index = 0): Locator {
  return page.locator('postwacht-banner').nth(index);
}

/** The banner of `editor`: the first <postwacht-banner> after it in document order. */
export async function bannerOf(editor: Locator): Promise<Locator> {
  const page = editor.page();
  await page.locator('postwacht-banner').first().waitFor({ state: 'attached', timeout: 5_000 });
  const index = await editor.evaluate((ed) =>
    [...document.querySelectorAll('postwacht-banner')].findIndex((b) => ed.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  if (index < 0) throw new Error('no banner after the editor');
  return bannerFor(page, index);
}

/** Clears the editor like a person would: select all, delete. */
export async function clearEditor(editor: Locator): Promise<void> {
  await editor.click();
  await editor.page().keyboard.press('Control+a');
  await editor.page().keyboard.press('Backspace');
}

export const modelText = (page: Page, index = 0): Promise<string> => page.evaluate((i) => window.__modelText!(i), index);

/** Finding codes and articles currently shown in a banner (reads through its open shadow root). */
export async function shownFindings(banner: Locator): Promise<{ code: string; article: string }[]> {
  return banner.evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-code]') ?? [])].map((e) => ({
      code: e.getAttribute('data-code') ?? '',
      article: e.getAttribute('data-article') ?? '',
    })),
  );
}

/** Waits until the banner shows findings with all of `articles`; returns the ms it took from the call. */
export async function waitForArticles(banner: Locator, articles: string[], timeout = 5_000): Promise<number> {
  const t0 = Date.now();
  await banner.page().waitForFunction(
    ({ host, want }) => {
      const seen = new Set([...(host?.shadowRoot?.querySelectorAll('[data-article]') ?? [])].map((e) => e.getAttribute('data-article')));
      return want.every((a) => seen.has(a));
    },
    { host: await banner.elementHandle({ timeout }), want: articles },
    { timeout, polling: 'raf' },
  );
  return Date.now() - t0;
}

/** Types like a person: real key events through the browser, so the editor's own input handling runs. */
export async function typeInto(editor: Locator, text: string): Promise<void> {
  await editor.click();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await editor.page().keyboard.press('Enter');
    if (lines[i]) await editor.page().keyboard.insertText(lines[i]!);
  }
}

/** The banner's "insert disclaimer" button. */
export function insertButton(banner: Locator): Locator {
  return banner.locator('[data-action="insert-disclaimer"]');
}

/** The notice the banner shows after an action ('inserted', 'inserted-check', 'copied', …), or null. */
export function bannerNotice(banner: Locator): Promise<string | null> {
  return banner.evaluate((host) => host.shadowRoot?.querySelector('[data-notice]')?.getAttribute('data-notice') ?? null);
}

/** Waits for the banner to show a notice after an action; returns it. */
export async function waitForNotice(banner: Locator, timeout = 10_000): Promise<string> {
  await banner.locator('[data-notice]').waitFor({ timeout });
  return (await bannerNotice(banner)) ?? '';
}
