// Popup entry: reads the settings state once, renders, and follows later changes (from other tabs or policy).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { getSettingsState } from '../settings/store.ts';
import { App } from './App.tsx';

async function start(): Promise<void> {
  const state = await getSettingsState();
  let browserLanguage: string | undefined;
  try {
    browserLanguage = browser.i18n.getUILanguage();
  } catch {
    browserLanguage = navigator.language;
  }
  render(<App initial={state} browserLanguage={browserLanguage} />, document.getElementById('app')!);
}

void start();
