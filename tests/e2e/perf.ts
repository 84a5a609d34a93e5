// Measurements shared by the feed e2e test and `npm run measure`: the content script's cost on a busy page
// (long tasks, with and without the extension's content script) and the keystroke-to-banner latency.
import type { CDPSession, Page } from 'playwright-core';
import { PAGES, pageHtml, type PageName } from '../fixtures/pages.ts';
import { makeJpeg } from '../media/photos.ts';
import type { Harness } from './harness.ts';
import { bannerOf, typeInto } from './replica.ts';

/** The feed page at a host the content script does not run on, for the baseline. */
export const BASELINE_FEED_URL = 'https://example.org/feed-stress/';

export interface LongTaskStats {
  /** Every word typed is in the editor, in order, nothing else. */
  typedIntact: boolean;
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
  let typed = '';
  for (let i = 0; Date.now() < end; i++) {
    await page.keyboard.insertText(words[i % words.length]!);
    typed += words[i % words.length]!;
    await page.waitForTimeout(60);
  }
  const stats = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: number };
    return { tasks: w.__longTasks, frames: w.__frames };
  });
  const inEditor = (await editor.innerText()).replace(/\s+/g, ' ').trim();
  await page.close();
  return {
    typedIntact: inEditor === typed.replace(/\s+/g, ' ').trim(),
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

/** A page with nothing on it but text, at a host the content script runs on (and a baseline host where it does not). */
const IDLE_HTML = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>idle</title></head><body><p>Niets om te typen.</p></body></html>';
export const IDLE_SITE_URL = 'https://www.facebook.com/postwacht-idle/';
export const IDLE_BASELINE_URL = 'https://example.org/postwacht-idle/';

export interface ColdStart {
  /** Median main-thread script time (CDP Performance.ScriptDuration) of the page with the content script. */
  siteScriptMs: number;
  /** The same page at a host without the content script. */
  baselineScriptMs: number;
  /** Median CPU time of the renderer's main thread for the whole load (Chromium's ThreadTime), with and without. */
  siteThreadMs: number;
  baselineThreadMs: number;
  /** Median JS heap used, with and without, in bytes. */
  siteHeap: number;
  baselineHeap: number;
  loads: number;
}

async function idleMetrics(h: Harness, url: string): Promise<{ scriptMs: number; heap: number; threadMs: number }> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Content scripts run at document_idle; give them time to finish, with nothing focused and nothing typed.
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const out = { scriptMs: get('ScriptDuration') * 1000, heap: get('JSHeapUsedSize'), threadMs: get('ThreadTime') * 1000 };
  await cdp.detach();
  await page.close();
  return out;
}

/**
 * Cold start of the content script on a page where nothing is focused: main-thread script time and JS heap of
 * an empty page at one of the sites' hosts, against the same page at a host the content script does not run on.
 * The page itself runs no script, so the difference is the content script's.
 */
export async function coldStart(h: Harness, loads = 9): Promise<ColdStart> {
  h.serve(IDLE_SITE_URL, IDLE_HTML);
  h.serve(IDLE_BASELINE_URL, IDLE_HTML);
  const site: { scriptMs: number; heap: number; threadMs: number }[] = [];
  const base: { scriptMs: number; heap: number; threadMs: number }[] = [];
  for (let i = 0; i < loads; i++) {
    site.push(await idleMetrics(h, IDLE_SITE_URL));
    base.push(await idleMetrics(h, IDLE_BASELINE_URL));
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    siteScriptMs: r(median(site.map((s) => s.scriptMs))),
    baselineScriptMs: r(median(base.map((s) => s.scriptMs))),
    siteThreadMs: r(median(site.map((s) => s.threadMs))),
    baselineThreadMs: r(median(base.map((s) => s.threadMs))),
    siteHeap: median(site.map((s) => s.heap)),
    baselineHeap: median(base.map((s) => s.heap)),
    loads,
  };
}

/** The draft `npm run measure` and the profile and trace scripts put in at once after focus: school-related. */
export const FIRST_BANNER_DRAFT = 'Vandaag een mooie les gehad met mijn klas op het Liudger.';
/** The Facebook replica's post composer, where the first banner is measured. */
const FIRST_BANNER_EDITOR = '[role="dialog"] [data-lexical-editor="true"]';

/**
 * A fresh Facebook replica, its watcher run (document_idle), with the page marking the first input
 * (`window.__firstInput`) and the first banner showing a finding (`window.__firstBanner`), both
 * `performance.now()`; `stamps` also puts `first-input` and `first-banner` in a trace (console.timeStamp).
 * Shared by `npm run measure` and scripts/profile-first-banner.ts and trace-first-banner.ts, so all three time
 * the same thing. `beforeGoto` runs on the new page first (a CDP session that must see the load).
 */
export async function openForFirstBanner(h: Harness, opts: { stamps?: boolean; beforeGoto?: (page: Page) => Promise<void> } = {}): Promise<Page> {
  const page = await h.context.newPage();
  await opts.beforeGoto?.(page);
  await page.goto(PAGES.facebook.url);
  await page.waitForFunction(() => window.__fixtureReady === true);
  await page.waitForTimeout(300); // the watcher has run (document_idle)
  const stamp = (m: string) => (opts.stamps ? `console.timeStamp('${m}');` : '');
  // A string, not a function: tsx (esbuild with keepNames) would wrap named closures in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__firstInput = 0;
    window.__firstBanner = 0;
    document.addEventListener('beforeinput', () => { if (!window.__firstInput) { window.__firstInput = performance.now(); ${stamp('first-input')} } }, true);
    const seen = () => {
      if (window.__firstBanner || !window.__firstInput) return;
      // The e2e build keeps the banner's shadow root open (the shipped one is closed): a finding block is shown.
      const host = document.querySelector('postwacht-banner');
      if (host && host.shadowRoot && host.shadowRoot.querySelector('[data-code]')) { window.__firstBanner = performance.now(); ${stamp('first-banner')} }
    };
    // Polled every frame: a closed-over MutationObserver cannot see into the banner's shadow root.
    const tick = () => { seen(); if (!window.__firstBanner) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  return page;
}

/** Focuses the replica's composer (page from openForFirstBanner), running `between` after the focus if given. */
export async function focusComposer(page: Page, between?: () => Promise<unknown>): Promise<void> {
  await page.locator(FIRST_BANNER_EDITOR).focus();
  await between?.();
}

/** Puts the draft in and waits for the first banner (page from openForFirstBanner, composer focused). */
export async function typeUntilFirstBanner(page: Page, draft = FIRST_BANNER_DRAFT): Promise<void> {
  await page.keyboard.insertText(draft);
  await page.waitForFunction(() => (window as unknown as { __firstBanner: number }).__firstBanner > 0, undefined, { timeout: 15_000 });
}

/** The page's marks of the first input and the first banner (performance.now()) and the time between them. */
export async function firstBannerMarks(page: Page): Promise<{ input: number; banner: number; ms: number }> {
  const [input, banner] = (await page.evaluate('[window.__firstInput, window.__firstBanner]')) as [number, number];
  return { input, banner, ms: banner - input };
}

/**
 * The first banner on a freshly loaded page: the composer is focused and a school-related sentence put in at
 * once (the worst case, when the evaluator has not loaded yet), and the time from that first input to the
 * banner showing its findings is taken in the page. `settleMs` > 0 waits that long between focus and input.
 */
export async function firstBannerLatency(
  h: Harness,
  runs = 7,
  settleMs = 0,
): Promise<{ medianMs: number; samples: number[]; cpuMedianMs: number; cpuSamples: number[]; processCpuMedianMs: number }> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const processCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    let cdp: CDPSession | undefined;
    // The CDP session before the load, as before this helper existed: its Performance domain sees the whole page.
    const page = await openForFirstBanner(h, {
      beforeGoto: async (p) => {
        cdp = await h.context.newCDPSession(p);
        await cdp.send('Performance.enable');
      },
    });
    // CPU time (Chromium's ThreadTime: the renderer's main thread; ProcessTime: all its threads, V8's background
    // compile too) from just before the focus to just after the banner: unlike the latency, it hardly grows when
    // other jobs share the machine's cores.
    const cpu = async () => {
      const { metrics } = await cdp!.send('Performance.getMetrics');
      const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      return { thread: get('ThreadTime'), process: get('ProcessTime') };
    };
    const cpuBefore = await cpu();
    await focusComposer(page, settleMs ? () => page.waitForTimeout(settleMs) : undefined);
    const cpuAtInput = settleMs ? await cpu() : cpuBefore;
    await typeUntilFirstBanner(page);
    const cpuAfter = await cpu();
    cpuSamples.push(Math.round((cpuAfter.thread - cpuAtInput.thread) * 10) / 10);
    processCpu.push(Math.round((cpuAfter.process - cpuAtInput.process) * 10) / 10);
    await cdp!.detach();
    const { ms } = await firstBannerMarks(page);
    samples.push(Math.round(ms * 10) / 10);
    await page.close();
  }
  return { medianMs: median(samples), samples, cpuMedianMs: median(cpuSamples), cpuSamples, processCpuMedianMs: median(processCpu) };
}

/** A compose surface of a replica page, for the per-surface first-banner figure (issue 13). */
export interface MeasuredSurface {
  name: string;
  page: PageName;
  /** Playwright selector of the editor (its CSS pierces open shadow roots). */
  editor: string;
  /** Gets the page to the point where the editor exists (the create dialog's steps). */
  prepare?: (page: Page) => Promise<void>;
  /** A surface that must never be judged: the figure is then whether a banner showed up at all. */
  excluded?: boolean;
}

const photo = () => ({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(makeJpeg({ gps: { lat: 53.1041, lon: 6.0986 } })) });
const instagramCaptionStep = async (page: Page) => {
  await page.locator('[role="dialog"] input[type="file"]').setInputFiles([photo()]);
  await page.locator('[role="dialog"] [data-next]').click(); // crop → filter
  await page.locator('[role="dialog"] [data-next]').click(); // filter → caption
};

/** The surfaces of issue 13, on the replicas tests/e2e/composers.test.ts drives. */
export const MEASURED_SURFACES: MeasuredSurface[] = [
  { name: 'X post (Draft.js)', page: 'x-compose', editor: '[data-testid="tweetTextarea_0"]' },
  { name: 'X Articles (Draft.js)', page: 'x-articles', editor: '[data-testid="composer"] .public-DraftEditor-content' },
  { name: 'Facebook post (Lexical, dialog)', page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  { name: 'Facebook comment (Lexical)', page: 'facebook', editor: 'form.comment [data-lexical-editor="true"]' },
  { name: 'Facebook post in a portal (Lexical)', page: 'facebook-portal', editor: 'body > div [role="dialog"] [data-lexical-editor="true"]' },
  { name: 'LinkedIn share box (Quill 1, shadow root)', page: 'linkedin-share', editor: '#interop-outlet .ql-editor[aria-label="Text editor for creating content"]' },
  { name: 'LinkedIn comment (TipTap)', page: 'linkedin-comments', editor: '[role="listitem"] [data-view-name="comment-box"] .tiptap.ProseMirror' },
  { name: 'Instagram caption (create dialog)', page: 'instagram-home', editor: '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]', prepare: instagramCaptionStep },
  { name: 'Instagram messages (never judged)', page: 'instagram-home', editor: '[aria-label="Message"][contenteditable="true"]', excluded: true },
];

/** One line, school-related, with a name and a class: every judged surface shows findings for it. */
const SURFACE_DRAFT = 'Wat een mooie ouderavond vandaag bij ons op het Liudger! Mijn leerlingen van 3B hebben hard gewerkt.';

/**
 * The first banner on a freshly loaded replica page: the editor is clicked and the draft typed at once (the
 * evaluator has not loaded yet), and the time from the first input to a banner with a finding is taken in the
 * page. An excluded surface yields -1 when no banner showed up within `quietMs` (as it should), else its time.
 */
export async function surfaceFirstBanner(h: Harness, s: MeasuredSurface, quietMs = 1500): Promise<number> {
  const page = await h.context.newPage();
  try {
    await page.goto(PAGES[s.page].url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 15_000 });
    await s.prepare?.(page);
    const editor = page.locator(s.editor).first();
    await editor.waitFor();
    await page.waitForTimeout(300); // the watcher has run (document_idle)
    // The editor handed over without named closures; the rest as a string: tsx (esbuild with keepNames) would wrap
    // named closures in a helper the page lacks (and a string given to evaluate is an expression, not called).
    await editor.evaluate((ed) => {
      (window as unknown as { __measuredEditor: Element }).__measuredEditor = ed;
    });
    await page.evaluate(`(() => {
      const ed = window.__measuredEditor;
      window.__firstInput = 0;
      window.__firstBanner = 0;
      window.addEventListener('beforeinput', () => { if (!window.__firstInput) window.__firstInput = performance.now(); }, true);
      // The banner sits in the editor's own root (a shadow root on LinkedIn's share box) or the document; the e2e
      // build keeps its shadow root open: a finding block is shown.
      const shown = (root) => [...root.querySelectorAll('postwacht-banner')].some((b) => b.shadowRoot && b.shadowRoot.querySelector('[data-code]'));
      const tick = () => {
        if (window.__firstInput && (shown(ed.getRootNode()) || shown(document))) window.__firstBanner = performance.now();
        if (!window.__firstBanner) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await editor.click();
    await page.keyboard.insertText(SURFACE_DRAFT);
    const done = () => page.evaluate(() => (window as unknown as { __firstBanner: number }).__firstBanner > 0);
    if (s.excluded) {
      await page.waitForTimeout(quietMs);
      if (!(await done())) return -1;
    } else {
      await page.waitForFunction(() => (window as unknown as { __firstBanner: number }).__firstBanner > 0, undefined, { timeout: 15_000 });
    }
    const ms = await page.evaluate(() => {
      const w = window as unknown as { __firstBanner: number; __firstInput: number };
      return w.__firstBanner - w.__firstInput;
    });
    return Math.round(ms * 10) / 10;
  } finally {
    await page.close();
  }
}
