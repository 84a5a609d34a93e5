// Tells the worker whether anything on this tab needs a look, so the toolbar icon can say so. One boolean per
// tab, sent only when it changes; never draft text, names or counts (see settings/tab-state.ts).
import browser from 'webextension-polyfill';
import { TAB_STATE, type TabStateMessage } from '../settings/tab-state.ts';

const withFindings = new Set<object>();
let sent = false;

function send(): void {
  const attention = withFindings.size > 0;
  if (attention === sent) return;
  sent = attention;
  const message: TabStateMessage = { type: TAB_STATE, attention };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** A compose session's findings appeared (true) or went (false); `session` is any object standing for it. */
export function reportFindings(session: object, hasFindings: boolean): void {
  if (hasFindings) withFindings.add(session);
  else withFindings.delete(session);
  send();
}
