// The order in which findings are shown: by what they can do to someone, not by the order the rules ran in.
// Abuse and threats hurt a person now; personal data exposes one; a photo's consent or hidden location can
// expose one later; a missing disclaimer is about the writer's own position; lesson-hour and B1 group-chat reminders are advice.
// The banner and the command line both list findings this way, so a disclaimer never heads an insult.
import type { Finding, FindingCode } from './types.ts';

export const HARM_ORDER: readonly FindingCode[] = [
  'abusive',
  'personal-data',
  'photo-metadata',
  'media-consent',
  'lesson-recording',
  'disclosure-missing',
  'opinion-missing',
  // B1 in a class or parents' group: a reminder, after everything that concerns the message's own content.
  'group-chat',
  'during-lesson',
];

const RANK = new Map<FindingCode, number>(HARM_ORDER.map((code, i) => [code, i]));

/** Findings sorted by harm, then by where they sit in the draft; a stable sort keeps a rule's own order. */
export function byHarm(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => RANK.get(f.code) ?? HARM_ORDER.length;
  return [...findings].sort((a, b) => rank(a) - rank(b) || (a.start ?? Infinity) - (b.start ?? Infinity));
}
