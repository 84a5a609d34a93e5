// Measurements shared by the feed e2e test and `npm run measure`: the content script's cost on a busy page
// (long tasks, with and without the extension's content script) and the keystroke-to-banner latency.
import type { Page } from 'playwright-core';
import { PAGES, pageHtml } from '../fixtures/pages.ts';
import type { Harness } from './harness.ts';
import { bannerOf, typeInto } from './replica.ts';

/** The feed page at a host the content script does not run on, for the baseline. */
export const BASELINE_FEED_URL = 'https://example.org/feed-stress/';

export interface LongTaskStats {
  count: number;
  maxMs: number;
  totalMs: number;
  /** Frames the page drew during typing: a frozen tab draws none. */
  frames: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

async function openFeed(h: Harness, url: string): Promise<Page> {
  h.serve(BASELINE_FEED_URL, pageHtml('feed'));
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

/**
 * Types a school-related draft into the feed page's composer while its feed keeps mutating, and reports the
 * long tasks (> 50 ms) seen during the typing, on `url`.
 */
export async function feedLongTasks(h: Harness, url: string, seconds = 3): Promise<LongTaskStats> {
  const page = await openFeed(h, url);
  await page.waitForTimeout(500); // initial render's long tasks are the page's, not typing's
  // A string, not a function: tsx (esbuild with keepNames) would wrap named closures in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__longTasks = [];
    window.__frames = 0;
    const tick = () => { window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const editor = page.locator('[data-lexical-editor="true"]');
  await editor.click();
  const words = 'Mooie ouderavond bij ons op het Liudger, mijn leerlingen van 3B deden mee. '.split(/(?<= )/);
  const end = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < end; i++) {
    await page.keyboard.insertText(words[i % words.length]!);
    await page.waitForTimeout(60);
  }
  const stats = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: number };
    return { tasks: w.__longTasks, frames: w.__frames };
  });
  await page.close();
  return {
    count: stats.tasks.length,
    maxMs: Math.round(Math.max(0, ...stats.tasks)),
    totalMs: Math.round(stats.tasks.reduce((a, b) => a + b, 0)),
    frames: stats.frames,
  };
}

/**
 * Keystroke-to-banner latency on a draft of about `chars` characters: the time from a key's keydown (seen by
 * the page) to the banner's next render (its revision attribute changing inside the shadow root).
 */
export async function keystrokeLatency(h: Harness, chars = 3000, keys = 25): Promise<{ medianMs: number; p90Ms: number; samples: number[] }> {
  const page = await h.context.newPage();
  await page.goto(PAGES.facebook.url);
  await page.waitForFunction(() => window.__fixtureReady === true);
  const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  const sentence = 'Vandaag een mooie les gehad met mijn klas op het Liudger, iedereen deed goed mee. ';
  await typeInto(editor, sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars));
  const banner = await bannerOf(editor);
  await banner.evaluate((host) => {
    const w = window as unknown as { __lat: number[]; __down: number };
    w.__lat = [];
    w.__down = 0;
    document.addEventListener('keydown', () => (w.__down = performance.now()), true);
    new MutationObserver(() => {
      if (w.__down) w.__lat.push(performance.now() - w.__down);
      w.__down = 0;
    }).observe(host.shadowRoot!, { attributes: true, subtree: true, attributeFilter: ['data-rev'] });
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    await page.waitForTimeout(120);
  }
  const samples = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).map((x) => Math.round(x * 10) / 10);
  await page.close();
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: median(samples), p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? NaN, samples };
}

export { median };
