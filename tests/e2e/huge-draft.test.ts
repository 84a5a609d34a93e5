// A pasted book: the tab stays usable, the banner still reports on what it checked and says the rest was not.
import { expect, it } from 'vitest';
import { bannerOf, openReplica, shownFindings } from './replica.ts';
import { useReplicaBrowser } from './use-browser.ts';

const browser = useReplicaBrowser();

it('checks the start of a giant draft, says so, and keeps the page responsive', async () => {
  const page = await openReplica(browser(), 'instagram');
  const editor = page.locator('form textarea').first();
  const sentence = 'Morgen open dag op het Liudger, kom allemaal langs met je ouders en vrienden. ';
  const huge = sentence.repeat(Math.ceil(400_000 / sentence.length));
  await editor.click();
  await editor.fill(huge);
  const banner = await bannerOf(editor);
  await expect
    .poll(() => banner.evaluate((b) => b.shadowRoot!.querySelector('[data-notice="truncated"]')?.textContent ?? ''), { timeout: 10_000 })
    .toMatch(/100[.,]000/);
  expect((await shownFindings(banner)).map((f) => f.article)).toEqual(expect.arrayContaining(['C3', 'C4']));
  // The page still answers, and the draft is untouched.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(await editor.inputValue()).toBe(huge);
  await page.close();
});
