// The content script's gate for chat sites: a WhatsApp chat is judged only when B1 and the site are on, the
// protocol has B1, and the open chat's title (the first title selector with text) reads as a class or parents'
// group. A page stand-in answers the adapter's selectors, so this runs without a browser.
import { describe, expect, it } from 'vitest';
import { chatToJudge, readChatTitle } from '../../src/content/chat-gate.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { instagram } from '../../src/sites/instagram.ts';
import { whatsapp } from '../../src/sites/whatsapp.ts';

/** A page whose selectors answer with elements holding these texts. */
const page = (texts: Record<string, string>): ParentNode =>
  ({ querySelector: (s: string) => (s in texts ? { textContent: texts[s] } : null) }) as unknown as ParentNode;
const titled = (title: string) => page({ '#main header span[dir="auto"]': title });

describe('chat gate', () => {
  it('hands over a class or parents group and nothing else', () => {
    expect(chatToJudge(whatsapp, DEFAULT_SETTINGS, titled('Ouders 2B'))).toEqual({ title: 'Ouders 2B' });
    expect(chatToJudge(whatsapp, DEFAULT_SETTINGS, titled('Mam ❤️'))).toBeNull();
    expect(chatToJudge(whatsapp, DEFAULT_SETTINGS, page({}))).toBeNull();
  });

  it('takes the first title selector with text (older builds’ test id first)', () => {
    const both = page({ '#main header [data-testid="conversation-info-header-chat-title"]': '  ', '#main header span[dir="auto"]': 'Mentorklas h4c' });
    expect(readChatTitle(whatsapp, both)).toBe('Mentorklas h4c');
  });

  it('leaves every chat alone with B1 off, B1 not in the protocol, or the site off', () => {
    const off: Settings = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, groupChat: false } };
    const notInProtocol: Settings = {
      ...DEFAULT_SETTINGS,
      school: { ...DEFAULT_SETTINGS.school, articles: { ...DEFAULT_SETTINGS.school.articles, groupChat: { ...DEFAULT_SETTINGS.school.articles.groupChat, inProtocol: false } } },
    };
    const siteOff: Settings = { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false } };
    for (const s of [off, notInProtocol, siteOff]) expect(chatToJudge(whatsapp, s, titled('Ouders 2B'))).toBeNull();
  });

  it('says nothing about sites that are not chats', () => {
    expect(chatToJudge(instagram, DEFAULT_SETTINGS, titled('Ouders 2B'))).toBeUndefined();
  });
});
