// A managed policy in real Firefox: the school's policies.json (the enterprise policy file in the distribution
// folder of a Firefox install, here a throwaway one; see harness.ts) sets the school for Postwacht through
// "3rdparty" → "Extensions" → its add-on id. The popup shows those fields locked, and the banner and the
// inserted disclaimer on a page follow the policy.
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/package-targets.ts';
import { translator } from '../../src/i18n/translate.ts';
import { EDITORS } from '../e2e/editors.ts';
import { clickInsert, modelText, typeLines, until, waitForArticles, waitForNotice } from './banner.ts';
import { hasFirefox } from './harness.ts';
import { useFirefox } from './use-firefox.ts';

const POLICY = { school: { name: 'Het Beleidscollege', aliases: ['Beleidscollege'] }, rules: { abusive: false } };
const firefox = useFirefox({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } });

describe.skipIf(!hasFirefox())('Firefox managed policy', () => {
  it('shows the fields the policy sets as locked in the popup', async () => {
    const popup = await firefox().openExtensionPage('src/popup/index.html');
    // A fresh profile starts with the two first-run questions: accept the defaults.
    await popup.waitForSelector('#f-function', { timeout: 20_000 });
    if (!(await popup.$('#f-school-name'))) {
      await popup.focus('#f-function');
      await popup.keyboard.press('Enter');
    }
    const field = await until(
      () => popup.evaluate(() => {
        const name = document.querySelector<HTMLInputElement>('#f-school-name');
        const abusive = document.querySelector<HTMLInputElement>('#f-rules-abusive');
        // The popup paints the user's settings first and the policy once read: wait for the locked state.
        return name?.disabled ? { value: name.value, disabled: name.disabled, lock: !!document.querySelector('#f-school-name-lock'), abusiveLocked: abusive?.disabled ?? null } : null;
      }),
      30_000,
      'school name locked by the policy',
    );
    expect(field).toEqual({ value: 'Het Beleidscollege', disabled: true, lock: true, abusiveLocked: true });
    await popup.close();
  });

  it('renders the options page (options_ui), with the fields the policy sets locked and the rest editable', async () => {
    const page = await firefox().openExtensionPage('src/options/index.html');
    const state = await until(
      () => page.evaluate(() => {
        const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`);
        const name = field('f-school-name');
        return name?.disabled
          ? {
              lang: document.documentElement.lang,
              title: document.querySelector('h1')?.textContent ?? '',
              value: name.value,
              lock: !!field('f-school-name-lock'),
              aliases: field('f-school-aliases')?.disabled ?? null,
              handles: field('f-school-handles')?.disabled ?? null,
              exports: document.querySelectorAll('[data-export]').length,
            }
          : null;
      }),
      30_000,
      'options page with the school name locked',
    );
    const t = translator(state!.lang === 'en' ? 'en' : 'nl');
    expect(state).toMatchObject({ title: t('options_title'), value: 'Het Beleidscollege', lock: true, aliases: true, handles: false, exports: 7 });
    await page.close();
  });

  it('judges drafts and writes the disclaimer with the school the policy names', async () => {
    const page = await firefox().open('facebook');
    const editor = EDITORS.find((e) => e.id === 'facebook-post-lexical')!.editor;
    await typeLines(page, editor, 'Mooie ouderavond bij ons op het Beleidscollege!');
    await waitForArticles(page, editor, ['C3']);
    await clickInsert(page, editor);
    expect(await waitForNotice(page, editor)).toBe('inserted');
    expect(await modelText(page, 0)).toMatch(/\n+Ik werk als docent bij Het Beleidscollege\./);
    await page.close();
  });
});
