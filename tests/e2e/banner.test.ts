// The banner's behaviour beyond the per-site basics: per-draft choices, keyboard use, isolation from the page,
// re-attaching after the site removes it, letting go of a removed editor, and settings applied at once.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/settings/schema.ts';
import { seriousViolations } from './a11y.ts';
import { launchExtension, type Harness } from './harness.ts';
import {
  bannerButton,
  bannerItems,
  bannerLiveRegion,
  bannerNotice,
  bannerOf,
  bannerState,
  bannerToggle,
  clearEditor,
  footText,
  markOffset,
  modelText,
  openReplica,
  serveReplicas,
  shownFindings,
  typeInto,
  waitForArticles,
  NO_LESSONS,
} from './replica.ts';

let h: Harness;
let page: Page;
let editor: Locator;
let banner: Locator;

const DRAFT = 'Morgen ouderavond bij ons op het Liudger. Vragen? Mail jan.devries@gmail.com of bel 06-12345678';
const articles = async () => (await shownFindings(banner)).map((f) => `${f.article}:${f.code}`);
const items = () => bannerItems(banner);

beforeAll(async () => {
  h = await launchExtension();
  await serveReplicas(h);
  // No lesson hours: the A1 reminder would join the banner whenever the suite runs on a school morning.
  await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, lessonHours: NO_LESSONS });
  page = await openReplica(h, 'facebook');
  editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  await typeInto(editor, DRAFT);
  banner = await bannerOf(editor);
  await waitForArticles(banner, ['C3', 'C4']);
});
afterAll(async () => {
  await h?.close();
});

describe('banner', () => {
  it('is announced politely and sits outside the editable element', async () => {
    expect(await bannerLiveRegion(banner)).toEqual({ live: 'polite', role: 'status', inEditor: false });
  });

  it('keeps page CSS out: buttons hidden by the page stay visible in the banner', async () => {
    await expect.poll(() => bannerButton(banner, 'not-related').isVisible()).toBe(true);
  });

  it('is keyboard operable and keeps key events from the site', async () => {
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { __keys: string[] }).__keys.push(e.key));
    });
    // Compact by default: the per-item buttons are behind Details, opened and closed with the keyboard.
    expect((await bannerState(banner)).expanded).toBe(false);
    expect(await bannerButton(banner, 'ignore').first().isVisible()).toBe(false);
    await bannerToggle(banner).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await bannerState(banner)).expanded).toBe(true);
    expect(await bannerToggle(banner).getAttribute('aria-expanded')).toBe('true');
    await bannerButton(banner, 'ignore').first().focus();
    await page.keyboard.press('n');
    await page.keyboard.press('Enter'); // activates the focused Ignore button
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    await expect.poll(items).toEqual(['06-12345678']);
    // Escape closes the details again and gives focus back to the toggle.
    await bannerButton(banner, 'ignore').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await bannerState(banner)).expanded).toBe(false);
    expect(await bannerToggle(banner).evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
  });

  it('says in one line what needs attention, with the disclaimer as the one primary action', async () => {
    // Polled: while the evaluator is still warming up, a re-check paints its first pass before personal data
    // joins the line (src/content/evaluate-sliced.ts); the line settles within a few slices.
    await expect.poll(async () => (await bannerState(banner)).summary).toMatch(/^2 punten: 1 persoonsgegeven · disclaimer ontbreekt$/);
    expect((await bannerState(banner)).primary).toEqual(['insert-disclaimer']);
  });

  it('puts harm first: an insult leads, and the disclaimer is no longer the primary action', async () => {
    await clearEditor(editor);
    await typeInto(editor, 'Bij ons op het Liudger vanavond ouderavond, en die vader van Daan is echt een idioot.');
    await expect.poll(async () => (await bannerState(banner)).codes[0]).toBe('abusive');
    const state = await bannerState(banner);
    const order = state.codes.filter((c) => c !== 'personal-data');
    expect(order.indexOf('abusive')).toBeLessThan(order.indexOf('personal-data-group'));
    expect(order.indexOf('personal-data-group')).toBeLessThan(order.indexOf('disclosure-missing'));
    expect(state.summary).toMatch(/^\d punten: mogelijk kwetsend of bedreigend · /);
    expect(state.primary).toEqual([]);
    expect(state.why).toMatch(/disclaimer maakt kwetsende of bedreigende woorden niet goed/);
    // Still there for whoever disagrees, as an ordinary button in the details.
    expect(await bannerButton(banner, 'insert-disclaimer').isVisible()).toBe(false);
    await bannerToggle(banner).click();
    expect(await bannerButton(banner, 'insert-disclaimer').isVisible()).toBe(true);
    await bannerToggle(banner).click();
    await clearEditor(editor);
    await typeInto(editor, DRAFT);
    await waitForArticles(banner, ['C3', 'C4']);
  });

  it("takes the page's dark theme and passes axe in light and in dark", async () => {
    expect((await bannerState(banner)).dark).toBe(false);
    await bannerToggle(banner).click();
    expect(await seriousViolations(page, 'postwacht-banner')).toEqual([]);
    // X's "Lights out", or any site's dark mode: the composer's surroundings turn dark.
    await page.evaluate(() => {
      const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
      dialog.style.background = 'rgb(0, 0, 0)';
      dialog.style.color = 'rgb(231, 233, 234)';
      for (const el of dialog.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).backgroundColor === 'rgb(255, 255, 255)') el.style.background = 'transparent';
    });
    // The theme is read again at the next repaint (at most every 2 s while typing).
    await expect
      .poll(async () => {
        await editor.press('End');
        await page.keyboard.insertText('.');
        return (await bannerState(banner)).dark;
      }, { timeout: 10_000, interval: 500 })
      .toBe(true);
    expect(await seriousViolations(page, 'postwacht-banner')).toEqual([]);
    // A page that paints no background of its own follows the system: with every surface transparent, the
    // system's dark preference decides, and switching it back to light brings the light banner back.
    const repaint = async () => {
      await editor.press('End');
      await page.keyboard.insertText('.');
      return (await bannerState(banner)).dark;
    };
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[role="dialog"]')!.style.background = 'transparent';
      for (const el of [document.documentElement, document.body, ...document.querySelectorAll<HTMLElement>('body *')]) {
        if (getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)') continue;
        el.dataset.pwTestBg = '';
        el.style.background = 'transparent';
      }
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(repaint, { timeout: 10_000, interval: 500 }).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(repaint, { timeout: 10_000, interval: 500 }).toBe(false);
    await page.emulateMedia({ colorScheme: null });
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[role="dialog"]')!.removeAttribute('style');
      for (const el of document.querySelectorAll<HTMLElement>('[data-pw-test-bg]')) {
        el.style.removeProperty('background');
        delete el.dataset.pwTestBg;
      }
    });
    await bannerToggle(banner).click();
    await clearEditor(editor);
    await typeInto(editor, DRAFT);
    await waitForArticles(banner, ['C3', 'C4']);
  });

  it('underlines what it found in the text, within 2 px, after typing, scrolling and resizing', async () => {
    const phone = () => markOffset(page, '06-12345678');
    // Generous polls: on a two-core machine at load 7 the marks follow a frame or an evaluation later than the
    // default second allows (a clean-clone CI failed here while the same commit passed twice before).
    const soon = { timeout: 10_000 };
    await expect.poll(phone, soon).not.toBeNull();
    await expect.poll(phone, soon).toBeLessThanOrEqual(2);
    // Typing before it moves the word; the mark follows.
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('Hallo allemaal! ');
    await expect.poll(phone, soon).toBeLessThanOrEqual(2);
    // Scrolling the page and resizing the window.
    await page.evaluate(() => {
      document.body.style.minHeight = '4000px';
      window.scrollBy(0, 60);
    });
    await expect.poll(phone).toBeLessThanOrEqual(2);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: Math.round(size.width * 0.7), height: size.height });
    await expect.poll(phone).toBeLessThanOrEqual(2);
    await page.setViewportSize(size);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.style.minHeight = '';
    });
    // The editor's own DOM holds nothing of ours.
    expect(await editor.evaluate((el) => el.querySelector('[class*="mark"], postwacht-marks') === null)).toBe(true);
    // Hovering the underlined word says what it is and offers Ignore, which takes the item off for this draft.
    // The point is taken again on every try: the mark may still move after the resize a moment before.
    const hoverMark = async () => {
      const at = await page.evaluate(() => {
        const host = document.querySelector('postwacht-marks')!;
        const r = [...host.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getBoundingClientRect()).at(-1)!;
        return { x: r.left + r.width / 2, y: r.top - 6 };
      });
      await page.mouse.move(at.x, at.y);
    };
    const tip = page.locator('postwacht-marks [role="tooltip"]');
    await expect.poll(async () => (await tip.isVisible()) || (await hoverMark(), false), { timeout: 10_000, interval: 300 }).toBe(true);
    expect(await tip.textContent()).toMatch(/^Telefoonnummer/);
    await tip.locator('button').click();
    await expect.poll(items).toEqual(['jan.devries@gmail.com']);
    await clearEditor(editor);
    await typeInto(editor, DRAFT);
    await waitForArticles(banner, ['C3', 'C4']);
  });

  it('"Not about the school" stops C3/C4 for this draft only', async () => {
    await bannerButton(banner, 'not-related').click();
    await expect.poll(articles).not.toContain('C3:disclosure-missing');
    expect((await articles()).some((a) => a.endsWith('personal-data'))).toBe(true);
    // Typing on keeps the choice; a new draft starts fresh.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Tot dan!');
    await page.waitForTimeout(100);
    expect(await articles()).not.toContain('C3:disclosure-missing');
    await clearEditor(editor);
    await typeInto(editor, DRAFT);
    await waitForArticles(banner, ['C3', 'C4']);
    await expect.poll(items).toEqual(['jan.devries@gmail.com', '06-12345678']);
  });

  it('re-attaches when the site removes it', async () => {
    await page.evaluate(() => document.querySelector('postwacht-banner')!.remove());
    await expect.poll(() => page.locator('postwacht-banner').count()).toBe(1);
    banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3', 'C4']);
  });

  it('follows settings changes at once: interface language and pause', async () => {
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, uiLanguage: 'en' });
    await expect.poll(() => bannerButton(banner, 'insert-disclaimer').textContent()).toBe('Insert disclaimer');
    // Issue 14: the whole banner in English, the school profile's texts included (its English contact, never the
    // Dutch one).
    const foot = await footText(banner);
    expect(foot).toMatch(/In doubt\? Ask your line manager\b/);
    expect(foot).not.toMatch(/leidinggevende|Twijfel|Vraag/);
    expect(await banner.evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toMatch(/leidinggevende|disclaimer ontbreekt|Disclaimer invoegen|punten:/);
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, uiLanguage: 'en', pausedUntil: Date.now() + 3_600_000 });
    await expect.poll(articles).toEqual([]);
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION });
    await waitForArticles(banner, ['C3', 'C4']);
    await expect.poll(() => bannerButton(banner, 'insert-disclaimer').textContent()).toBe('Disclaimer invoegen');
  });

  it('leaves the draft alone and offers the clipboard when the editor refuses the insertion', async () => {
    const before = await modelText(page, 0);
    // A site that swallows paste events before its editor sees them.
    await page.evaluate(() => document.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));
    await bannerButton(banner, 'insert-disclaimer').click();
    await bannerNotice(banner, 'copied', 'copy-failed').waitFor({ timeout: 20_000 });
    expect(await modelText(page, 0)).toBe(before);
  });

  it('shows one block per rule: two insults are one A8 block listing each', async () => {
    await clearEditor(editor);
    await typeInto(editor, 'Die conrector is een idioot en die mentor is een sukkel.');
    await expect.poll(async () => (await shownFindings(banner)).filter((f) => f.code === 'abusive').length).toBe(1);
    const triggers = await bannerItems(banner, 'abusive');
    expect(triggers).toHaveLength(2);
    expect(triggers[0]).toMatch(/idioot/);
    expect(triggers[1]).toMatch(/sukkel/);
  });

  it('lets go when the editor leaves the page', async () => {
    await page.evaluate(() => document.querySelector('[role="dialog"]')!.remove());
    await expect.poll(() => page.locator('postwacht-banner').count(), { timeout: 20_000 }).toBe(0);
  });

  it('takes its banner down at once when the site replaces the textarea with a new node, and the new one gets one', async () => {
    const ig = await openReplica(h, 'instagram');
    for (const replace of ['textarea', 'form'] as const) {
      const box = ig.locator('form textarea').first();
      await typeInto(box, 'Morgen open dag op het Liudger!');
      await waitForArticles(await bannerOf(box), ['C3']);
      // As a re-rendering site does it: a new node in the old one's place. Counted one task later, when every
      // mutation observer has run, and long before any periodic sweep.
      const left = await ig.evaluate(async (what) => {
        const old = document.querySelector(what === 'form' ? 'form' : 'form textarea')!;
        old.replaceWith(old.cloneNode(true));
        await new Promise((r) => setTimeout(r, 0));
        return document.querySelectorAll('postwacht-banner').length;
      }, replace);
      // Never two: the old session's banner is gone; the new node may already have its own (the remount watch
      // follows an editor the site puts in the old one's place).
      expect(left).toBeLessThanOrEqual(1);
      await typeInto(ig.locator('form textarea').first(), ' Kom langs.');
      await expect.poll(() => ig.locator('postwacht-banner').count()).toBe(1);
      await waitForArticles(await bannerOf(ig.locator('form textarea').first()), ['C3']);
      await clearEditor(ig.locator('form textarea').first());
    }
    expect(await ig.locator('postwacht-banner').count()).toBeLessThanOrEqual(1);
    await ig.close();
  });

  it('made no network request from the extension', () => {
    expect(h.extensionRequests()).toEqual([]);
  });
});
