// Which chat a chat site's message box is in, and whether Postwacht may judge it at all. The title is read from the
// page every time (WhatsApp Web switches chats without navigating, often keeping the same footer), classified
// here in the content script, and only a group's title is handed to the evaluator. Nothing about a chat is stored,
// sent, or shown to the page.
import { inProtocol } from '../protocol/articles.ts';
import { classifyChatTitle, MAX_TITLE_CHARS } from '../protocol/chat-title.ts';
import type { Chat } from '../protocol/types.ts';
import type { Settings } from '../settings/schema.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** The open chat's title as the page shows it (first selector with text), or undefined when none is found. */
export function readChatTitle(adapter: SiteAdapter, root: ParentNode = document): string | undefined {
  for (const selector of adapter.chat?.title ?? []) {
    let el: Element | null;
    try {
      el = root.querySelector(selector);
    } catch {
      continue;
    }
    const text = (el?.textContent ?? '').slice(0, MAX_TITLE_CHARS).trim();
    if (text) return text;
  }
  return undefined;
}

/**
 * For a chat site: the chat to judge, when B1 is on, in the school's protocol, and the open chat's title reads as
 * a class or parents' group; otherwise null, and the box is left alone entirely. For other sites: undefined (the
 * box is judged as a post).
 */
export function chatToJudge(adapter: SiteAdapter, settings: Settings, root: ParentNode = document): Chat | null | undefined {
  if (!adapter.chat) return undefined;
  // The per-site switch (settings.sites) and B1's own switch both turn chats off; either can be set by policy.
  if (settings.sites?.[adapter.site] === false) return null;
  if (!settings.rules.groupChat || !inProtocol(settings, 'groupChat')) return null;
  const title = readChatTitle(adapter, root);
  if (title === undefined || !classifyChatTitle(title, settings.school).group) return null;
  return { title };
}
