// Formats `_locales` messages. Browsers' i18n API follows the browser's language only, while the user may
// choose nl or en in the settings, and the CLI has no browser at all: so both locales' JSON is read here.
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import nl from '../../public/_locales/nl/messages.json' with { type: 'json' };
import { resolveArticleRefs, type Articles } from '../protocol/articles.ts';
import type { Lang } from '../protocol/types.ts';
import { LIUDGER_ARTICLES } from '../settings/profile-liudger.ts';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES: Record<Lang, Messages> = { nl: nl as Messages, en: en as Messages };

export type Translate = (key: string, args?: readonly (string | number)[]) => string;

/** `$1`…`$9` are positional arguments; named `$name$` placeholders resolve through their `content`. */
export function format(entry: Messages[string] | undefined, key: string, args: readonly (string | number)[] = []): string {
  if (!entry) return key;
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => String(args[Number(d) - 1] ?? ''));
  // One pass, so `$1` directly in a message is substituted too and an argument containing `$` is never re-read.
  return entry.message.replace(/\$\$|\$([a-zA-Z_][a-zA-Z0-9_]*)\$|\$(\d)/g, (m, name: string | undefined, d: string | undefined) => {
    if (m === '$$') return '$';
    if (name !== undefined) {
      const p = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return p ? positional(p.content) : m;
    }
    return String(args[Number(d) - 1] ?? '');
  });
}

/**
 * Messages in `lang`, with their article references (`{art:disclosure}`) labelled as the school's protocol does:
 * pass the profile's `articles`; without them, CSG Liudger's (the default profile's) labels are used.
 * References are resolved in the message before the arguments go in, so a draft's text is never read as one.
 */
export function translator(lang: Lang, locales: Record<Lang, Messages> = LOCALES, articles: Articles = LIUDGER_ARTICLES): Translate {
  const messages = locales[lang];
  const fallback = locales.nl;
  return (key, args) => {
    const entry = messages[key] ?? fallback[key];
    return format(entry && entry.message.includes('{art:') ? { ...entry, message: resolveArticleRefs(entry.message, articles, true) } : entry, key, args);
  };
}
