// A per-language profile text (escalation contact, report line) in the interface language. No cross-language
// fallback: an English interface with no English text leaves the line out rather than showing Dutch.
import type { Lang } from '../protocol/types.ts';
import type { PerLanguageText } from './schema.ts';

export function profileText(text: PerLanguageText | string | undefined, lang: Lang): string {
  // A string is a published copy from before version 3 (Dutch); only the Dutch interface may show it.
  if (typeof text === 'string') return lang === 'nl' ? text.trim() : '';
  return text?.[lang]?.trim() ?? '';
}
