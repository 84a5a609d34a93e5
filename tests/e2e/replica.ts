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

/** Opens a replica page; `initScript` runs in the page's main world before any of its scripts and ours. */
export async function openReplica(h: Harness, name: PageName, initScript?: () => void): Promise<Page> {
  const page = await h.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(PAGES[name].url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 15_000 });
  return page;
}

/** The n-th banner on the page, in document order. */
export function bannerFor(page: Page, index = 0): Locator {
  return page.locator('postwacht-banner').nth(index);
}

/**
 * The banner of `editor`: the first <postwacht-banner> after it in its own tree — the document, or the shadow root
 * the editor lives in (LinkedIn's share box). Waits for it to appear.
 */
export async function bannerOf(editor: Locator, timeout = 5_000): Promise<Locator> {
  const page = editor.page();
  const all = page.locator('postwacht-banner'); // CSS locators pierce open shadow roots
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await editor.evaluateHandle((ed) =>
      [...(ed.getRootNode() as Document | ShadowRoot).querySelectorAll('postwacht-banner')].find((b) => ed.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null,
    );
    const index = await all.evaluateAll((els, b) => (b ? (els as Element[]).indexOf(b as Element) : -1), handle);
    await handle.dispose();
    if (index >= 0) return all.nth(index);
    if (Date.now() > end) throw new Error('no banner after the editor');
    await page.waitForTimeout(50);
  }
}

/** Banners anywhere on the page, in open shadow roots too. */
/** The same lesson blocks on every weekday; `allDays([])` is no lesson hours, so no test depends on the time it runs at. */
export const allDays = (blocks: { start: string; end: string }[]) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, blocks]));
export const NO_LESSONS = allDays([]);

export const bannerCount = (page: Page): Promise<number> => page.locator('postwacht-banner').count();

/** Banners inside the element `selector` matches. */
export const bannersWithin = (page: Page, selector: string): Promise<number> => page.locator(selector).locator('postwacht-banner').count();

/** Clears the editor like a person would: select all, delete. */
export async function clearEditor(editor: Locator): Promise<void> {
  await editor.click();
  await editor.page().keyboard.press('Control+a');
  await editor.page().keyboard.press('Backspace');
}

export const modelText = (page: Page, index = 0): Promise<string> => page.evaluate((i) => window.__modelText!(i), index);

// --- The banner ----------------------------------------------------------------------------------------------
// Test files reach the banner only through these helpers. The shipped banner's shadow root is closed; the e2e
// build (`vite build --mode e2e`, harness.ts buildExtension) keeps it open, so these read it through
// `host.shadowRoot` and press it through playwright's locators, which pierce open roots and click like a person
// (trusted events). A WebDriver-BiDi harness can run the same queries by script on the host. The page-isolation
// test attacks the shipped (closed) build and reads it over CDP instead (isolation.test.ts).

/** Finding codes and articles currently shown in a banner. */
export async function shownFindings(banner: Locator): Promise<{ code: string; article: string }[]> {
  return banner.evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-code]') ?? [])].map((e) => ({
      code: e.getAttribute('data-code') ?? '',
      article: e.getAttribute('data-article') ?? '',
    })),
  );
}

/** Articles shown by the page's first banner right now; none when there is no banner (never waits for one). */
export function shownArticles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('postwacht-banner')?.shadowRoot?.querySelectorAll('[data-article]') ?? [])].map((e) => e.getAttribute('data-article') ?? ''),
  );
}

/**
 * Waits until the banner shows findings with all of `articles`; returns the ms it took from the call. The 20 s default
 * is a budget for a loaded two-core machine (the first banner loads the evaluator), never a measure of speed.
 */
export async function waitForArticles(banner: Locator, articles: string[], timeout = 20_000): Promise<number> {
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

export type BannerAction = 'insert-disclaimer' | 'not-related' | 'ignore';

/** A button of the banner, to click, focus or read like a person would. */
export function bannerButton(banner: Locator, action: BannerAction): Locator {
  return banner.locator(`[data-action="${action}"]`);
}

/** The button that opens and closes the banner's details (compact by default). */
export function bannerToggle(banner: Locator): Locator {
  return banner.locator('button[aria-controls="pw-details"]');
}

/** Opens the banner's details, as a person does before pressing a per-item button such as Ignore. */
export async function expandBanner(banner: Locator): Promise<void> {
  const toggle = bannerToggle(banner);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** What the banner looks like now: codes in shown order, its one-line summary, the primary action, theme. */
export function bannerState(banner: Locator): Promise<{ codes: string[]; summary: string; primary: string[]; expanded: boolean; dark: boolean; why: string }> {
  return banner.evaluate((host) => {
    const root = host.shadowRoot!;
    return {
      codes: [...root.querySelectorAll('.details [data-code]')].map((e) => e.getAttribute('data-code') ?? ''),
      summary: root.querySelector('.summary .points')?.textContent ?? '',
      primary: [...root.querySelectorAll('button.primary')].map((b) => b.getAttribute('data-action') ?? ''),
      expanded: !(root.querySelector('.details') as HTMLElement | null)?.hidden,
      dark: root.querySelector('.pw')?.parentElement?.classList.contains('dark') ?? false,
      why: root.querySelector('.why')?.textContent ?? '',
    };
  });
}

/**
 * How far the underline drawn for `word` sits from the word in the editor: the largest gap in px between each
 * mark and the client rect of the text it underlines (left, right, and its top against the text's bottom).
 * Null when the word is not in the editor or not marked. Reads the e2e build's open overlay root.
 */
export function markOffset(page: Page, word: string): Promise<number | null> {
  return page.evaluate((w) => {
    const host = document.querySelector('postwacht-marks');
    const marks = [...(host?.shadowRoot?.querySelectorAll('.mark') ?? [])].map((m) => m.getBoundingClientRect());
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const deep: Node[] = [document.body];
    // Editors may sit in open shadow roots (LinkedIn's share box).
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) deep.push(el.shadowRoot);
    for (const root of deep) {
      const tw = root === document.body ? walker : document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = tw.nextNode(); n; n = tw.nextNode()) {
        const i = (n as Text).data.indexOf(w);
        if (i < 0 || !(n.parentElement?.closest('[contenteditable="true"]'))) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        const rects = [...range.getClientRects()].filter((r) => r.width >= 1);
        if (!rects.length) return null;
        let worst = 0;
        for (const r of rects) {
          const m = marks.find((k) => Math.abs(k.left - r.left) < 20 && Math.abs(k.top - r.bottom) < 20);
          if (!m) return null;
          worst = Math.max(worst, Math.abs(m.left - r.left), Math.abs(m.right - r.right), Math.abs(m.top - (r.bottom - 1)));
        }
        return worst;
      }
    }
    return null;
  }, word);
}

/** The banner's notice (`inserted`, `copied`, `truncated` …); any notice when none is named. */
export function bannerNotice(banner: Locator, ...notices: string[]): Locator {
  return banner.locator(notices.length ? notices.map((n) => `[data-notice="${n}"]`).join(', ') : '[data-notice]');
}

/** The item texts listed under the finding block with `code` (personal data, or one rule's triggers). */
export function bannerItems(banner: Locator, code = 'personal-data'): Promise<(string | null)[]> {
  return banner.evaluate((host, c) => [...(host.shadowRoot?.querySelectorAll(`[data-code="${c}"] .text`) ?? [])].map((e) => e.textContent), code);
}

/** Text of the first finding block with `code`, or '' when there is none. */
export function findingText(banner: Locator, code: string): Promise<string> {
  return banner.evaluate((host, c) => host.shadowRoot?.querySelector(`[data-code="${c}"]`)?.textContent ?? '', code);
}

/** Text of the banner's foot line (contact, report line, protocol link). */
export function footText(banner: Locator): Promise<string> {
  return banner.evaluate((host) => host.shadowRoot?.querySelector('.foot')?.textContent ?? '');
}

/** The href of the first link matching `selector` inside the banner. */
export function bannerLink(banner: Locator, selector: string): Promise<string | null | undefined> {
  return banner.evaluate((host, sel) => host.shadowRoot?.querySelector(sel)?.getAttribute('href'), selector);
}

/** The banner's markup and the number of images in it (to prove draft text is rendered as text). */
export function bannerMarkup(banner: Locator): Promise<{ html: string; imgs: number }> {
  return banner.evaluate((host) => ({ html: host.shadowRoot?.innerHTML ?? '', imgs: host.shadowRoot?.querySelectorAll('img').length ?? 0 }));
}

/** The live region's politeness and role, and whether the host sits inside an editable element. */
export function bannerLiveRegion(banner: Locator): Promise<{ live: string | null | undefined; role: string | null | undefined; inEditor: boolean }> {
  return banner.evaluate((host) => {
    const live = host.shadowRoot?.querySelector('[aria-live]');
    return { live: live?.getAttribute('aria-live'), role: live?.getAttribute('role'), inEditor: !!host.closest('[contenteditable]') };
  });
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

// --- The shipped banner (closed shadow root) ---------------------------------------------------------------------
// Page scripts cannot reach into a closed root; a debugger can. These read and press the banner of the build people
// get over the Chrome DevTools Protocol (DOM.getDocument with pierce, DOM.resolveNode), for the isolation test:
// the reading runs as the debugger, never as a page script, and pressing is a real (trusted) mouse click.

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

/** What a person sees of one banner, and where its buttons are. */
export interface ClosedBannerView {
  mode: string;
  /** The rendered text, as on screen. */
  text: string;
  codes: string[];
  items: string[];
  notices: string[];
  buttons: { action: string; x: number; y: number }[];
}

/**
 * Every banner on the page read through its shadow root, closed or open, over CDP (Chromium only). With `scrollTo`,
 * that button is scrolled into view first, so its place is where a click lands.
 */
export async function closedBannerViews(page: Page, scrollTo?: BannerAction): Promise<ClosedBannerView[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadows: { backendNodeId: number; type: string }[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'POSTWACHT-BANNER') for (const s of n.shadowRoots ?? []) shadows.push({ backendNodeId: s.backendNodeId, type: s.shadowRootType ?? '' });
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    const views: ClosedBannerView[] = [];
    for (const s of shadows) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: s.backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        arguments: [{ value: scrollTo ?? null }],
        functionDeclaration: `function (scrollTo) {
          const q = (sel) => Array.from(this.querySelectorAll(sel));
          if (scrollTo) this.querySelector('[data-action="' + scrollTo + '"]')?.scrollIntoView({ block: 'center' });
          const buttons = q('[data-action]').map((b) => {
            const r = b.getBoundingClientRect();
            return { action: b.getAttribute('data-action'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
          });
          return {
            mode: this.mode,
            text: this.querySelector('.pw') ? this.querySelector('.pw').innerText : '',
            codes: q('[data-code]').map((e) => e.getAttribute('data-code')),
            items: q('.item .text').map((e) => e.textContent),
            notices: q('[data-notice]').map((e) => e.getAttribute('data-notice')),
            buttons,
          };
        }`,
      })) as { result: { value: Omit<ClosedBannerView, 'mode'> & { mode: string } } };
      views.push(result.value);
    }
    return views;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Presses a button of the page's first banner like a person: a real mouse click at its place on screen. */
export async function pressClosedBanner(page: Page, action: BannerAction): Promise<void> {
  const [view] = await closedBannerViews(page, action);
  const button = view?.buttons.find((b) => b.action === action);
  if (!button) throw new Error(`no ${action} button in the banner`);
  await page.mouse.click(button.x, button.y);
}

/** The banner's "insert disclaimer" button. */
export function insertButton(banner: Locator): Locator {
  return bannerButton(banner, 'insert-disclaimer');
}

/** The notice the banner shows after an action ('inserted', 'inserted-check', 'copied', …), or null. */
export function bannerNoticeText(banner: Locator): Promise<string | null> {
  return banner.evaluate((host) => host.shadowRoot?.querySelector('[data-notice]')?.getAttribute('data-notice') ?? null);
}

/** Waits for the banner to show a notice after an action; returns it. */
export async function waitForNotice(banner: Locator, timeout = 10_000): Promise<string> {
  await banner.locator('[data-notice]').waitFor({ timeout });
  return (await bannerNoticeText(banner)) ?? '';
}
