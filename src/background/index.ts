// Background worker. Postwacht needs almost nothing here: no network, no tabs, no alarms. It only marks the
// toolbar button until the user has answered the popup's two first-run questions, instead of opening a tab.
import browser from 'webextension-polyfill';
import { getSettingsState, onSettingsStateChange, type SettingsState } from '../settings/store.ts';
import { startSettingsPublisher } from './settings-publisher.ts';

async function showSetupState(state: SettingsState): Promise<void> {
  const needsSetup = !state.user.setupDone;
  try {
    await browser.action.setBadgeText({ text: needsSetup ? '!' : '' });
    if (needsSetup) await browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
    await browser.action.setTitle({ title: needsSetup ? browser.i18n.getMessage('settings_badge_setup') : browser.i18n.getMessage('extName') });
  } catch {
    // The action API can be missing in odd hosts (e.g. a test harness); the badge is a nicety only.
  }
}

// Listeners are registered synchronously at start, as MV3 service workers require.
startSettingsPublisher();
onSettingsStateChange((state) => void showSetupState(state));
browser.runtime.onInstalled.addListener(() => void getSettingsState().then(showSetupState));
browser.runtime.onStartup.addListener(() => void getSettingsState().then(showSetupState));
