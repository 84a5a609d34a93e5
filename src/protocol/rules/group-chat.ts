// B1: the school does not use WhatsApp groups for communication between school and pupils or parents, because the
// safety of personal data cannot be guaranteed there. When a staff member writes in a chat whose title looks like
// a class or parents' group (chat-title.ts), a gentle reminder names the school's own alternatives from the
// profile. Info, not a warning: the person may have good reason (pupils made the group themselves, and B1 puts
// that responsibility on them); the reminder tells, it does not block.
//
// Only for chat messages (`draft.chat`), and only for staff: B1 is in the part for staff at work, and pupils or
// parents who make such groups are, in the protocol's words, responsible themselves.
import { classifyChatTitle } from '../chat-title.ts';
import { report, type Rule } from '../rule.ts';
import type { Lang, RuleMeta, Settings } from '../types.ts';
import { LIUDGER_GROUP_CHATS } from '../../settings/profile-liudger.ts';

export const meta: RuleMeta = {
  code: 'group-chat',
  article: 'B1',
  severity: 'info',
  messageKeys: ['rule_group_chat_title', 'rule_group_chat_detail', 'rule_group_chat_detail_plain'],
  setting: 'groupChat',
  inChats: true,
};

/** The profile's alternatives in `lang` ('' when it names none in that language: no Dutch in an English banner). */
export function alternativesText(settings: Pick<Settings, 'school'>, lang: Lang): string {
  const alternatives = (settings.school.groupChats ?? LIUDGER_GROUP_CHATS).alternatives;
  return typeof alternatives?.[lang] === 'string' ? alternatives[lang].trim() : '';
}

/** The explanation's key and arguments in `lang`: with the alternatives when the profile names them in it. */
export function groupChatDetail(settings: Pick<Settings, 'school'>, lang: Lang): { detailKey: string; messageArgs: string[] } {
  const alternatives = alternativesText(settings, lang);
  return alternatives
    ? { detailKey: 'rule_group_chat_detail', messageArgs: [settings.school.name, alternatives] }
    : { detailKey: 'rule_group_chat_detail_plain', messageArgs: [settings.school.name] };
}

export const groupChatRule: Rule = {
  meta,
  check({ draft, settings, lang }) {
    if (!draft.chat || settings.role !== 'medewerker') return [];
    if (!classifyChatTitle(draft.chat.title, settings.school).group) return [];
    // In the draft's language here (the CLI's); the banner builds the same in its own language (Banner.tsx), so
    // an English banner never names Dutch alternatives.
    return [report(meta, groupChatDetail(settings, lang))];
  },
};
