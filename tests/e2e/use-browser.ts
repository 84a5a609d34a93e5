// Test-file setup shared by the e2e suites (kept apart from replica.ts, which scripts use outside vitest).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type Harness } from './harness.ts';
import { serveReplicas } from './replica.ts';

/**
 * One browser with the built extension and the replica pages for the tests of a file: launched before them,
 * closed after them. Returns the harness getter (the harness exists only once `beforeAll` has run).
 */
export function useReplicaBrowser(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await launchExtension();
    await serveReplicas(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}

/** The popup's watching line for `page`'s tab, opened the way the toolbar button would be. */
export async function watchingLine(h: Harness, page: Page): Promise<{ text: string; count: string | null }> {
  await page.bringToFront();
  const tabId = await h.serviceWorker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const popup = await h.newPage(h.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  try {
    const line = popup.locator('p.watching');
    await line.waitFor({ timeout: 10_000 });
    return { text: (await line.textContent()) ?? '', count: await line.getAttribute('data-watching') };
  } finally {
    await popup.close();
  }
}
