// Options page entry: reads the settings state once, renders, and follows later changes (popup, policy).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { getSettingsState } from '../settings/store.ts';
import { App, type Env } from './App.tsx';

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

async function start(): Promise<void> {
  const state = await getSettingsState();
  render(<App initial={state} env={env()} />, document.getElementById('app')!);
}

void start();
