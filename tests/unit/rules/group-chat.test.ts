// B1 as a rule: a reminder in a class or parents' group chat, for staff, with the school's alternatives; chat
// messages are judged only by the rules that make sense in a chat (personal data, A8, B1).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { groupChatDetail } from '../../../src/protocol/rules/group-chat.ts';
import type { Settings } from '../../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { WADWIJK_PROFILE } from '../../fixtures/profiles.ts';
import { codes, parent, pupil, staff } from './helpers.ts';

const inChat = (text: string, title: string) => ({ text, site: 'whatsapp' as const, chat: { title } });

describe('B1 group chats', () => {
  it('reminds staff writing in a class or parents group, as info with the profile label and alternatives', () => {
    const ev = evaluate(inChat('Morgen begint de les om 9 uur.', 'Ouders 2B'), staff);
    expect(ev.findings).toHaveLength(1);
    const [f] = ev.findings;
    expect(f).toMatchObject({ code: 'group-chat', article: 'B1', severity: 'info', messageKey: 'rule_group_chat_title', detailKey: 'rule_group_chat_detail' });
    expect(f!.messageArgs).toEqual(['CSG Liudger', 'mail, telefoon of Yammer (Office 365)']);
  });

  it('says nothing in a private or family chat', () => {
    expect(codes(inChat('Morgen begint de les om 9 uur.', 'Mam ❤️'))).toEqual([]);
    expect(codes(inChat('Neem je de taart mee?', 'Familie Bosma'))).toEqual([]);
  });

  it('keeps the personal-data and A8 checks beside it, and nothing meant for public posts', () => {
    const text = 'Ik werk bij Liudger. Jan de Vries (jan.devries@example.org) is vandaag ziek. Wat een idioot ben jij.';
    const found = codes(inChat(text, 'Mentorklas h4c'));
    expect(found).toContain('group-chat');
    expect(found).toContain('personal-data');
    expect(found).toContain('abusive');
    expect(found).not.toContain('disclosure-missing');
    expect(found).not.toContain('opinion-missing');
    // The same text as a post gets the opinion statement asked for: the chat is what takes it away.
    expect(codes({ text, site: 'x' })).toContain('opinion-missing');
  });

  it('is staff-only: pupils and parents who make groups answer for them themselves (B1)', () => {
    expect(codes(inChat('Hoi allemaal', 'Klas 3A'), pupil)).not.toContain('group-chat');
    expect(codes(inChat('Hoi allemaal', 'Ouders 2B'), parent)).not.toContain('group-chat');
  });

  it('can be switched off, and is absent from a protocol without it', () => {
    const off: Settings = { ...staff, rules: { ...staff.rules, groupChat: false } };
    expect(codes(inChat('Hoi allemaal', 'Ouders 2B'), off)).toEqual([]);
    const without: Settings = {
      ...staff,
      school: { ...staff.school, articles: { ...staff.school.articles, groupChat: { ...staff.school.articles.groupChat, inProtocol: false } } },
    };
    expect(codes(inChat('Hoi allemaal', 'Ouders 2B'), without)).toEqual([]);
  });

  it("carries the school's own label and name", () => {
    const wadwijk: Settings = { ...DEFAULT_SETTINGS, school: WADWIJK_PROFILE };
    const f = evaluate(inChat('Hoi allemaal', 'Wadwijk ouders'), wadwijk).findings[0]!;
    expect(f.article).toBe('Art. 1.3');
    expect(f.messageArgs?.[0]).toBe('Wadwijk College');
  });

  it('names no alternatives in a language the profile has none for, rather than another language', () => {
    const school = { ...staff.school, groupChats: { ...staff.school.groupChats, alternatives: { nl: 'Magister of telefoon', en: '' } } };
    const settings: Settings = { ...staff, school };
    expect(groupChatDetail(settings, 'nl')).toEqual({ detailKey: 'rule_group_chat_detail', messageArgs: ['CSG Liudger', 'Magister of telefoon'] });
    expect(groupChatDetail(settings, 'en')).toEqual({ detailKey: 'rule_group_chat_detail_plain', messageArgs: ['CSG Liudger'] });
  });

  it('never fires on a post (no chat)', () => {
    expect(codes({ text: 'Ouders 2B: morgen vrij', site: 'facebook' })).not.toContain('group-chat');
  });
});
