// Options page entry: reads the settings state once, renders, and follows later changes (popup, policy).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { getSettingsState, onSettingsStateChange, type SettingsState } from '../settings/store.ts';
import { App, type Env, type Follow } from './App.tsx';

function env(): Env {
  let browserLanguage: string | undefined;
  try {
    browserLanguage = browser.i18n.getUILanguage();
  } catch {
    browserLanguage = navigator.language;
  }
  const chromium = location.protocol === 'chrome-extension:';
  return { browserLanguage, chromeExtensionId: chromium ? browser.runtime.id : '', firefoxId: chromium ? undefined : browser.runtime.id };
}

/**
 * Listens before the first read: a policy read that outlasts store.ts's deadline is answered without the policy
 * and reported to the listeners once it settles, which in Firefox can happen while the page is still starting.
 * Listening only from inside the rendered page lost that report, and the page never showed the policy's locks.
 */
async function start(): Promise<void> {
  const listeners = new Set<(s: SettingsState) => void>();
  let newest: SettingsState | undefined;
  onSettingsStateChange((s) => {
    newest = s;
    for (const l of listeners) l(s);
  });
  const state = await getSettingsState();
  const follow: Follow = (cb, signal) => {
    listeners.add(cb);
    signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    if (newest) cb(newest);
  };
  render(<App initial={state} env={env()} follow={follow} />, document.getElementById('app')!);
}

void start();
