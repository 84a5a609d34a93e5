// Background worker. Postwacht needs almost nothing here: no network, no tabs permission, no alarms. It publishes
// the validated settings for the content scripts, sets the toolbar icon's state per tab (icon.ts), and marks the
// toolbar button until the user has answered the popup's two first-run questions, instead of opening a tab. One
// settings read serves all three.
import browser from 'webextension-polyfill';
import { getSettingsState, keepPolicyCopy, onSettingsStateChange, type SettingsState } from '../settings/store.ts';
import { answerTabState, applyPause } from './icon.ts';
import { answerPublishRequests, publish } from './settings-publisher.ts';

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

function apply(state: SettingsState): void {
  void publish(state.effective);
  void showSetupState(state);
  applyPause(state.effective.pausedUntil);
}

// Listeners are registered synchronously at start, as MV3 service workers require. The worker starts on
// install, on browser start-up and whenever a message wakes it, so one read at start covers all of those.
keepPolicyCopy();
onSettingsStateChange(apply);
answerPublishRequests();
answerTabState();
void getSettingsState().then(apply);
