// A pasted book: the tab stays usable, the banner still reports on what it checked and says the rest was not.
import { expect, it } from 'vitest';
import { bannerNotice, bannerOf, openReplica, shownFindings } from './replica.ts';
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
    .poll(() => bannerNotice(banner, 'truncated').textContent({ timeout: 1_000 }).catch(() => ''), { timeout: 10_000 })
    .toMatch(/100[.,]000/);
  expect((await shownFindings(banner)).map((f) => f.article)).toEqual(expect.arrayContaining(['C3', 'C4']));
  // The page still answers, and the draft is untouched.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(await editor.inputValue()).toBe(huge);
  await page.close();
});

it('says it judged in part when the draft grows past the cap under normalisation (U+FDFA is 18 characters)', async () => {
  const page = await openReplica(browser(), 'instagram');
  const editor = page.locator('form textarea').first();
  const head = 'Morgen open dag op het Liudger, kom allemaal langs! ';
  const draft = head + '\uFDFA'.repeat(100_000 - head.length);
  await editor.click();
  await editor.fill(draft);
  const banner = await bannerOf(editor);
  // 100,000 normalised characters cover the head and (100,000 - head) / 18 of the ligatures.
  const judged = head.length + Math.floor((100_000 - head.length) / 18);
  await expect
    .poll(() => bannerNotice(banner, 'truncated').textContent({ timeout: 1_000 }).catch(() => ''), { timeout: 10_000 })
    .toContain(judged.toLocaleString('nl-NL'));
  expect((await shownFindings(banner)).map((f) => f.article)).toEqual(expect.arrayContaining(['C3', 'C4']));
  expect(await editor.inputValue()).toBe(draft);
  await page.close();
});
