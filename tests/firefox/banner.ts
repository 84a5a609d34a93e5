// Everything the Firefox tests need from a page with a replica editor and its banner, in one place: tests reach
// the banner only through these helpers (its shadow root may become closed; then only this file changes).
// Selectors may step into open shadow roots with ` >>> ` (tests/e2e/editors.ts), which puppeteer's own queries
// (page.click, page.$) understand; page-side code uses DEEP_QUERY.
import type { ElementHandle, Page } from 'puppeteer-core';
import { DEEP_QUERY } from '../e2e/editors.ts';

/**
 * The first <postwacht-banner> after the editor `selector` in its own tree (the document, or the shadow root the
 * editor lives in, as LinkedIn's share box), or null.
 */
async function bannerAfter(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(
    `(function (sel, deepQuery) {
      var ed = deepQuery(sel);
      if (!ed) return null;
      var all = Array.prototype.slice.call(ed.getRootNode().querySelectorAll('postwacht-banner'));
      return all.find(function (b) { return ed.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING; }) || null;
    })(${JSON.stringify(selector)}, ${DEEP_QUERY})`,
  );
  return handle.asElement() as ElementHandle<Element> | null;
}

/** Banners on the page, in open shadow roots too (one level deep, as the replicas put them). */
export async function bannerCount(page: Page, within?: string): Promise<number> {
  return page.evaluate(
    `(function (within, deepQuery) {
      var scope = within ? deepQuery(within) : document;
      if (!scope) return 0;
      var n = scope.querySelectorAll('postwacht-banner').length;
      scope.querySelectorAll('*').forEach(function (e) { if (e.shadowRoot && e.tagName !== 'POSTWACHT-BANNER') n += e.shadowRoot.querySelectorAll('postwacht-banner').length; });
      return n;
    })(${JSON.stringify(within ?? null)}, ${DEEP_QUERY})`,
  ) as Promise<number>;
}

/** Articles the editor's banner shows now (e.g. ['C3', 'C4']). */
export async function bannerArticles(page: Page, selector: string): Promise<string[]> {
  const b = await bannerAfter(page, selector);
  if (!b) return [];
  return b.evaluate((host) => [...(host.shadowRoot?.querySelectorAll('[data-article]') ?? [])].map((e) => e.getAttribute('data-article') ?? ''));
}

/** Finding codes the editor's banner shows now (e.g. ['media-consent', 'photo-metadata']). */
export async function bannerCodes(page: Page, selector: string): Promise<string[]> {
  const b = await bannerAfter(page, selector);
  if (!b) return [];
  return b.evaluate((host) => [...(host.shadowRoot?.querySelectorAll('[data-code]') ?? [])].map((e) => e.getAttribute('data-code') ?? ''));
}

/** The banner's notice after an action ('inserted', 'copied', …), or null. */
export async function bannerNotice(page: Page, selector: string): Promise<string | null> {
  const b = await bannerAfter(page, selector);
  if (!b) return null;
  return b.evaluate((host) => host.shadowRoot?.querySelector('[data-notice]')?.getAttribute('data-notice') ?? null);
}

/** Polls `check` until it returns a truthy value (every 50 ms, at most `timeout`). */
export async function until<T>(check: () => Promise<T>, timeout = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`${what}: not met within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the banner shows all of `articles`. */
export async function waitForArticles(page: Page, selector: string, articles: string[], timeout = 20_000): Promise<void> {
  await until(async () => {
    const seen = await bannerArticles(page, selector);
    return articles.every((a) => seen.includes(a));
  }, timeout, `banner articles ${articles.join(',')}`);
}

/** The banner's "insert disclaimer" button once it is there. */
async function insertButton(page: Page, selector: string): Promise<ElementHandle<Element>> {
  return until<ElementHandle<Element> | null>(async () => {
    const b = await bannerAfter(page, selector);
    if (!b) return null;
    const h = await b.evaluateHandle((host) => host.shadowRoot?.querySelector('[data-action="insert-disclaimer"]:not([disabled])') ?? null);
    return h.asElement() as ElementHandle<Element> | null;
  }, 10_000, 'insert button') as Promise<ElementHandle<Element>>;
}

export async function waitForInsertButton(page: Page, selector: string): Promise<void> {
  await insertButton(page, selector);
}

/** Clicks "insert disclaimer" with a real (trusted) pointer click. */
export async function clickInsert(page: Page, selector: string): Promise<void> {
  await (await insertButton(page, selector)).click();
}

/** Waits for the banner's notice after an action and returns it. */
export function waitForNotice(page: Page, selector: string, timeout = 15_000): Promise<string> {
  return until(() => bannerNotice(page, selector), timeout, 'banner notice') as Promise<string>;
}

export const modelText = (page: Page, index = 0): Promise<string> =>
  page.evaluate((i) => (window as unknown as { __modelText(i: number): string }).__modelText(i), index);

/** Empties the editor like a person would: click, select all, delete. */
export async function clearEditor(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await selectAll(page);
  await page.keyboard.press('Backspace');
}

/** Ctrl+A in the focused element. */
export async function selectAll(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
}

/** Types like a person: key presses through WebDriver BiDi, Enter between lines. */
export async function typeLines(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    if (lines[i]) await page.keyboard.type(lines[i]!);
  }
}

export async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** Whether Postwacht left any trace (banner host or marks layer) within `ms`, checked every frame. */
export function anyTraceWithin(page: Page, ms: number): Promise<boolean> {
  return page.evaluate(
    (wait) =>
      new Promise<boolean>((resolve) => {
        const end = performance.now() + wait;
        const tick = () => {
          if (document.querySelector('postwacht-banner, postwacht-marks')) return resolve(true);
          if (performance.now() > end) return resolve(false);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    ms,
  );
}
