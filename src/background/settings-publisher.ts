// Publishes the effective settings (the user's, validated field by field, with the school's policy applied) for
// the content scripts, under their own storage key.
//
// Why: validating settings needs zod and the policy merge (some 30 KB gzipped), and the content script runs on
// every page load of four busy sites with a 60 KB budget. The worker already has that code; the content script
// then only reads a plain, already-validated object and follows its changes through storage.onChanged, so a
// change in the popup or the policy still reaches open tabs at once. The copy lives in storage.local, so a page
// that loads while the worker sleeps still gets the settings without waking it.
import browser from 'webextension-polyfill';
import { EFFECTIVE_SETTINGS_KEY, PUBLISH_REQUEST } from '../settings/published.ts';
import { getSettingsState } from '../settings/store.ts';


/** Writes the effective settings for the content scripts, unless the published copy already equals them. */
export async function publish(effective: unknown): Promise<void> {
  try {
    const current = (await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY];
    // Writing an unchanged copy would wake every open tab's listener for nothing.
    if (JSON.stringify(current) !== JSON.stringify(effective)) await browser.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: effective });
  } catch {
    /* storage unavailable (shutting down): the next change publishes again */
  }
}

/** A content script that found no published copy (first run) asks for one. */
export function answerPublishRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (message !== PUBLISH_REQUEST) return undefined;
    return getSettingsState().then((s) => publish(s.effective)).then(() => true);
  });
}
